/**
 * The catalogue no longer validates its units when it loads (that kept zod on the pane's start
 * path); this test is where a malformed unit file fails instead, naming the unit, file and field.
 */
import { UNITS, UNIT_FILES } from "../../src/units/catalogue";
import { UnitValidationError, validateUnit, validateUnits } from "../../src/units/validate-unit";

describe("the bundled unit catalogue", () => {
  it("every unit file passes the schema and the integrity checks", () => {
    for (const [input, label] of UNIT_FILES) expect(() => validateUnit(input, label)).not.toThrow();
    expect(() => validateUnits(UNIT_FILES)).not.toThrow();
  });

  it("the catalogue holds exactly what the schema returns for each file (defaults filled in the same way)", () => {
    expect(UNITS).toEqual(UNIT_FILES.map(([input, label]) => validateUnit(input, label)));
  });

  it("a malformed bundled unit fails with the unit, the file and the field named", () => {
    const [input, label] = UNIT_FILES[0]!;
    const broken = { ...input, criteria: input.criteria.map((c, i) => (i === 2 ? { ...c, wording: "" } : c)) };
    expect(() => validateUnit(broken, label)).toThrow(UnitValidationError);
    expect(() => validateUnit(broken, label)).toThrow(`Unit ${input.id} (${label}): criteria[2].wording`);
  });

  it("two unit files with one id fail", () => {
    expect(() => validateUnits([UNIT_FILES[0]!, UNIT_FILES[0]!])).toThrow(/two unit files use the id/);
  });
});

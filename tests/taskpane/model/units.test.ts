import { centreUnit } from "../../../src/centre/apply";
import { parseCentreTemplate } from "../../../src/centre/parse";
import { groupUnits, pickerOption, unitLabel, unitOption } from "../../../src/taskpane/model/units";
import { getUnit, listUnits } from "../../../src/units/catalogue";
import { MARK_SHEET_502 } from "../../centre/fixtures";

describe("unit picker", () => {
  const units = listUnits();
  it("groups the catalogue by level, Level 5 first", () => {
    const groups = groupUnits(units);
    expect(groups.map((g) => g.level)).toEqual([5, 7]);
    expect(groups.flatMap((g) => g.units).length).toBe(units.length);
  });

  it("orders each level's units by id, without the collator (its first call costs tens of milliseconds on the pane's start)", () => {
    const collator = jest.spyOn(String.prototype, "localeCompare");
    try {
      const groups = groupUnits([...units].reverse());
      for (const g of groups) expect(g.units.map((u) => u.id)).toEqual(units.filter((u) => u.level === g.level).map((u) => u.id).sort());
      expect(collator).not.toHaveBeenCalled();
    } finally {
      collator.mockRestore();
    }
  });

  it("names each unit's mark sheet in its option, and the caveat where the wording is to be confirmed", () => {
    const byId = new Map(units.map((u) => [u.id, unitOption(u)]));
    expect(byId.get("8580-500")).toMatch(/^8580-500 Understanding .*: Current mark sheet \(ACs 1\.1–1\.5/);
    expect(byId.get("8580-500")).not.toMatch(/to be confirmed/);
    expect(byId.get("8580-502")).toMatch(/^8580-502 .*\(wording to be confirmed against the centre's mark sheet\)$/);
  });

  it("the unit followed stands in for the catalogue's: a centre's mark-sheet wording of 8580-502 drops the caveat", () => {
    const u502 = units.find((u) => u.id === "8580-502")!;
    const east = centreUnit(parseCentreTemplate(MARK_SHEET_502));
    expect(pickerOption(u502, east)).toBe(`${unitLabel(u502)}: Eastfield Training's ILM mark sheet`);
    expect(pickerOption(u502, getUnit("8580-500")!)).toBe(unitOption(u502));
    expect(pickerOption(u502, null)).toMatch(/to be confirmed/);
  });

  it("tells two editions of one unit number apart", () => {
    const labels = units.filter((u) => u.unitNumber === "8580-500").map(unitLabel);
    expect(new Set(labels).size).toBe(2);
    expect(labels.some((l) => l.startsWith("8580-500 (2017 edition)"))).toBe(true);
  });
});

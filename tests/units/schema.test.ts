/**
 * validateUnit on malformed units: every error names the unit, the file and the field.
 */
import { UnitValidationError, validateUnit } from "../../src/units/validate-unit";
import type { UnitInput } from "../../src/units/catalogue";

const FILE = "u9999-001.ts";

/** A small valid unit; each case below breaks one thing in a fresh copy. */
function validUnit(): UnitInput {
  return {
    id: "9999-001",
    unitNumber: "9999-001",
    title: "A test unit",
    level: 5,
    qualification: "Test qualification",
    markSheet: "Test mark sheet",
    wordingStatus: "confirmed",
    wordRange: [1000, 2000],
    introduction: null,
    seeds: ["000"],
    outcomes: [
      { id: "1", title: "First outcome" },
      { id: "2", title: "Second outcome" },
    ],
    criteria: [
      { id: "1.1", outcome: "1", wording: "Define coaching and mentoring", verbs: ["Define"], passDescriptors: [], indicativeContent: [] },
      { id: "1.2", outcome: "1", wording: "Analyse the rationale for contracting", verbs: ["Analyse"], passDescriptors: [], indicativeContent: [] },
      {
        id: "2.1",
        outcome: "2",
        wording: "Critically review the use of tools and techniques",
        verbs: ["Critically review"],
        passDescriptors: ["A review"],
        indicativeContent: [],
        sources: { min: 1, reason: "Take a view based on the evidence." },
        marks: 10,
      },
    ],
  };
}

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The error message validateUnit throws for the mutated unit, or "no error". */
function errorFor(mutate: (u: Mutable) => void): string {
  const u = structuredClone(validUnit()) as Mutable;
  mutate(u);
  try {
    validateUnit(u, FILE);
    return "no error";
  } catch (e) {
    expect(e).toBeInstanceOf(UnitValidationError);
    return (e as Error).message;
  }
}

describe("validateUnit", () => {
  it("accepts the valid unit and fills defaults", () => {
    const u = validateUnit(validUnit(), FILE);
    expect(u.criteria[2].sources).toEqual({ min: 1, reason: "Take a view based on the evidence.", kind: "any" });
  });

  const cases: Array<[string, (u: Mutable) => void, string]> = [
    // schema
    ["missing title", (u) => delete u.title, "Unit 9999-001 (u9999-001.ts): title:"],
    ["missing wording", (u) => delete u.criteria[1].wording, "Unit 9999-001 (u9999-001.ts): criteria[1].wording:"],
    ["wording too short", (u) => (u.criteria[0].wording = "Define"), "criteria[0].wording:"],
    ["AC id without a dot", (u) => (u.criteria[0].id = "1"), "criteria[0].id:"],
    ["AC id with letters", (u) => (u.criteria[1].id = "1.b"), "criteria[1].id:"],
    ["no verbs", (u) => (u.criteria[0].verbs = []), "criteria[0].verbs:"],
    ["level 6", (u) => (u.level = 6), "Unit 9999-001 (u9999-001.ts): level:"],
    ["bad unit id", (u) => (u.id = "9999-1"), "Unit 9999-1 (u9999-001.ts): id:"],
    ["missing unit id", (u) => delete u.id, "Unit (no id) (u9999-001.ts): id:"],
    ["bad wording status", (u) => (u.wordingStatus = "draft"), "wordingStatus:"],
    ["word range not a pair", (u) => (u.wordRange = [1000]), "wordRange:"],
    ["sources.min zero", (u) => (u.criteria[2].sources.min = 0), "criteria[2].sources.min:"],
    ["unknown source kind", (u) => (u.criteria[2].sources.kind = "book"), "criteria[2].sources.kind:"],
    ["negative marks", (u) => (u.criteria[2].marks = -4), "criteria[2].marks:"],
    ["bad seed id", (u) => (u.seeds = ["0"]), "seeds[0]:"],
    ["outcome without title", (u) => delete u.outcomes[1].title, "outcomes[1].title:"],
    ["no criteria", (u) => (u.criteria = []), "criteria:"],
    // unknown fields (zod would drop them silently)
    ["misspelt optional field", (u) => (u.criteria[2].mark = 8), "criteria[2].mark: unknown field"],
    ["misspelt unit field", (u) => (u.wordrange = [1, 2]), "Unit 9999-001 (u9999-001.ts): wordrange: unknown field"],
    ["misspelt source field", (u) => (u.criteria[2].sources.minimum = 2), "criteria[2].sources.minimum: unknown field"],
    // integrity checks beyond the schema
    ["duplicate AC id", (u) => (u.criteria[1].id = "1.1"), 'criteria[1].id: duplicate AC "1.1"'],
    ["first AC not 1.1", (u) => u.criteria.shift(), "criteria[0].id: the first AC must be 1.1, not 1.2"],
    ["ACs out of order", (u) => u.criteria.reverse(), "Unit 9999-001 (u9999-001.ts): criteria[0].id: the first AC must be 1.1, not 2.1"],
    ["gap in AC numbers", (u) => (u.criteria[1].id = "1.3"), "criteria[1].id: AC 1.3 out of order after 1.1"],
    ["AC under the wrong outcome", (u) => (u.criteria[1].outcome = "2"), "criteria[1].outcome: AC 1.2 must belong to outcome 1"],
    [
      "AC of an outcome that does not exist",
      (u) => u.criteria.push({ id: "3.1", outcome: "3", wording: "Define supervision in practice", verbs: ["Define"], passDescriptors: [], indicativeContent: [] }),
      'criteria[3].outcome: no learning outcome "3"',
    ],
    ["outcome with no ACs", (u) => u.outcomes.push({ id: "3", title: "Third outcome" }), "outcomes[2]: learning outcome 3 has no criteria"],
    ["duplicate outcome", (u) => (u.outcomes[1].id = "1"), 'outcomes[1].id: duplicate learning outcome "1"'],
    ["unknown verb", (u) => (u.criteria[0].verbs = ["Ponder"]), 'criteria[0].verbs[0]: "Ponder" is not in the glossary'],
    ["verb not in the wording", (u) => (u.criteria[0].verbs = ["Define", "Justify"]), 'criteria[0].verbs[1]: "Justify" does not occur in the wording of AC 1.1'],
    ["wording with the AC prefix", (u) => (u.criteria[0].wording = "AC 1.1 Define coaching and mentoring"), 'criteria[0].wording: must not start with "AC"'],
    ["wording with the AC number", (u) => (u.criteria[0].wording = "1.1 Define coaching and mentoring"), "criteria[0].wording: must not start"],
    ["wording with unfolded white space", (u) => (u.criteria[0].wording = "Define coaching  and mentoring"), "criteria[0].wording: white space must be folded"],
    ["word range reversed", (u) => (u.wordRange = [2000, 1000]), "wordRange: minimum 2000 is above maximum 1000"],
    // the grading scheme (src/marking reads it)
    ["unknown grading kind", (u) => (u.grading = { kind: "letters" }), "grading.kind:"],
    ["marks without a pass mark", (u) => (u.grading = { kind: "marks", passPer: "outcome" }), "grading.passPercent:"],
    ["pass mark over 100%", (u) => (u.grading = { kind: "marks", passPercent: 150, passPer: "outcome" }), "grading.passPercent:"],
    ["pass mark per something else", (u) => (u.grading = { kind: "marks", passPercent: 50, passPer: "page" }), "grading.passPer:"],
    ["misspelt grading field", (u) => (u.grading = { kind: "sufficiency", pasPercent: 50 }), "grading.pasPercent: unknown field"],
    [
      "graded in marks with an AC that has none",
      (u) => (u.grading = { kind: "marks", passPercent: 50, passPer: "outcome" }),
      "criteria[0].marks: AC 1.1 needs its maximum marks, because the unit is graded in marks",
    ],
  ];

  it.each(cases)("rejects %s, naming the unit and the field", (_name, mutate, expected) => {
    const message = errorFor(mutate);
    expect(message).toContain(expected);
    expect(message).toMatch(/^Unit .+? \(u9999-001\.ts\): /);
  });

  it("takes a grading scheme: sufficiency, or marks with a pass mark per outcome or per AC", () => {
    expect(validateUnit({ ...validUnit(), grading: { kind: "sufficiency" } }, FILE).grading).toEqual({ kind: "sufficiency" });
    const marked = structuredClone(validUnit()) as Mutable;
    marked.criteria.forEach((c: Mutable) => (c.marks = 8));
    marked.grading = { kind: "marks", passPercent: 50, passPer: "criterion" };
    expect(validateUnit(marked, FILE).grading).toEqual({ kind: "marks", passPercent: 50, passPer: "criterion" });
    expect(validateUnit(validUnit(), FILE).grading).toBeUndefined();
  });

  it("reports how many more problems there are", () => {
    const message = errorFor((u) => {
      delete u.title;
      u.level = 9;
    });
    expect(message).toMatch(/\(and 1 more\)$/);
  });

  it("keeps every problem on the error for tools that list them", () => {
    try {
      validateUnit({ ...validUnit(), title: 1, level: 9 }, FILE);
      throw new Error("expected a UnitValidationError");
    } catch (e) {
      const err = e as UnitValidationError;
      expect(err.unitId).toBe("9999-001");
      expect(err.fileLabel).toBe(FILE);
      expect(err.issues.map((i) => i.split(":")[0]).sort()).toEqual(["level", "title"]);
    }
  });

  it("rejects input that is not an object at all", () => {
    expect(() => validateUnit(null, FILE)).toThrow(/^Unit \(no id\) \(u9999-001\.ts\): /);
  });
});

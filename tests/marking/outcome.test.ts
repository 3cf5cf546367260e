/**
 * The outcome rule, for every unit in the catalogue: Referral anywhere refers the whole
 * assignment whatever else it scores; in 8581-700 (marks) a learning outcome under 50% of its
 * marks does the same; otherwise Pass, or the marks total.
 */
import { UNITS, getUnit } from "../../src/units/catalogue";
import type { Unit } from "../../src/units/types";
import type { AcMark, Marking } from "../../src/marking/marking";
import { outcomeOf } from "../../src/marking/outcome";
import { gradingOf, passMarkOf, reachesPassMark } from "../../src/marking/scheme";

function marking(unit: Unit, grade: (ac: string, max: number | undefined) => AcMark | undefined, extra: Partial<Marking> = {}): Marking {
  const grades: Record<string, AcMark> = {};
  for (const c of unit.criteria) {
    const g = grade(c.id, c.marks);
    if (g) grades[c.id] = g;
  }
  return { unit: unit.id, tutor: "A. Tutor", date: "2025-03-04", grades, ...extra };
}

const pass = (): AcMark => ({ grade: "pass", rationale: "" });
const full = (_: string, max: number | undefined): AcMark => ({ mark: max!, rationale: "" });

const sufficiencyUnits = UNITS.filter((u) => gradingOf(u).kind === "sufficiency");
const marksUnits = UNITS.filter((u) => gradingOf(u).kind === "marks");

describe("the units' grading schemes", () => {
  test("the 8580 units use Referral / Pass / Good Pass (seed 001); 8581-700 uses marks with 50% per section (seed 002)", () => {
    expect(sufficiencyUnits.map((u) => u.id).sort()).toEqual(["8580-500", "8580-500-2017", "8580-501", "8580-502", "8580-503"]);
    const u700 = getUnit("8581-700")!;
    expect(gradingOf(u700)).toEqual({ kind: "marks", passPercent: 50, passPer: "outcome" });
    expect(u700.criteria.map((c) => c.marks)).toEqual([12, 8, 8, 8, 16, 16, 16, 8, 8]);
  });

  test("pass marks in whole numbers: 49% fails and 50% passes", () => {
    expect(reachesPassMark(49, 100, 50)).toBe(false);
    expect(reachesPassMark(50, 100, 50)).toBe(true);
    expect(reachesPassMark(17, 36, 50)).toBe(false);
    expect(reachesPassMark(18, 36, 50)).toBe(true);
    expect(passMarkOf(36, 50)).toBe(18);
    expect(passMarkOf(9, 50)).toBe(5);
  });
});

describe.each(sufficiencyUnits.map((u) => [u.id, u] as const))("outcome for %s (Referral / Pass / Good Pass)", (_id, unit) => {
  test("every AC at Pass or Good Pass: Pass", () => {
    const o = outcomeOf(unit, marking(unit, (ac) => (ac.endsWith(".1") ? { grade: "good-pass", rationale: "" } : pass())));
    expect(o.status).toBe("pass");
    expect(o.summary).toMatch(/^Pass: every AC meets the pass standard \(\d+ at Good Pass\)\.$/);
    expect(outcomeOf(unit, marking(unit, pass)).summary).toBe("Pass: every AC meets the pass standard.");
  });

  test.each(unit.criteria.map((c) => c.id))("Referral at AC %s refers the whole assignment, whatever the other grades", (ac) => {
    const o = outcomeOf(unit, marking(unit, (id) => (id === ac ? { grade: "referral", rationale: "" } : { grade: "good-pass", rationale: "" })));
    expect(o).toMatchObject({ status: "referred", label: "Referred", summary: `Referred: AC ${ac} is below the pass standard.` });
  });

  test("two referrals are both named; a referral decides even before every AC is graded", () => {
    const [a, b, c] = unit.criteria.map((x) => x.id);
    const o = outcomeOf(unit, marking(unit, (id) => (id === a || id === c ? { grade: "referral", rationale: "" } : id === b ? undefined : pass())));
    expect(o.summary).toBe(`Referred: ACs ${a} and ${c} are below the pass standard.`);
    expect(o.ungraded).toEqual([b]);
  });

  test("ungraded ACs (a rationale alone is not a grade): not complete, naming them", () => {
    const last = unit.criteria[unit.criteria.length - 1]!.id;
    const o = outcomeOf(unit, marking(unit, (id) => (id === last ? { rationale: "Still reading." } : pass())));
    expect(o).toMatchObject({ status: "incomplete", summary: `Not complete: 1 AC still to grade (${last}).` });
  });
});

describe.each(marksUnits.map((u) => [u.id, u] as const))("outcome for %s (marks, pass mark per section)", (_id, unit) => {
  test("full marks: Pass with the total", () => {
    const o = outcomeOf(unit, marking(unit, full));
    expect(o).toMatchObject({ status: "pass", total: 100, available: 100 });
    expect(o.summary).toBe("Pass: 100 of 100 marks, every learning outcome at or above its pass mark.");
  });

  test.each(unit.outcomes.map((o) => o.id))("learning outcome %s at one mark under 50% refers; at exactly 50% it passes", (lo) => {
    const acs = unit.criteria.filter((c) => c.outcome === lo);
    const available = acs.reduce((n, c) => n + c.marks!, 0);
    const passMark = available / 2;
    // Spread `target` marks over the outcome's ACs, the rest of the unit at full marks.
    const spread = (target: number) => {
      let left = target;
      return marking(unit, (ac, max) => {
        if (!acs.some((c) => c.id === ac)) return { mark: max!, rationale: "" };
        const m = Math.min(max!, left);
        left -= m;
        return { mark: m, rationale: "" };
      });
    };
    const under = outcomeOf(unit, spread(passMark - 1));
    expect(under.status).toBe("referred");
    expect(under.summary).toBe(`Referred: learning outcome ${lo} has ${passMark - 1} of ${available} marks, below its pass mark of ${passMark}.`);
    const at = outcomeOf(unit, spread(passMark));
    expect(at.status).toBe("pass");
    expect(at.total).toBe(100 - passMark);
  });

  test("a high total does not save a failed section", () => {
    // LO 2 (2.1, 16 marks) at 7: every other AC full gives 91 of 100, still referred.
    const o = outcomeOf(unit, marking(unit, (ac, max) => ({ mark: ac === "2.1" ? 7 : max!, rationale: "" })));
    expect(o.total).toBe(91);
    expect(o.summary).toBe("Referred: learning outcome 2 has 7 of 16 marks, below its pass mark of 8.");
  });

  test("an AC with few marks does not refer while its learning outcome passes; per-AC marking (the unit setting) does", () => {
    const m = marking(unit, (ac, max) => ({ mark: ac === "1.2" ? 1 : max!, rationale: "" }));
    expect(outcomeOf(unit, m).status).toBe("pass");
    const perAc = outcomeOf(unit, { ...m, passPer: "criterion" });
    expect(perAc.summary).toBe("Referred: AC 1.2 has 1 of 8 marks, below its pass mark of 4.");
    expect(outcomeOf(unit, { ...m, grades: { ...m.grades, "1.2": { mark: 4, rationale: "" } }, passPer: "criterion" }).summary).toBe(
      "Pass: 96 of 100 marks, every AC at or above its pass mark.",
    );
  });

  test("several failed sections are all named; totals count what is marked so far", () => {
    const o = outcomeOf(unit, marking(unit, (ac, max) => (ac.startsWith("4.") ? undefined : { mark: ac.startsWith("1.") || ac === "2.1" ? 0 : max!, rationale: "" })));
    expect(o.summary).toBe(
      "Referred: learning outcome 1 has 0 of 36 marks, below its pass mark of 18; and learning outcome 2 has 0 of 16 marks, below its pass mark of 8.",
    );
    expect(o.ungraded).toEqual(["4.1", "4.2"]);
    expect(o.sections!.find((s) => s.id === "4")!.passed).toBeNull();
  });

  test("ungraded ACs with every marked section passing: not complete", () => {
    const o = outcomeOf(unit, marking(unit, (ac, max) => (ac === "3.2" ? undefined : { mark: max!, rationale: "" })));
    expect(o).toMatchObject({ status: "incomplete", summary: "Not complete: 1 AC still to grade (3.2).", total: 84 });
  });
});

test("49% of a section refers and 50% passes, in a unit whose section is worth 100", () => {
  const base = getUnit("8581-700")!;
  const unit: Unit = {
    ...base,
    outcomes: [{ id: "1", title: "One outcome" }],
    criteria: [
      { ...base.criteria[0]!, id: "1.1", outcome: "1", marks: 60 },
      { ...base.criteria[1]!, id: "1.2", outcome: "1", marks: 40 },
    ],
  };
  const m = (a: number, b: number): Marking => ({ unit: unit.id, tutor: "T", date: "2025-01-01", grades: { "1.1": { mark: a, rationale: "" }, "1.2": { mark: b, rationale: "" } } });
  expect(outcomeOf(unit, m(30, 19))).toMatchObject({ status: "referred", total: 49 });
  expect(outcomeOf(unit, m(30, 20))).toMatchObject({ status: "pass", total: 50, summary: "Pass: 50 of 100 marks, every learning outcome at or above its pass mark." });
});

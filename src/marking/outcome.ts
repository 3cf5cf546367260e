/**
 * The assignment's outcome from the tutor's grades and the unit's rule:
 *
 * - any AC at Referral refers the whole assignment, whatever else it scores;
 * - in a unit marked in marks, any section under its pass mark does the same. A section is a
 *   learning outcome, its ACs' marks added (seed 002: "Pass Mark is a minimum of 50% for each
 *   section"); a unit or a marking may apply the pass mark to each AC instead;
 * - otherwise the assignment passes: "Pass" on the sufficiency scale, or the marks total.
 *
 * A referral shows as soon as one AC, or one fully marked section, decides it; a pass only once
 * every AC is graded.
 */
import type { Unit } from "../units/types";
import { isGraded, type Marking } from "./marking";
import { gradingOf, passMarkOf, reachesPassMark, type PassPer } from "./scheme";

export type OutcomeStatus = "referred" | "pass" | "incomplete";

export interface SectionResult {
  /** "1" for learning outcome 1, or an AC id ("2.1") when the pass mark applies per AC. */
  id: string;
  kind: "outcome" | "criterion";
  marks: number;
  available: number;
  passMark: number;
  /** null until every AC in it is marked. */
  passed: boolean | null;
}

export interface Outcome {
  status: OutcomeStatus;
  /** "Referred", "Pass", "Not complete". */
  label: string;
  /** One sentence with the reason: "Referred: AC 2.3 is below the pass standard." */
  summary: string;
  /** Each reason for a referral, as a clause ("AC 2.3 is below the pass standard"). */
  reasons: string[];
  /** ACs not graded yet. */
  ungraded: string[];
  /** Marks units: the total so far and what is available. */
  total?: number;
  available?: number;
  /** Marks units: each section (learning outcome, or AC) against its pass mark. */
  sections?: SectionResult[];
}

/** "AC 1.2", "ACs 1.2 and 2.3", "ACs 1.2, 2.1 and 2.3". */
export function acList(ids: readonly string[]): string {
  if (ids.length === 1) return `AC ${ids[0]}`;
  return `ACs ${ids.slice(0, -1).join(", ")} and ${ids[ids.length - 1]}`;
}

function joinClauses(clauses: readonly string[]): string {
  if (clauses.length <= 1) return clauses[0] ?? "";
  return `${clauses.slice(0, -1).join("; ")}; and ${clauses[clauses.length - 1]}`;
}

function marksWord(n: number): string {
  return n === 1 ? "1 mark" : `${n} marks`;
}

/** The pass mark rule in force: the marking's override, else the unit's. */
export function passPerOf(unit: Unit, marking: Pick<Marking, "passPer"> | null): PassPer {
  const g = gradingOf(unit);
  return marking?.passPer ?? (g.kind === "marks" ? g.passPer : "criterion");
}

export function outcomeOf(unit: Unit, marking: Marking): Outcome {
  const grading = gradingOf(unit);
  const ungraded = unit.criteria.filter((c) => !isGraded(marking.grades[c.id])).map((c) => c.id);

  if (grading.kind === "sufficiency") {
    const referred = unit.criteria.filter((c) => marking.grades[c.id]?.grade === "referral").map((c) => c.id);
    if (referred.length > 0) {
      const reason = `${acList(referred)} ${referred.length === 1 ? "is" : "are"} below the pass standard`;
      return { status: "referred", label: "Referred", summary: `Referred: ${reason}.`, reasons: [reason], ungraded };
    }
    if (ungraded.length > 0) return incomplete(ungraded);
    const good = unit.criteria.filter((c) => marking.grades[c.id]?.grade === "good-pass").length;
    const extra = good === 0 ? "" : good === unit.criteria.length ? ", every one at Good Pass" : ` (${good} at Good Pass)`;
    return { status: "pass", label: "Pass", summary: `Pass: every AC meets the pass standard${extra}.`, reasons: [], ungraded };
  }

  const per = passPerOf(unit, marking);
  const groups =
    per === "outcome"
      ? unit.outcomes.map((o) => ({ id: o.id, criteria: unit.criteria.filter((c) => c.outcome === o.id) }))
      : unit.criteria.map((c) => ({ id: c.id, criteria: [c] }));
  const sections: SectionResult[] = groups.map((g) => {
    const available = g.criteria.reduce((n, c) => n + (c.marks ?? 0), 0);
    const marks = g.criteria.reduce((n, c) => n + (marking.grades[c.id]?.mark ?? 0), 0);
    const complete = g.criteria.every((c) => marking.grades[c.id]?.mark !== undefined);
    return {
      id: g.id,
      kind: per,
      marks,
      available,
      passMark: passMarkOf(available, grading.passPercent),
      passed: complete ? reachesPassMark(marks, available, grading.passPercent) : null,
    };
  });
  const total = sections.reduce((n, s) => n + s.marks, 0);
  const available = sections.reduce((n, s) => n + s.available, 0);
  const failed = sections.filter((s) => s.passed === false);
  const base = { ungraded, total, available, sections };
  if (failed.length > 0) {
    const reasons = failed.map(
      (s) =>
        `${s.kind === "outcome" ? `learning outcome ${s.id}` : `AC ${s.id}`} has ${s.marks} of ${marksWord(s.available)}, below its pass mark of ${s.passMark}`,
    );
    return { ...base, status: "referred", label: "Referred", summary: `Referred: ${joinClauses(reasons)}.`, reasons };
  }
  if (ungraded.length > 0) return { ...incomplete(ungraded), total, available, sections };
  const every = per === "outcome" ? "every learning outcome" : "every AC";
  return {
    ...base,
    status: "pass",
    label: "Pass",
    summary: `Pass: ${total} of ${marksWord(available)}, ${every} at or above its pass mark.`,
    reasons: [],
  };
}

function incomplete(ungraded: string[]): Outcome {
  const n = ungraded.length;
  return {
    status: "incomplete",
    label: "Not complete",
    summary: `Not complete: ${n === 1 ? "1 AC" : `${n} ACs`} still to grade (${ungraded.join(", ")}).`,
    reasons: [],
    ungraded,
  };
}

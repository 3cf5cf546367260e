/**
 * The Whole draft list, grouped: problems of one kind become one row ("199 references are not
 * cited") that opens to show them, so a 200-entry list does not become 386 rows. Most important
 * first: errors, then warnings, then notes; within a severity, the report's order.
 */
import { sortBySeverity } from "../../model/problem-order";
import type { Problem, ProblemCode } from "../../check/rules";
import { formatCount } from "../../shared/text/count";

/** How many of a group's problems one press of "Show them" or "Show more" adds, in both views. */
export const GROUP_BATCH = 25;

export type ProblemRow =
  | { kind: "one"; problem: Problem }
  | {
      kind: "group";
      code: ProblemCode;
      severity: Problem["severity"];
      /** "199 references are not cited". */
      title: string;
      /** The fix, said once for the group when every problem in it has the same one. */
      fix?: string;
      problems: Problem[];
    };

/** A group's title for n problems of a kind (n >= 2). */
const TITLES: Partial<Record<ProblemCode, (n: string) => string>> = {
  "ac-missing": (n) => `${n} ACs have no side-heading`,
  "ac-empty": (n) => `${n} ACs have no answer yet`,
  "ac-short": (n) => `${n} answers are much shorter than their share of the word count`,
  "ac-heading-altered": (n) => `${n} side-headings differ from the AC wording`,
  "ac-out-of-order": (n) => `${n} sections are out of the unit's order`,
  "ac-duplicate": (n) => `${n} ACs have a second side-heading`,
  "guidance-left-in": (n) => `Template guidance is left in ${n} places`,
  "citation-unmatched": (n) => `${n} citations are not in the reference list`,
  "citation-matched-with-warning": (n) => `${n} citations only nearly match their reference`,
  "citation-style": (n) => `${n} citations are not quite in Harvard style`,
  "reference-uncited": (n) => `${n} references are not cited`,
  "reference-incomplete": (n) => `${n} references lack an author or a year`,
  "reference-style": (n) => `${n} references are not set out in Cite Them Right form`,
  "reference-duplicate": (n) => `${n} references are listed twice`,
  "reference-order": (n) => `${n} references are out of alphabetical order`,
  "section-needs-reference": (n) => `${n} answers cite fewer sources than they call for`,
};

export function groupTitle(code: ProblemCode, count: number): string {
  const n = formatCount(count);
  return TITLES[code]?.(n) ?? `${n} problems of one kind`;
}

/** Problems of one code, `min` or more of them, become one group row; the rest stay single. */
export function groupProblems(problems: readonly Problem[], min = 2): ProblemRow[] {
  const byCode = new Map<ProblemCode, Problem[]>();
  for (const p of sortBySeverity(problems)) {
    const list = byCode.get(p.code) ?? [];
    list.push(p);
    byCode.set(p.code, list);
  }
  const rows: ProblemRow[] = [];
  for (const [code, list] of byCode) {
    if (list.length < min) {
      rows.push(...list.map((problem) => ({ kind: "one" as const, problem })));
      continue;
    }
    const fixes = new Set(list.map((p) => p.fix));
    rows.push({
      kind: "group",
      code,
      severity: list[0]!.severity,
      title: groupTitle(code, list.length),
      ...(fixes.size === 1 ? { fix: list[0]!.fix } : {}),
      problems: list,
    });
  }
  // Map order follows the severity sort, so rows are already most important first.
  return rows;
}

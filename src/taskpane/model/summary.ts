import type { Severity } from "../../model/report";
import type { Report } from "../../check/rules";
import { formatCount } from "../../shared/text/count";
import { NO_WORD_RANGE } from "../../units/unit-notices";
import { isNotStarted } from "./progress";
import { describeWords, isAnswered, plural, wordStatus, type WordStatus } from "../../check/answer-summary";
import { draftGate, type DraftGate } from "../../check/draft-gate";

export { describeWords, isAnswered, plural, wordStatus, type WordStatus };

export interface Summary {
  words: number;
  range: [number, number] | null;
  wordStatus: WordStatus;
  /** 0..1 for the progress bar: words against the top of the range (capped at 1). */
  progress: number;
  acsAnswered: number;
  acsTotal: number;
  problems: Record<Severity, number>;
  /** Side-headings in place, nothing written yet: a neutral state, not a list of errors (model/progress.ts). */
  notStarted: boolean;
  /** Not a draft to judge yet (no unit, or no answer): nothing shows as passed. */
  gate: DraftGate | null;
}

export function summarise(report: Report): Summary {
  const problems: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of report.problems) problems[p.severity] += 1;
  const range = report.wordRange;
  return {
    words: report.wordCount,
    range,
    wordStatus: wordStatus(report.wordCount, range),
    progress: range ? Math.min(1, report.wordCount / range[1]) : 0,
    acsAnswered: report.sections.filter((s) => isAnswered(s.status, s.words)).length,
    acsTotal: report.sections.length,
    problems,
    gate: draftGate(report),
    notStarted: isNotStarted(report),
  };
}


/**
 * The badge for the ACs answered: green only for a draft with a unit and every AC answered,
 * since "0 of 0 ACs answered" is not a pass.
 */
export function answeredBadge(summary: Pick<Summary, "gate" | "acsAnswered" | "acsTotal">): { label: string; colour: "success" | "informative" } {
  return {
    label: summary.gate === "no-unit" ? "No unit chosen" : `${summary.acsAnswered} of ${summary.acsTotal} ACs answered`,
    colour: !summary.gate && summary.acsAnswered === summary.acsTotal ? "success" : "informative",
  };
}

export function describeWordStatus(status: WordStatus, words: number, range: [number, number] | null): string {
  switch (status) {
    case "under":
      return `${formatCount(range![0] - words)} words short of the suggested range.`;
    case "over":
      return `${formatCount(words - range![1])} words over the suggested range.`;
    case "in-range":
      return "Within the suggested range.";
    default:
      return NO_WORD_RANGE;
  }
}

import type { Severity } from "../../model/report";
import type { Report } from "../../check/rules";
import { formatCount } from "../../shared/text/count";
import { draftGate, isAnswered, type DraftGate } from "../../check/draft-gate";

export type WordStatus = "under" | "in-range" | "over" | "no-range";

export interface Summary {
  words: number;
  range: [number, number] | null;
  wordStatus: WordStatus;
  /** 0..1 for the progress bar: words against the top of the range (capped at 1). */
  progress: number;
  acsAnswered: number;
  acsTotal: number;
  problems: Record<Severity, number>;
  /** Not a draft to judge yet (no unit, or no answer): nothing shows as passed. */
  gate: DraftGate | null;
}

// An AC counts as answered when its section is there and has words (status ok or altered with words).
export { isAnswered } from "../../check/draft-gate";

export function wordStatus(words: number, range: [number, number] | null): WordStatus {
  if (!range) return "no-range";
  if (words < range[0]) return "under";
  if (words > range[1]) return "over";
  return "in-range";
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
  };
}


/** "3,120 of 4,000–5,500 words", or "3,120 words" where the unit gives no range. */
export function describeWords(words: number, range: [number, number] | null): string {
  if (!range) return `${formatCount(words)} words`;
  return `${formatCount(words)} of ${formatCount(range[0])}–${formatCount(range[1])} words`;
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
      return "This unit gives no word range.";
  }
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/**
 * How a report's answers read against the unit: answered ACs and the word count against the
 * suggested range. Shared by the pane's summary and Submit view and by ilm-check's --csv.
 */
import { formatCount } from "../shared/text/count";

export type WordStatus = "under" | "in-range" | "over" | "no-range";

/** An AC counts as answered when its section is there and has words (status ok or altered with words). */
export function isAnswered(status: string, words: number): boolean {
  return (status === "ok" || status === "altered") && words > 0;
}

export function wordStatus(words: number, range: [number, number] | null): WordStatus {
  if (!range) return "no-range";
  if (words < range[0]) return "under";
  if (words > range[1]) return "over";
  return "in-range";
}

/** "3,120 of 4,000–5,500 words", or "3,120 words" where the unit gives no range. */
export function describeWords(words: number, range: [number, number] | null): string {
  if (!range) return `${formatCount(words)} words`;
  return `${formatCount(words)} of ${formatCount(range[0])}–${formatCount(range[1])} words`;
}

export { plural } from "../shared/text/count";

import type { Rule } from "./types";
import { formatNumber } from "./text";

export const wordCountOutOfRange: Rule = {
  id: "word-count-out-of-range",
  description:
    "The answer words (not headings, cover sheet, guidance, references or appendices) are within the unit's suggested range.",
  check(ctx) {
    if (!ctx.wordRange || !ctx.unit) return [];
    const [low, high] = ctx.wordRange;
    const words = ctx.totalWords;
    if (words >= low && words <= high) return [];
    return [
      {
        code: "word-count-out-of-range",
        severity: "warning",
        message: `Your answers come to ${formatNumber(words)} words, ${words < low ? "below" : "above"} the suggested ${formatNumber(low)} to ${formatNumber(high)} words for this unit.`,
      },
    ];
  },
};

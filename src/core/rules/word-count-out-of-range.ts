import { defineRule } from "../../model/rule";
import { formatCount } from "../../shared/text/count";
import type { CheckContext } from "../context";

export const wordCountOutOfRange = defineRule({
  id: "word-count-out-of-range",
  severity: "warning",
  description:
    "The answer words (not headings, cover sheet, guidance, references or appendices) are within the unit's suggested range.",
  fix: {
    below: "Develop your shortest answers until the total reaches at least {{low}} words.",
    above: "Tighten your longest answers until the total is at most {{high}} words.",
  },
  messages: {
    below: "Your answers come to {{words}} words, below the suggested {{low}} to {{high}} words for this unit.",
    above: "Your answers come to {{words}} words, above the suggested {{low}} to {{high}} words for this unit.",
  },
  check(ctx: CheckContext, report) {
    if (!ctx.wordRange || !ctx.unit) return;
    const [low, high] = ctx.wordRange;
    const words = ctx.totalWords;
    if (words >= low && words <= high) return;
    // At low itself it has already returned, so "<" and "<=" agree here (an equivalent mutant, issue 14).
    report(words < low ? "below" : "above", { words: formatCount(words), low: formatCount(low), high: formatCount(high) });
  },
});

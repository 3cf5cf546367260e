import { defineRule } from "../../model/rule";
import { formatCount } from "../../shared/text/count";
import type { CheckContext } from "../context";

/** "Far fewer": under 40% of the low end of the AC's share of the unit's word range. */
export const SHORT_SHARE_RATIO = 0.4;
/**
 * Where the unit gives no word range there is no share to compare with; an
 * answer under this many words is still flagged, since no AC of these units
 * can be answered in a couple of sentences.
 */
export const SHORT_WITHOUT_RANGE = 50;

export const acShort = defineRule({
  id: "ac-short",
  severity: "warning",
  description: `An answer has at least ${SHORT_SHARE_RATIO * 100}% of the low end of its AC's share of the word range (by marks where given), or ${SHORT_WITHOUT_RANGE} words where the unit gives no range.`,
  fix: "Develop it: cover each part of the criterion, with examples from your practice and your reading.",
  messages: {
    belowShare:
      "Your answer to AC {{ac}} has {{words}} words, far fewer than its share of the word count (about {{low}} to {{high}} words).",
    veryShort: "Your answer to AC {{ac}} has only {{words}} words, too few to cover the criterion in depth.",
  },
  check(ctx: CheckContext, report) {
    for (const [ac, list] of ctx.occurrences) {
      const words = ctx.wordsByAc.get(ac) ?? 0;
      if (words === 0) continue; // ac-empty says it
      const share = ctx.shares.get(ac);
      const floor = share ? share[0] * SHORT_SHARE_RATIO : ctx.wordRange ? 0 : SHORT_WITHOUT_RANGE;
      if (words >= floor) continue;
      const place = { ac, paragraph: list[0]!.heading.paragraph.index };
      if (share) report("belowShare", { ac, words: formatCount(words), low: formatCount(share[0]), high: formatCount(share[1]) }, place);
      else report("veryShort", { ac, words: formatCount(words) }, place);
    }
  },
});

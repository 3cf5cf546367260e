import type { Problem } from "../report";
import type { Rule } from "./types";
import { formatNumber } from "./text";

/** "Far fewer": under 40% of the low end of the AC's share of the unit's word range. */
export const SHORT_SHARE_RATIO = 0.4;
/**
 * Where the unit gives no word range there is no share to compare with; an
 * answer under this many words is still flagged, since no AC of these units
 * can be answered in a couple of sentences.
 */
export const SHORT_WITHOUT_RANGE = 50;

export const acShort: Rule = {
  id: "ac-short",
  description: `An answer has at least ${SHORT_SHARE_RATIO * 100}% of the low end of its AC's share of the word range (by marks where given), or ${SHORT_WITHOUT_RANGE} words where the unit gives no range.`,
  check(ctx) {
    const problems: Problem[] = [];
    for (const [ac, list] of ctx.occurrences) {
      const words = ctx.wordsByAc.get(ac) ?? 0;
      if (words === 0) continue; // ac-empty says it
      const share = ctx.shares.get(ac);
      const floor = share ? share[0] * SHORT_SHARE_RATIO : ctx.wordRange ? 0 : SHORT_WITHOUT_RANGE;
      if (words >= floor) continue;
      problems.push({
        code: "ac-short",
        severity: "warning",
        ac,
        message: share
          ? `Your answer to AC ${ac} has ${formatNumber(words)} words, far fewer than its share of the word count (about ${formatNumber(share[0])} to ${formatNumber(share[1])} words).`
          : `Your answer to AC ${ac} has only ${formatNumber(words)} words, which is unlikely to cover the criterion in enough depth.`,
        paragraph: list[0]!.heading.paragraph.index,
      });
    }
    return problems;
  },
};

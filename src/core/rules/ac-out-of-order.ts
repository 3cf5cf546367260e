import type { Problem } from "../report";
import type { Rule } from "./types";

/**
 * Positions (into `seq`) of one longest strictly increasing subsequence,
 * O(n log n). The sections outside it are the fewest that explain the disorder.
 */
export function longestIncreasing(seq: readonly number[]): Set<number> {
  const tailIdx: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tailIdx.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tailIdx[mid]!]! < seq[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tailIdx[lo - 1]!;
    tailIdx[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tailIdx.length ? tailIdx[tailIdx.length - 1]! : -1; i >= 0; i = prev[i]!) keep.add(i);
  return keep;
}

export const acOutOfOrder: Rule = {
  id: "ac-out-of-order",
  description: "Sections follow the unit's order of assessment criteria (the fewest sections that explain any disorder are reported).",
  check(ctx) {
    if (!ctx.unit) return [];
    const order = new Map(ctx.unit.criteria.map((c, k) => [c.id, k]));
    // First side-heading of each AC, in document order; repeats are ac-duplicate's business.
    const firsts = [...ctx.occurrences.values()].map((l) => l[0]!).sort((a, b) => a.sectionIndex - b.sectionIndex);
    const seq = firsts.map((o) => order.get(o.ac)!);
    const keep = longestIncreasing(seq);
    const problems: Problem[] = [];
    firsts.forEach((occ, i) => {
      if (keep.has(i)) return;
      const rank = seq[i]!;
      let before: string | undefined;
      let after: string | undefined;
      for (const j of keep) {
        const r = seq[j]!;
        const ac = firsts[j]!.ac;
        if (r < rank && (after === undefined || r > order.get(after)!)) after = ac;
        if (r > rank && (before === undefined || r < order.get(before)!)) before = ac;
      }
      const where =
        after && before
          ? `after AC ${after} and before AC ${before}`
          : after
            ? `after AC ${after}`
            : `before AC ${before}`;
      problems.push({
        code: "ac-out-of-order",
        severity: "warning",
        ac: occ.ac,
        message: `The section for AC ${occ.ac} is out of the unit's order: it belongs ${where}.`,
        paragraph: occ.heading.paragraph.index,
      });
    });
    return problems;
  },
};

/**
 * Positions (into `seq`) of one longest subsequence in which each element may follow the one
 * before it (`mayFollow(previous, next)`), found by patience sorting in O(n log n). The
 * elements outside it are the fewest that explain any disorder, so a checker reports only
 * those: one section or entry out of place is one note, not a note on everything after it.
 *
 * `mayFollow` must be a total preorder's "<" (strictly increasing runs) or "<=" (non-decreasing).
 */
export function longestOrderedRun<T>(seq: readonly T[], mayFollow: (previous: T, next: T) => boolean): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mayFollow(seq[tails[mid]!]!, seq[i]!)) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) keep.add(i);
  return keep;
}

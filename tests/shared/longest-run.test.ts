import { longestOrderedRun } from "../../src/shared/longest-run";

const isOrdered = <T>(xs: readonly T[], mayFollow: (a: T, b: T) => boolean) => xs.every((x, i) => i === 0 || mayFollow(xs[i - 1]!, x));

describe("longestOrderedRun", () => {
  describe("strictly increasing (sections in unit order)", () => {
    const less = (a: number, b: number) => a < b;
    it.each([
      [[], 0],
      [[0, 1, 2, 3], 4],
      [[3, 2, 1, 0], 1],
      [[0, 2, 1, 3], 3],
      [[1, 2, 3, 0], 3],
      [[5, 0, 6, 1, 7, 2, 3], 4],
      [[1, 1, 1], 1],
    ])("%j keeps %i", (seq, length) => {
      const keep = longestOrderedRun(seq, less);
      expect(keep.size).toBe(length);
      expect(isOrdered([...keep].sort((a, b) => a - b).map((i) => seq[i]!), less)).toBe(true);
    });
  });

  describe("non-decreasing (an alphabetical list may repeat a surname)", () => {
    const notAfter = (a: string, b: string) => a <= b;
    it.each([
      [["a", "a", "b"], 3],
      [["b", "a", "a", "c"], 3],
      [["c", "b", "a"], 1],
      [["adair", "whitmore", "covey", "starr", "zeus"], 4],
    ])("%j keeps %i", (seq, length) => {
      const keep = longestOrderedRun(seq, notAfter);
      expect(keep.size).toBe(length);
      expect(isOrdered([...keep].sort((a, b) => a - b).map((i) => seq[i]!), notAfter)).toBe(true);
    });
  });

  it("keeps the earlier of equal choices stable and linearithmic in size", () => {
    const seq = Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 50_000);
    const keep = longestOrderedRun(seq, (a, b) => a < b);
    expect(isOrdered([...keep].sort((a, b) => a - b).map((i) => seq[i]!), (a, b) => a < b)).toBe(true);
    expect(keep.size).toBeGreaterThan(1);
  });
});

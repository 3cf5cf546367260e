import type { ReferencingRule } from "../../harvard/context";
import { referenceKey, referenceLabel } from "../../harvard/describe";
import { PARTICLES, fold, nameKey } from "../../harvard/text";
import type { ParsedReference } from "../../harvard/types";
import type { Problem } from "../report";

/** Guides disagree on where "de Haan" and "van Nieuwerburgh" sort, so entries led by a particle are never flagged. */
function startsWithParticle(r: ParsedReference): boolean {
  const first = r.authors[0]?.split(/\s+/)[0]?.toLowerCase() ?? "";
  return r.authors[0]?.includes(" ") === true && PARTICLES.has(first);
}

/** Word-by-word order ("R Core Team" before "Rasmann"), which some guides and citeproc use. */
function wordKey(name: string): string {
  return fold(name).replace(/[^a-z0-9 ]/g, "").replace(/\s+/g, " ").trim();
}

/** Positions (into keys) of one longest non-decreasing run, found by patience sorting in O(n log n). */
function longestOrdered(keys: readonly string[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(keys.length).fill(-1);
  keys.forEach((k, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[tails[mid]] <= k) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const keep = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}

/**
 * The reference list in alphabetical order of first author (or title). Only the
 * fewest entries that would have to move are reported, so one entry out of place
 * is one note, not a note on everything after it.
 */
export const referenceOrder: ReferencingRule = {
  id: "reference-order",
  description: "The reference list is in alphabetical order of the first author's surname.",
  check(ctx) {
    const problems: Problem[] = [];
    for (const list of ["references", "bibliography"] as const) {
      const entries = ctx.references.filter((r) => r.list === list && r.authors.length > 0 && !startsWithParticle(r));
      const keys = entries.map((r) => nameKey(r.authors[0]));
      const keep = longestOrdered(keys);
      const listName = list === "references" ? "reference list" : "bibliography";
      entries.forEach((r, i) => {
        if (keep.has(i)) return;
        // its neighbours in order: the nearest kept entries before and after it
        let before = -1;
        for (let k = i - 1; k >= 0; k--) if (keep.has(k)) { before = k; break; }
        let after = -1;
        for (let k = i + 1; k < entries.length; k++) if (keep.has(k)) { after = k; break; }
        const w = wordKey(r.authors[0]);
        const fitsWordByWord =
          (before < 0 || wordKey(entries[before].authors[0]) <= w) && (after < 0 || w <= wordKey(entries[after].authors[0]));
        if (fitsWordByWord) return;
        // where it belongs: after the last kept entry that sorts before it
        let target: ParsedReference | null = null;
        for (const k of [...keep].sort((a, b) => a - b)) if (keys[k] <= keys[i]) target = entries[k];
        const where = target ? `after ${referenceLabel(target)}` : "at the start";
        problems.push({
          code: "reference-order",
          severity: "info",
          message: `${referenceLabel(r)} is out of alphabetical order: move it ${where} so the ${listName} runs from A to Z by surname.`,
          paragraph: r.paragraph,
          reference: referenceKey(r),
        });
      });
    }
    return problems;
  },
};

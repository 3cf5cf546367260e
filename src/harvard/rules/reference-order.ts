import { defineRule } from "../../model/rule";
import { foldForNameMatch } from "../../shared/text/fold";
import { longestOrderedRun } from "../../shared/longest-run";
import type { ReferencingContext } from "../context";
import { referenceKey, referenceLabel } from "../describe";
import { PARTICLES, nameKey } from "../text";
import type { ParsedReference } from "../types";

/** Guides disagree on where "de Haan" and "van Nieuwerburgh" sort, so entries led by a particle are never flagged. */
function startsWithParticle(r: ParsedReference): boolean {
  // Equivalent mutants (issue 14): only entries with a first author are asked, and split() always gives a
  // first word, the same one whether it splits at each white-space character or each run, so the `?.`
  // and `?? ""` never apply and `/\s/` reads the same first word.
  const first = r.authors[0]?.split(/\s+/)[0]?.toLowerCase() ?? "";
  return r.authors[0]?.includes(" ") === true && PARTICLES.has(first);
}

/** Word-by-word order ("R Core Team" before "Rasmann"), which some guides and citeproc use. */
function wordKey(name: string): string {
  return foldForNameMatch(name).replace(/[^a-z0-9 ]/g, "").replace(/\s+/g, " ").trim();
}

/** The same author's works go in order of year ("1989" before "2004", "2009a" before "2009b"). */
function yearKey(r: ParsedReference): string {
  return r.year ? r.year.base + r.year.suffix : "";
}

/**
 * The reference list in alphabetical order of first author (or title). Only the
 * fewest entries that would have to move are reported, so one entry out of place
 * is one note, not a note on everything after it.
 */
export const referenceOrder = defineRule({
  id: "reference-order",
  severity: "info",
  description: "The reference list is in alphabetical order of the first author's surname.",
  fix: {
    after: "Move it after {{target}}, or let Update reference list sort the list from A to Z.",
    atStart: "Move it to the top, or let Update reference list sort the list from A to Z.",
  },
  action: "update-references",
  messages: {
    after: "{{reference}} is out of alphabetical order in the {{list}}.",
    atStart: "{{reference}} is out of alphabetical order in the {{list}}.",
  },
  check(ctx: ReferencingContext, report) {
    for (const list of ["references", "bibliography"] as const) {
      const entries = ctx.references.filter((r) => r.list === list && r.authors.length > 0 && !startsWithParticle(r));
      const keys = entries.map((r) => nameKey(r.authors[0]!));
      const keep = longestOrderedRun(keys, (a, b) => a <= b);
      const keptInOrder = [...keep].sort((a, b) => a - b);
      const listName = list === "references" ? "reference list" : "bibliography";
      entries.forEach((r, i) => {
        if (keep.has(i)) return;
        // its neighbours in order: the nearest kept entries before and after it
        let before = -1;
        for (let k = i - 1; k >= 0; k--) if (keep.has(k)) { before = k; break; }
        let after = -1;
        // `k <= entries.length` only asks keep about a position it never holds (an equivalent mutant, issue 14).
        for (let k = i + 1; k < entries.length; k++) if (keep.has(k)) { after = k; break; }
        const w = wordKey(r.authors[0]!);
        // `after` is -1 or a position after i, never 0, so `after <= 0` is `after < 0` (an equivalent mutant, issue 14).
        const fitsWordByWord =
          (before < 0 || wordKey(entries[before]!.authors[0]!) <= w) && (after < 0 || w <= wordKey(entries[after]!.authors[0]!));
        if (fitsWordByWord) return;
        // where it belongs: after the last kept entry that sorts before it (the same author's works by year)
        let target: ParsedReference | null = null;
        for (const k of keptInOrder) {
          if (keys[k]! < keys[i]! || (keys[k] === keys[i] && yearKey(entries[k]!) <= yearKey(r))) target = entries[k]!;
        }
        const place = { paragraph: r.paragraph, reference: referenceKey(r) };
        const reference = referenceLabel(r);
        if (target) {
          report("after", { reference, target: referenceLabel(target), list: listName }, {
            ...place,
            related: { paragraph: target.paragraph, label: `the entry for ${referenceLabel(target)}` },
          });
        } else report("atStart", { reference, list: listName }, place);
      });
    }
  },
});

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

function wordKey(name: string): string {
  return fold(name).replace(/[^a-z0-9 ]/g, "").replace(/\s+/g, " ").trim();
}

/** The reference list in alphabetical order of first author (or title). One note per entry out of place. */
export const referenceOrder: ReferencingRule = {
  id: "reference-order",
  description: "The reference list is in alphabetical order of the first author's surname.",
  check(ctx) {
    const problems: Problem[] = [];
    for (const list of ["references", "bibliography"] as const) {
      let prev: ParsedReference | null = null;
      for (const r of ctx.references) {
        if (r.list !== list || r.authors.length === 0 || startsWithParticle(r)) continue;
        if (prev) {
          // flag only what is out of order both letter by letter and word by word ("R Core Team" / "Rasmann")
          const a = nameKey(prev.authors[0]);
          const b = nameKey(r.authors[0]);
          const aw = wordKey(prev.authors[0]);
          const bw = wordKey(r.authors[0]);
          if (b < a && !a.startsWith(b) && bw < aw) {
            problems.push({
              code: "reference-order",
              severity: "info",
              message: `${referenceLabel(r)} should come before ${referenceLabel(prev)}: keep the ${list === "references" ? "reference list" : "bibliography"} in alphabetical order of surname.`,
              paragraph: r.paragraph,
              reference: referenceKey(r),
            });
            continue; // compare the next entry with the last one in order
          }
        }
        prev = r;
      }
    }
    return problems;
  },
};

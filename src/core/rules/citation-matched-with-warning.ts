import type { ReferencingRule } from "../../harvard/context";
import { citationKey, citationLabel, namesLabel } from "../../harvard/describe";
import { isMatch, type MatchWarning } from "../../harvard/match";
import type { ParsedCitation } from "../../harvard/types";
import type { Problem } from "../report";

function sentence(c: ParsedCitation, w: MatchWarning): string {
  const label = citationLabel(c);
  switch (w.kind) {
    case "spelling":
      return `${label} matches the entry for ${w.listed} only by a near spelling: make the name the same in the text and the list.`;
    case "suffix-missing":
      return `${label} could be any of ${w.options.join(", ")} in your list: add the letter (for example ${c.authors[0]}, ${w.options[0]}).`;
    case "suffix-not-in-list":
      return `${label} has the letter "${w.suffix}" but the list entry has none: give the list entry the same letter, or remove it here.`;
    case "co-authors-omitted":
      return `${label} names fewer authors than the list (${namesLabel(w.listed)}): name all of up to three authors.`;
    case "et-al-missing":
      return `${label}: the list entry has four or more authors, so write "${c.authors[0]} et al.".`;
    case "co-author-differs":
      return `${label} names ${w.cited}, but the list entry has ${w.listed}: check the authors.`;
    case "bibliography-only":
      return `${label} is listed only under Bibliography: works you cite belong in the reference list.`;
  }
}

/** Citations that were matched, but only by overlooking something the learner should fix. */
export const citationMatchedWithWarning: ReferencingRule = {
  id: "citation-matched-with-warning",
  description: "A citation found its entry only despite a near-miss spelling, a missing year letter or different authors.",
  check(ctx) {
    const problems: Problem[] = [];
    const seen = new Set<string>();
    ctx.citations.forEach((c, i) => {
      const m = ctx.matches[i];
      if (!isMatch(m)) return;
      for (const w of m.warnings) {
        // With no list but a Bibliography, that it is named so is said once for the list (reference-list-is-bibliography).
        if (w.kind === "bibliography-only" && ctx.bibliographyOnly) continue;
        const message = sentence(c, w);
        // the same slip repeated in one paragraph is one thing to fix
        const key = `${c.paragraph}|${message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        problems.push({
          code: "citation-matched-with-warning",
          severity: "warning",
          ...(c.ac ? { ac: c.ac } : {}),
          message,
          paragraph: c.paragraph,
          citation: citationKey(c),
        });
      }
    });
    return problems;
  },
};

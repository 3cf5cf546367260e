import { defineRule, type MessageData } from "../../model/rule";
import type { ReferencingContext } from "../context";
import { citationKey, citationLabel, namesLabel, referenceLabel } from "../describe";
import { isMatch, type MatchWarning } from "../match";
import type { ParsedCitation } from "../types";
import { countWord } from "../house-style";

type WarningMessage = "spelling" | "suffixMissing" | "suffixNotInList" | "coAuthorsOmitted" | "etAlMissing" | "coAuthorDiffers" | "bibliographyOnly";

/** `etAlFrom`: the house style's author count from which "et al." is used. */
function messageFor(c: ParsedCitation, w: MatchWarning, etAlFrom: number): [WarningMessage, MessageData] {
  // Equivalent mutants (issue 14): a matched citation always has a first author (it is looked up by its
  // names, and a phrase citation takes its entry's), and "suffix-missing" lists at least the lettered entry
  // it found, so `?? ""` never applies.
  const citation = citationLabel(c);
  switch (w.kind) {
    case "spelling":
      return ["spelling", { citation, listed: w.listed }];
    case "suffix-missing":
      return ["suffixMissing", { citation, options: w.options.join(", "), author: c.authors[0] ?? "", example: w.options[0] ?? "" }];
    case "suffix-not-in-list":
      return ["suffixNotInList", { citation, suffix: w.suffix }];
    case "co-authors-omitted":
      return ["coAuthorsOmitted", { citation, listed: namesLabel(w.listed), upTo: countWord(etAlFrom - 1) }];
    case "et-al-missing":
      return ["etAlMissing", { citation, author: c.authors[0] ?? "", from: countWord(etAlFrom) }];
    case "co-author-differs":
      return ["coAuthorDiffers", { citation, cited: w.cited, listed: w.listed }];
    case "bibliography-only":
      return ["bibliographyOnly", { citation }];
  }
}

/** Citations that were matched, but only by overlooking something the learner should fix. */
export const citationMatchedWithWarning = defineRule({
  id: "citation-matched-with-warning",
  severity: "warning",
  description: "A citation found its entry only despite a near-miss spelling, a missing year letter or different authors.",
  fix: {
    spelling: "Spell the name the same way in the text and in the list.",
    suffixMissing: "Add the letter after the year, for example {{author}}, {{example}}.",
    suffixNotInList: "Give the list entry the same letter, or take the letter off the citation.",
    coAuthorsOmitted: "Name every author in the citation when there are up to {{upTo}}.",
    etAlMissing: 'Write "{{author}} et al." in the citation.',
    coAuthorDiffers: "Check the authors and make the citation agree with the list.",
    bibliographyOnly: "Move its entry into the reference list: works you cite belong there.",
  },
  messages: {
    spelling: "{{citation}} matches the entry for {{listed}} only by a near spelling.",
    suffixMissing: "{{citation}} could be any of {{options}} in your list.",
    suffixNotInList: '{{citation}} has the letter "{{suffix}}" but the list entry has none.',
    coAuthorsOmitted: "{{citation}} names fewer authors than the list entry ({{listed}}).",
    etAlMissing: "{{citation}} names one author, but the list entry has {{from}} or more.",
    coAuthorDiffers: "{{citation}} names {{cited}}, but the list entry has {{listed}}.",
    bibliographyOnly: "{{citation}} is listed only under Bibliography.",
  },
  check(ctx: ReferencingContext, report) {
    const seen = new Set<string>();
    ctx.citations.forEach((c, i) => {
      const m = ctx.matches[i];
      if (!isMatch(m)) return;
      const entry = ctx.references[m.refs[0]!];
      for (const w of m.warnings) {
        // With no list but a Bibliography, that it is named so is said once for the list (reference-list-is-bibliography).
        if (w.kind === "bibliography-only" && ctx.bibliographyOnly) continue;
        const [messageId, data] = messageFor(c, w, ctx.harvard.etAlFrom);
        // the same slip repeated in one paragraph is one thing to fix
        const key = `${c.paragraph}|${messageId}|${JSON.stringify(data)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        report(messageId, data, {
          ...(c.ac ? { ac: c.ac } : {}),
          paragraph: c.paragraph,
          citation: citationKey(c),
          ...(entry ? { related: { paragraph: entry.paragraph, label: `the entry for ${referenceLabel(entry)}` } } : {}),
        });
      }
    });
  },
});

import { defineRule } from "../../model/rule";
import type { ReferencingContext } from "../context";
import { excerpt, referenceKey } from "../describe";

/** Lines in a reference list without a recognisable author (or title) and year: reported, never dropped. */
export const referenceIncomplete = defineRule({
  id: "reference-incomplete",
  severity: "warning",
  description: "Every entry in the reference list or bibliography starts with its author (or title) and year.",
  fix: {
    noAuthorOrYear: "Start it with the author and the year in Harvard form, for example Covey, S.R. (1989) Title. Place: Publisher.",
    noAuthor: "Start it with the author's surname and initials (or the title when there is no author), for example Covey, S.R. (1989).",
    noYear: 'Add the year in brackets after the names, or "(no date)" when the source gives none.',
  },
  messages: {
    noAuthorOrYear: 'The entry "{{excerpt}}" has no author or year.',
    noAuthor: 'The entry "{{excerpt}}" has no author.',
    noYear: 'The entry "{{excerpt}}" has no year.',
  },
  check(ctx: ReferencingContext, report) {
    for (const r of ctx.references) {
      const noAuthor = r.authors.length === 0;
      const noYear = r.year === null;
      if (!noAuthor && !noYear) continue;
      const messageId = noAuthor && noYear ? "noAuthorOrYear" : noAuthor ? "noAuthor" : "noYear";
      report(messageId, { excerpt: excerpt(r.text, 70) }, { paragraph: r.paragraph, reference: referenceKey(r) });
    }
  },
});

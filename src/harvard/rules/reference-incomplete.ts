import { defineRule } from "../../model/rule";
import type { ReferencingContext } from "../context";
import { excerpt, referenceKey } from "../describe";

/** Lines in a reference list without a recognisable author (or title) and year: reported, never dropped. */
export const referenceIncomplete = defineRule({
  id: "reference-incomplete",
  severity: "warning",
  description: "Every entry in the reference list or bibliography starts with its author (or title) and year.",
  fix: "Complete the reference: author, year, title and publisher or web address.",
  messages: {
    noAuthorOrYear: 'This entry needs an author and a year in Harvard form, e.g. Covey, S.R. (1989) Title: "{{excerpt}}".',
    noAuthor: 'This entry needs an author (or, if there is none, the title) in Harvard form, e.g. Covey, S.R. (1989) Title: "{{excerpt}}".',
    noYear: 'This entry needs a year (or "no date") in Harvard form, e.g. Covey, S.R. (1989) Title: "{{excerpt}}".',
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

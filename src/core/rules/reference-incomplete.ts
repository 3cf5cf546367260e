import type { ReferencingRule } from "../../harvard/context";
import { excerpt, referenceKey } from "../../harvard/describe";
import type { Problem } from "../report";

/** Lines in a reference list without a recognisable author (or title) and year: reported, never dropped. */
export const referenceIncomplete: ReferencingRule = {
  id: "reference-incomplete",
  description: "Every entry in the reference list or bibliography starts with its author (or title) and year.",
  check(ctx) {
    const problems: Problem[] = [];
    for (const r of ctx.references) {
      const noAuthor = r.authors.length === 0;
      const noYear = r.year === null;
      if (!noAuthor && !noYear) continue;
      const missing = noAuthor && noYear ? "an author and a year" : noAuthor ? "an author (or, if there is none, the title)" : 'a year (or "no date")';
      problems.push({
        code: "reference-incomplete",
        severity: "warning",
        message: `This entry needs ${missing} in Harvard form, e.g. Covey, S.R. (1989) Title: "${excerpt(r.text, 70)}".`,
        paragraph: r.paragraph,
        reference: referenceKey(r),
      });
    }
    return problems;
  },
};

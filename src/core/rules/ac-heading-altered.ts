import type { Problem } from "../report";
import type { Rule } from "./types";

export const acHeadingAltered: Rule = {
  id: "ac-heading-altered",
  description: "Side-headings use the exact wording of the assessment criterion, so the assessor sees every part is covered.",
  check(ctx) {
    const problems: Problem[] = [];
    for (const [ac, list] of ctx.occurrences) {
      for (const occ of list) {
        if (occ.heading.exact !== false) continue;
        problems.push({
          code: "ac-heading-altered",
          severity: "warning",
          ac,
          message: `The side-heading for AC ${ac} is not the exact wording of the criterion (${occ.heading.difference}); copy the wording exactly so the assessor can see every part is covered.`,
          paragraph: occ.heading.paragraph.index,
        });
      }
    }
    return problems;
  },
};

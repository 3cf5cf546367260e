import { defineRule } from "../../model/rule";
import type { CheckContext } from "../context";

export const acHeadingAltered = defineRule({
  id: "ac-heading-altered",
  severity: "warning",
  description: "Side-headings use the exact wording of the assessment criterion, so the assessor sees every part is covered.",
  fix: "Put the side-heading back to the exact AC wording so the assessor can match it to the mark sheet.",
  messages: {
    altered:
      "The side-heading for AC {{ac}} is not the exact wording of the criterion ({{difference}}); copy the wording exactly so the assessor can see every part is covered.",
  },
  check(ctx: CheckContext, report) {
    for (const [ac, list] of ctx.occurrences) {
      for (const occ of list) {
        if (occ.heading.exact !== false) continue;
        report("altered", { ac, difference: occ.heading.difference ?? "" }, { ac, paragraph: occ.heading.paragraph.index });
      }
    }
  },
});

import { defineRule } from "../../model/rule";
import type { CheckContext } from "../context";

export const acHeadingAltered = defineRule({
  id: "ac-heading-altered",
  severity: "warning",
  description: "Side-headings use the exact wording of the assessment criterion, so the assessor sees every part is covered.",
  fix: "Copy the criterion's wording back exactly, so the assessor can match your answer to the mark sheet and see every part is covered.",
  messages: {
    altered: "The side-heading for AC {{ac}} differs from the criterion's wording ({{difference}}).",
  },
  check(ctx: CheckContext, report) {
    for (const [ac, list] of ctx.occurrences) {
      for (const occ of list) {
        if (occ.heading.exact !== false) continue;
        // The side-heading finder gives a difference whenever the wording is not exact, so the fallback
        // is never used (no test reaches it: "no coverage" in the mutation report, issue 14).
        report("altered", { ac, difference: occ.heading.difference ?? "" }, { ac, paragraph: occ.heading.paragraph.index });
      }
    }
  },
});

import { defineRule } from "../../model/rule";
import type { CheckContext } from "../context";

export const acDuplicate = defineRule({
  id: "ac-duplicate",
  severity: "warning",
  description: "Each assessment criterion has one side-heading, so its whole answer is in one place.",
  fix: "Merge the two answers under the first side-heading and delete this one, so the assessor finds the whole answer in one place.",
  messages: {
    second: "AC {{ac}} has a second side-heading here.",
  },
  check(ctx: CheckContext, report) {
    for (const [ac, list] of ctx.occurrences) {
      const first = list[0]!.heading.paragraph.index;
      for (const occ of list.slice(1)) {
        report("second", { ac }, {
          ac,
          paragraph: occ.heading.paragraph.index,
          related: { paragraph: first, label: `the first side-heading for AC ${ac}` },
        });
      }
    }
  },
});

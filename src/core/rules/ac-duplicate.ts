import { defineRule } from "../../model/rule";
import type { CheckContext } from "../context";

export const acDuplicate = defineRule({
  id: "ac-duplicate",
  severity: "warning",
  description: "Each assessment criterion has one side-heading, so its whole answer is in one place.",
  fix: "Keep one side-heading for this AC and merge the two answers under it.",
  messages: {
    second: "AC {{ac}} has a second side-heading here; keep its answer under one side-heading so the assessor finds it in one place.",
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

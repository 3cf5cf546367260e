import { defineRule } from "../../model/rule";
import type { CheckContext } from "../context";

export const acEmpty = defineRule({
  id: "ac-empty",
  severity: "error",
  description: "Every side-heading has an answer under it.",
  fix: "Write your answer in the space below it.",
  messages: { empty: "AC {{ac}} has a side-heading but no answer under it yet." },
  check(ctx: CheckContext, report) {
    for (const [ac, list] of ctx.occurrences) {
      if (ctx.wordsByAc.get(ac) === 0) report("empty", { ac }, { ac, paragraph: list[0]!.heading.paragraph.index });
    }
  },
});

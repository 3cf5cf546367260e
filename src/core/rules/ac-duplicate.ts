import type { Problem } from "../report";
import type { Rule } from "./types";

export const acDuplicate: Rule = {
  id: "ac-duplicate",
  description: "Each assessment criterion has one side-heading, so its whole answer is in one place.",
  check(ctx) {
    const problems: Problem[] = [];
    for (const [ac, list] of ctx.occurrences) {
      for (const occ of list.slice(1)) {
        problems.push({
          code: "ac-duplicate",
          severity: "warning",
          ac,
          message: `AC ${ac} has a second side-heading here; keep its answer under one side-heading so the assessor finds it in one place.`,
          paragraph: occ.heading.paragraph.index,
        });
      }
    }
    return problems;
  },
};

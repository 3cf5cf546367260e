import type { Rule } from "./types";

export const acEmpty: Rule = {
  id: "ac-empty",
  description: "Every side-heading has an answer under it.",
  check(ctx) {
    return [...ctx.occurrences].flatMap(([ac, list]) =>
      ctx.wordsByAc.get(ac) === 0
        ? [
            {
              code: "ac-empty" as const,
              severity: "error" as const,
              ac,
              message: `AC ${ac} has a side-heading but no answer under it yet.`,
              paragraph: list[0]!.heading.paragraph.index,
            },
          ]
        : [],
    );
  },
};

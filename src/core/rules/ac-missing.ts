import type { CheckContext } from "../context";
import type { Problem } from "../report";
import type { Rule } from "./types";
import { shortWording } from "./text";

/** The nearest AC in unit order, after (step 1) or before (step -1) criterion k, that the draft has. */
function nearestPresent(ctx: CheckContext, k: number, step: 1 | -1): { ac: string; paragraph: number } | undefined {
  const criteria = ctx.unit!.criteria;
  for (let j = k + step; j >= 0 && j < criteria.length; j += step) {
    const occ = ctx.occurrences.get(criteria[j]!.id);
    if (occ) return { ac: criteria[j]!.id, paragraph: occ[0]!.heading.paragraph.index };
  }
  return undefined;
}

export const acMissing: Rule = {
  id: "ac-missing",
  description: "Every assessment criterion of the unit has a side-heading in the draft.",
  check(ctx) {
    if (!ctx.unit) return [];
    const problems: Problem[] = [];
    ctx.unit.criteria.forEach((c, k) => {
      if (ctx.occurrences.has(c.id)) return;
      // Point at where the section belongs: the next AC's side-heading the draft has.
      const next = nearestPresent(ctx, k, 1);
      const previous = next ? undefined : nearestPresent(ctx, k, -1);
      const where = next ? `before AC ${next.ac}` : previous ? `after AC ${previous.ac}` : "with your answer under it";
      problems.push({
        code: "ac-missing",
        severity: "error",
        ac: c.id,
        message: `There is no side-heading for AC ${c.id} (“${shortWording(c.wording)}”); add it ${where} so the assessor can find your answer.`,
        ...(next ? { paragraph: next.paragraph } : {}),
      });
    });
    return problems;
  },
};

import { defineRule } from "../../model/rule";
import type { CheckContext } from "../context";
import { shortWording } from "./utils/short-wording";

/** The nearest AC in unit order, after (step 1) or before (step -1) criterion k, that the draft has. */
function nearestPresent(ctx: CheckContext, k: number, step: 1 | -1): { ac: string; paragraph: number } | undefined {
  const criteria = ctx.unit!.criteria;
  for (let j = k + step; j >= 0 && j < criteria.length; j += step) {
    const occ = ctx.occurrences.get(criteria[j]!.id);
    if (occ) return { ac: criteria[j]!.id, paragraph: occ[0]!.heading.paragraph.index };
  }
  return undefined;
}

export const acMissing = defineRule({
  id: "ac-missing",
  severity: "error",
  description: "Every assessment criterion of the unit has a side-heading in the draft.",
  fix: {
    before: "Press Insert missing sections to put it back before AC {{next}}, then write your answer under it.",
    after: "Press Insert missing sections to put it back after AC {{previous}}, then write your answer under it.",
    alone: "Press Insert missing sections to put it back, then write your answer under it.",
  },
  action: "insert-missing",
  messages: {
    before: "AC {{ac}} (“{{wording}}”) has no side-heading in your draft.",
    after: "AC {{ac}} (“{{wording}}”) has no side-heading in your draft.",
    alone: "AC {{ac}} (“{{wording}}”) has no side-heading in your draft.",
  },
  check(ctx: CheckContext, report) {
    if (!ctx.unit) return;
    ctx.unit.criteria.forEach((c, k) => {
      if (ctx.occurrences.has(c.id)) return;
      const wording = shortWording(c.wording);
      // Point at where the section belongs: the next AC's side-heading the draft has.
      const next = nearestPresent(ctx, k, 1);
      if (next) return report("before", { ac: c.id, wording, next: next.ac }, { ac: c.id, paragraph: next.paragraph });
      const previous = nearestPresent(ctx, k, -1);
      if (previous) return report("after", { ac: c.id, wording, previous: previous.ac }, { ac: c.id });
      report("alone", { ac: c.id, wording }, { ac: c.id });
    });
  },
});

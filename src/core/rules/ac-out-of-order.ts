import { defineRule } from "../../model/rule";
import { longestOrderedRun } from "../../shared/longest-run";
import type { CheckContext } from "../context";

export const acOutOfOrder = defineRule({
  id: "ac-out-of-order",
  severity: "warning",
  description: "Sections follow the unit's order of assessment criteria (the fewest sections that explain any disorder are reported).",
  fix: {
    between: "Move its side-heading and answer to between AC {{after}} and AC {{before}}, the mark sheet's order.",
    after: "Move its side-heading and answer to just after AC {{after}}, the mark sheet's order.",
    before: "Move its side-heading and answer to just before AC {{before}}, the mark sheet's order.",
  },
  messages: {
    between: "The section for AC {{ac}} is out of the unit's order.",
    after: "The section for AC {{ac}} is out of the unit's order.",
    before: "The section for AC {{ac}} is out of the unit's order.",
  },
  check(ctx: CheckContext, report) {
    if (!ctx.unit) return;
    const order = new Map(ctx.unit.criteria.map((c, k) => [c.id, k]));
    // First side-heading of each AC, in document order (context.ts fills occurrences as it meets
    // the side-headings); repeats are ac-duplicate's business.
    const firsts = [...ctx.occurrences.values()].map((l) => l[0]!);
    // Each AC once, so the ranks are distinct: "<" and "<=" find the same run, and below ">" and ">="
    // pick the same section (equivalent mutants, issue 14).
    const seq = firsts.map((o) => order.get(o.ac)!);
    const keep = longestOrderedRun(seq, (a, b) => a < b);
    // The sections kept in place, in document order, so in rising rank.
    const kept = [...keep].sort((a, b) => a - b);
    firsts.forEach((occ, i) => {
      if (keep.has(i)) return;
      const rank = seq[i]!;
      // Its place in the unit's order: after the last kept section ranked below it, before the first ranked above.
      const next = kept.findIndex((j) => seq[j]! > rank);
      const afterAt = next === -1 ? kept[kept.length - 1] : kept[next - 1];
      const beforeAt = kept[next]; // none ranked above: kept[-1], undefined
      const after = afterAt === undefined ? undefined : firsts[afterAt]!.ac;
      const before = beforeAt === undefined ? undefined : firsts[beforeAt]!.ac;
      const place = { ac: occ.ac, paragraph: occ.heading.paragraph.index };
      if (after && before) report("between", { ac: occ.ac, after, before }, place);
      else if (after) report("after", { ac: occ.ac, after }, place);
      else report("before", { ac: occ.ac, before: before! }, place);
    });
  },
});

import type { ReferencingRule } from "../../harvard/context";
import { referenceKey, referenceLabel } from "../../harvard/describe";
import { nameKey } from "../../harvard/text";
import type { Problem } from "../report";

/** The same work listed twice in one list (same names, year and title). */
export const referenceDuplicate: ReferencingRule = {
  id: "reference-duplicate",
  description: "No work is listed twice in the same list.",
  check(ctx) {
    const problems: Problem[] = [];
    const seen = new Map<string, number>();
    ctx.references.forEach((r, i) => {
      if (!r.year || r.authors.length === 0) return;
      const key = [r.list, r.authors.map(nameKey).join(","), r.year.text, nameKey(r.title)].join("|");
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
        return;
      }
      problems.push({
        code: "reference-duplicate",
        severity: "info",
        message: `${referenceLabel(r)} is listed twice: delete one of the entries.`,
        paragraph: r.paragraph,
        reference: referenceKey(r),
      });
    });
    return problems;
  },
};

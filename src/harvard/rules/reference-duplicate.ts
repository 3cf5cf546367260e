import { defineRule } from "../../model/rule";
import type { ReferencingContext } from "../context";
import { referenceKey, referenceLabel } from "../describe";
import { nameKey } from "../text";

/** The same work listed twice in one list (same names, year and title). */
export const referenceDuplicate = defineRule({
  id: "reference-duplicate",
  severity: "info",
  description: "No work is listed twice in the same list.",
  fix: "Delete this copy; the first one stays.",
  messages: { twice: "{{reference}} is listed twice." },
  check(ctx: ReferencingContext, report) {
    const seen = new Map<string, number>();
    ctx.references.forEach((r, i) => {
      if (!r.year || r.authors.length === 0) return;
      const key = [r.list, r.authors.map(nameKey).join(","), r.year.text, nameKey(r.title)].join("|");
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
        return;
      }
      const label = referenceLabel(r);
      report("twice", { reference: label }, {
        paragraph: r.paragraph,
        reference: referenceKey(r),
        related: { paragraph: ctx.references[first]!.paragraph, label: `the first entry for ${label}` },
      });
    });
  },
});

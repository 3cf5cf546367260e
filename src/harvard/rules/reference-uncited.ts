import { defineRule } from "../../model/rule";
import type { ReferencingContext } from "../context";
import { excerpt, referenceKey, referenceLabel } from "../describe";

/** Entries under References that nothing in the text cites. The Bibliography may hold works read but not cited. */
export const referenceUncited = defineRule({
  id: "reference-uncited",
  severity: "warning",
  description: "Every entry in the reference list is cited somewhere in the text (the Bibliography is exempt).",
  fix: "Cite it where you draw on it, or move it to a Bibliography if you read it without citing it.",
  messages: {
    uncited: 'Nothing in your answers cites {{reference}} ("{{excerpt}}").',
  },
  check(ctx: ReferencingContext, report) {
    ctx.references.forEach((r, i) => {
      if (r.list !== "references" || ctx.cited[i] || !r.year || r.authors.length === 0) return;
      report("uncited", { reference: referenceLabel(r), excerpt: excerpt(r.text, 70) }, { paragraph: r.paragraph, reference: referenceKey(r) });
    });
  },
});

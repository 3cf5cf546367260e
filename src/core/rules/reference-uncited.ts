import type { ReferencingRule } from "../../harvard/context";
import { excerpt, referenceKey, referenceLabel } from "../../harvard/describe";
import type { Problem } from "../report";

/** Entries under References that nothing in the text cites. The Bibliography may hold works read but not cited. */
export const referenceUncited: ReferencingRule = {
  id: "reference-uncited",
  description: "Every entry in the reference list is cited somewhere in the text (the Bibliography is exempt).",
  check(ctx) {
    const problems: Problem[] = [];
    ctx.references.forEach((r, i) => {
      if (r.list !== "references" || ctx.cited[i] || !r.year || r.authors.length === 0) return;
      problems.push({
        code: "reference-uncited",
        severity: "warning",
        message:
          `Nothing in your answers cites ${referenceLabel(r)}: "${excerpt(r.text, 70)}". ` +
          "Cite it where you use it, or move it to a Bibliography if you read it without citing it.",
        paragraph: r.paragraph,
        reference: referenceKey(r),
      });
    });
    return problems;
  },
};

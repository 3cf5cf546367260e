import type { ReferencingRule } from "../../harvard/context";
import { referenceKey, referenceLabel } from "../../harvard/describe";
import type { Problem } from "../report";

/** Cite Them Right form slips in one entry, as one note. Variants such as Word's Anglia style are tolerated, not errors. */
export const referenceStyle: ReferencingRule = {
  id: "reference-style",
  description:
    "Reference-list entries follow Cite Them Right: Surname, Initials. (Year) Title., with DOIs and editors' names in the chosen edition's form (the 12th unless the 11th is chosen).",
  check(ctx) {
    const problems: Problem[] = [];
    for (const r of ctx.references) {
      if (r.styleNotes.length === 0 || !r.year || r.authors.length === 0) continue;
      const notes = r.styleNotes.map((n, i) => (i === 0 ? n[0].toUpperCase() + n.slice(1) : n));
      problems.push({
        code: "reference-style",
        severity: "info",
        message: `${referenceLabel(r)}: ${notes.join("; ")}.`,
        paragraph: r.paragraph,
        reference: referenceKey(r),
      });
    }
    return problems;
  },
};

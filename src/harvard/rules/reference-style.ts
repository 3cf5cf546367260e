import { defineRule } from "../../model/rule";
import type { ReferencingContext } from "../context";
import { referenceKey, referenceLabel } from "../describe";

/** Cite Them Right form slips in one entry, as one note. Variants such as Word's Anglia style are tolerated, not errors. */
export const referenceStyle = defineRule({
  id: "reference-style",
  severity: "info",
  description: "Reference-list entries follow Cite Them Right: Surname, Initials. (Year) Title.",
  fix: "Set it out as Cite Them Right does. {{notes}}. Update reference list can do it for you.",
  action: "update-references",
  messages: { notes: "{{reference}} is not set out in Cite Them Right form." },
  check(ctx: ReferencingContext, report) {
    for (const r of ctx.references) {
      if (r.styleNotes.length === 0 || !r.year || r.authors.length === 0) continue;
      const notes = r.styleNotes.map((n, i) => (i === 0 ? n[0]!.toUpperCase() + n.slice(1) : n));
      report("notes", { reference: referenceLabel(r), notes: notes.join("; ") }, { paragraph: r.paragraph, reference: referenceKey(r) });
    }
  },
});

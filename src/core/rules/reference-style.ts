import type { ReferencingRule } from "../../harvard/context";
import { referenceKey, referenceLabel } from "../../harvard/describe";
import type { ParsedReference } from "../../harvard/types";
import type { Problem } from "../report";

/** The note every entry of a list in Word's "Harvard - Anglia" style (Starr, J., 2016.) carries. */
const YEAR_NOT_BRACKETED = "put the year in round brackets after the names";
/** A slip shared by this many entries, and by most of its list, is the list's style: said once. */
const LIST_STYLE_MIN = 3;
const LIST_STYLE_SHARE = 0.8;

const isYearNote = (n: string) => n.startsWith(YEAR_NOT_BRACKETED);

/**
 * Cite Them Right form slips in one entry, as one note. Variants such as Word's Anglia style are
 * tolerated, not errors; when a whole list is in such a style (the year without brackets in most
 * of its entries, as Word's Bibliography writes it), that is said once for the list.
 */
export const referenceStyle: ReferencingRule = {
  id: "reference-style",
  description: "Reference-list entries follow Cite Them Right: Surname, Initials. (Year) Title.",
  check(ctx) {
    const problems: Problem[] = [];
    const listStyled = new Set<ParsedReference["list"]>();
    for (const list of ["references", "bibliography"] as const) {
      const dated = ctx.references.filter((r) => r.list === list && r.year && r.authors.length > 0);
      const unbracketed = dated.filter((r) => r.styleNotes.some(isYearNote));
      if (unbracketed.length >= LIST_STYLE_MIN && unbracketed.length >= dated.length * LIST_STYLE_SHARE) {
        listStyled.add(list);
        const first = unbracketed[0]!;
        problems.push({
          code: "reference-style",
          severity: "info",
          message: `Your ${list === "references" ? "reference list" : "bibliography"} gives the year without brackets in ${unbracketed.length} entries (as Word's Harvard - Anglia style does): Cite Them Right puts it in round brackets after the names, for example ${referenceLabel(first)}.`,
          paragraph: first.paragraph,
          reference: referenceKey(first),
        });
      }
    }
    for (const r of ctx.references) {
      if (r.styleNotes.length === 0 || !r.year || r.authors.length === 0) continue;
      const own = listStyled.has(r.list) ? r.styleNotes.filter((n) => !isYearNote(n)) : r.styleNotes;
      if (own.length === 0) continue;
      const notes = own.map((n, i) => (i === 0 ? n[0]!.toUpperCase() + n.slice(1) : n));
      problems.push({
        code: "reference-style",
        severity: "info",
        message: `${referenceLabel(r)}: ${notes.join("; ")}.`,
        paragraph: r.paragraph,
        reference: referenceKey(r),
      });
    }
    return problems.sort((a, b) => (a.paragraph ?? 0) - (b.paragraph ?? 0));
  },
};

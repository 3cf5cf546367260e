import { defineRule, type MessageData, type ProblemPlace } from "../../model/rule";
import type { ReferencingContext } from "../context";
import { houseName } from "../house-style";
import { referenceKey, referenceLabel } from "../describe";
import type { ParsedReference } from "../types";

/** The note every entry of a list in Word's "Harvard - Anglia" style (Starr, J., 2016.) carries. */
const YEAR_NOT_BRACKETED = "put the year in round brackets after the names";
/** A slip shared by this many entries, and by most of its list, is the list's style: said once. */
const LIST_STYLE_MIN = 3;
const LIST_STYLE_SHARE = 0.8;

const isYearNote = (n: string) => n.startsWith(YEAR_NOT_BRACKETED);

/** "Cite Them Right" and "Cite Them Right form", or the centre's own style in both. */
function houseWords(ctx: ReferencingContext): { house: string; form: string } {
  const house = houseName(ctx.harvard);
  return { house, form: house === "Cite Them Right" ? "Cite Them Right form" : house };
}

/**
 * Cite Them Right form slips in one entry, as one note. Variants such as Word's Anglia style are
 * tolerated, not errors; when a whole list is in such a style (the year without brackets in most
 * of its entries, as Word's Bibliography writes it), that is said once for the list.
 */
export const referenceStyle = defineRule({
  id: "reference-style",
  severity: "info",
  description:
    "Reference-list entries follow Cite Them Right: Surname, Initials. (Year) Title., with DOIs and editors' names in the chosen edition's form (the 12th unless the 11th is chosen).",
  fix: {
    notes: "Set it out as {{house}} does. {{notes}}. Update reference list can do it for you.",
    listStyle:
      "Cite Them Right puts the year in round brackets after the names, for example {{example}}: Update reference list can set out the whole list that way.",
  },
  action: "update-references",
  messages: {
    notes: "{{reference}} is not set out in {{form}}.",
    listStyle: "Your {{list}} gives the year without brackets in {{count}} entries, as Word's Harvard - Anglia style does.",
  },
  check(ctx: ReferencingContext, report) {
    // Said in document order: the list's own note at its first entry, then each entry's.
    const found: Array<[messageId: "notes" | "listStyle", data: MessageData, place: ProblemPlace & { paragraph: number }]> = [];
    const listStyled = new Set<ParsedReference["list"]>();
    for (const list of ["references", "bibliography"] as const) {
      const dated = ctx.references.filter((r) => r.list === list && r.year && r.authors.length > 0);
      const unbracketed = dated.filter((r) => r.styleNotes.some(isYearNote));
      if (unbracketed.length >= LIST_STYLE_MIN && unbracketed.length >= dated.length * LIST_STYLE_SHARE) {
        listStyled.add(list);
        const first = unbracketed[0]!;
        found.push([
          "listStyle",
          { list: list === "references" ? "reference list" : "bibliography", count: unbracketed.length, example: referenceLabel(first) },
          { paragraph: first.paragraph, reference: referenceKey(first) },
        ]);
      }
    }
    for (const r of ctx.references) {
      // Equivalent mutants (issue 14): style notes are read only from a line with a year, and an entry
      // without notes is passed over below (`own.length === 0`), so the first two tests never decide alone.
      if (r.styleNotes.length === 0 || !r.year || r.authors.length === 0) continue;
      const own = listStyled.has(r.list) ? r.styleNotes.filter((n) => !isYearNote(n)) : r.styleNotes;
      if (own.length === 0) continue;
      const notes = own.map((n, i) => (i === 0 ? n[0]!.toUpperCase() + n.slice(1) : n));
      // A centre on another house Harvard is not told its own list is out of Cite Them Right form.
      found.push(["notes", { reference: referenceLabel(r), notes: notes.join("; "), ...houseWords(ctx) }, { paragraph: r.paragraph, reference: referenceKey(r) }]);
    }
    found.sort((a, b) => a[2].paragraph - b[2].paragraph);
    for (const [messageId, data, place] of found) report(messageId, data, place);
  },
});

import { editionName, type CtrEdition } from "./edition";

/**
 * The two forms in a typed reference that differ between Cite Them Right's 11th and 12th
 * editions (as their CSL styles print them): a DOI, "doi:10.…" in the 11th and
 * "Available at: https://doi.org/10.…" in the 12th, and the editors of a book a chapter is
 * in, "in Passmore, J. (ed.)" in the 11th and "in J. Passmore (ed.)" in the 12th. Either
 * form in a list that follows the other edition is a style note, never an error.
 */

/** "doi:10.1111/x", "DOI: 10.1111/x", "doi 10.1111/x": the 11th edition's form. */
const DOI_PREFIXED = /\bdoi\s*(?::\s*)?(10\.\d{4,9}\/[^\s<>]+?)(?=[.,;)\]]?(?:\s|$))/i;
/** "https://doi.org/10.1111/x" (or dx.doi.org), with or without "Available at:" before it. */
const DOI_LINK = /(available\s+(?:at|from)\s*(?::\s*)?)?<?(?:https?:\/\/)?(?:dx\.)?doi\.org\/(10\.\d{4,9}\/[^\s<>]+?)>?(?=[.,;)\]]?(?:\s|$))/i;

/** The editors between the last "in" and "(ed.)"/"(eds)" in a chapter's entry (a chapter title may hold an "in" of its own). */
const EDITORS = /\b[Ii]n:?\s+((?:(?!\b[Ii]n:?\s)[^()]){2,200}?)\((?:eds?|Eds?|editors?)\.?\)/;
const SURNAME_FIRST = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,\s*(?:\p{Lu}\.\s?-?)+/u;
const INITIALS_FIRST = /^(?:\p{Lu}\.\s?-?)+\s*(?:(?:van|von|de|der|du|da|di|le|la)\s+)?\p{Lu}[\p{L}'’-]+/u;

/** Style notes for one reference's text after its year; sentences without a final full stop. */
export function editionStyleNotes(afterYear: string, edition: CtrEdition): string[] {
  const notes: string[] = [];
  const name = editionName(edition);
  const prefixed = DOI_PREFIXED.exec(afterYear);
  const link = DOI_LINK.exec(afterYear);
  if (edition === "12th") {
    if (prefixed && !link) notes.push(`${name} gives a DOI as a link: Available at: https://doi.org/${prefixed[1]}`);
    else if (link && !link[1]) notes.push(`${name} puts "Available at:" before a DOI link`);
  } else if (link && !prefixed) {
    notes.push(`${name} gives a DOI as doi:${link[2]}`);
  }
  const eds = EDITORS.exec(afterYear);
  if (eds) {
    const names = eds[1].trim();
    if (edition === "12th" && SURNAME_FIRST.test(names)) {
      notes.push(`${name} writes editors' initials before their surnames, as in "in J. Passmore (ed.)"`);
    } else if (edition === "11th" && INITIALS_FIRST.test(names)) {
      notes.push(`${name} writes editors' surnames first, as in "in Passmore, J. (ed.)"`);
    }
  }
  return notes;
}

/**
 * The house Harvard a draft is checked against. Cite Them Right is the default; a centre on
 * another Harvard sets what differs (its centre template's `harvard` settings), so the style
 * notes follow the centre's rules instead of calling them mistakes.
 *
 * The parsers stay neutral about these choices: they record what the learner wrote (an "&",
 * "n.d.", the page form) and the rules decide here whether it is a slip in this house style.
 */
import { DEFAULT_EDITION, type CtrEdition } from "./edition";
import type { CitationStyleSlip, ParsedCitation } from "./types";

/** How a page is given after the year: "(Covey, 1989, p. 42)", "(Covey, 1989, p.42)", "(Covey, 1989: 42)". */
export const PAGE_LOCATOR_FORMS = ["p. 42", "p.42", ": 42"] as const;
export type PageLocatorForm = (typeof PAGE_LOCATOR_FORMS)[number];

export const NO_DATE_FORMS = ["no date", "n.d."] as const;
export type NoDateForm = (typeof NO_DATE_FORMS)[number];

export interface HarvardSettings {
  /** From how many authors a citation gives the first name and "et al." (Cite Them Right: 4). */
  etAlFrom: number;
  /** "&" between authors inside brackets, "and" in running text (Cite Them Right: "and" everywhere). */
  ampersandInBrackets: boolean;
  /** How a work without a date is cited and listed (Cite Them Right: "no date"). */
  noDate: NoDateForm;
  /** How a page is given (Cite Them Right: "p. 42"). */
  pageLocator: PageLocatorForm;
  /**
   * The Cite Them Right edition the reference list is formatted in and its style notes follow
   * (src/harvard/edition.ts): the one edition setting, whoever gives it (a centre template,
   * `analyse()`'s `edition`, `ilm-check --edition`).
   */
  edition: CtrEdition;
}

export const CITE_THEM_RIGHT: Readonly<HarvardSettings> = Object.freeze({
  etAlFrom: 4,
  ampersandInBrackets: false,
  noDate: "no date",
  pageLocator: "p. 42",
  edition: DEFAULT_EDITION,
});

/** The settings with Cite Them Right filling whatever is not given. */
export function harvardSettings(given: Partial<HarvardSettings> | undefined): HarvardSettings {
  return { ...CITE_THEM_RIGHT, ...(given ?? {}) };
}

/** True when the in-text and list rules are Cite Them Right's (the edition aside). */
export function isCiteThemRight(s: HarvardSettings): boolean {
  return s.etAlFrom === CITE_THEM_RIGHT.etAlFrom && s.ampersandInBrackets === CITE_THEM_RIGHT.ampersandInBrackets && s.noDate === CITE_THEM_RIGHT.noDate && s.pageLocator === CITE_THEM_RIGHT.pageLocator;
}

/** Who the notes say the rule comes from. */
export function houseName(s: HarvardSettings): string {
  return isCiteThemRight(s) ? "Cite Them Right" : "your centre's Harvard style";
}

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** "four" for 4: the rules' messages write small counts in words. */
export function countWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/** One note per slip, in the citation's own order, worded for this house style. */
export function citationSlipTexts(c: ParsedCitation, s: HarvardSettings): string[] {
  const house = houseName(s);
  const out: string[] = [];
  let dateDone = false;
  let locatorDone = false;
  const dateNote = () => {
    dateDone = true;
    const year = c.year.text;
    if (year !== "n.d." && year !== "undated" && year !== "no date") return;
    if (year === s.noDate) return;
    out.push(s.noDate === "no date" ? SLIP_TEXT["no-date-abbreviation"] : `${house} writes "${s.noDate}" rather than "${year}"`);
  };
  const locatorNote = () => {
    locatorDone = true;
    // The parser judges Cite Them Right's form itself; other forms are judged from the locator as written.
    const slip = s.pageLocator === "p. 42" ? c.slips.includes("locator-format") : c.locatorWritten !== undefined && pageLocatorSlip(c.locatorWritten, s.pageLocator);
    if (slip) out.push(s.pageLocator === "p. 42" ? SLIP_TEXT["locator-format"] : `write page numbers as "${s.pageLocator}", as ${house} does`);
  };
  for (const slip of c.slips) {
    if (slip === "ampersand") {
      if (!s.ampersandInBrackets) out.push(SLIP_TEXT.ampersand);
      else if (c.narrative) out.push('write "and" between authors in your own sentence; "&" belongs inside brackets');
    } else if (slip === "no-date-abbreviation") dateNote();
    else if (slip === "locator-format") locatorNote();
    else out.push(SLIP_TEXT[slip]);
  }
  if (!dateDone) dateNote();
  if (!locatorDone) locatorNote();
  // "and" inside brackets is a slip only where the house wants "&" there.
  if (s.ampersandInBrackets && !c.narrative && c.joinedWithAnd) out.push(`${house} writes "&" between authors inside brackets`);
  return out;
}

/**
 * Whether a locator as written (", p.4", ": 42", ", pp. 4-5") breaks the house form. A bare
 * number after a comma (", 42") is left alone in every form, as Cite Them Right's check always did.
 */
export function pageLocatorSlip(written: string, form: PageLocatorForm): boolean {
  const m = /^\s*([,:])?\s*(?:(pp?\.?|pages?|pgs?\.?|paras?\.?|paragraphs?|ch\.?|chapters?|sect?\.?|sections?|loc\.?)(\s*))?/i.exec(written)!;
  const sep = m[1];
  const label = m[2]?.toLowerCase();
  const space = (m[3] ?? "").length > 0;
  const page = label === "p." || label === "pp.";
  switch (form) {
    case "p. 42":
      if (sep === ":") return true;
      if (!label) return false;
      return !page || !space;
    case "p.42":
      if (sep === ":") return true;
      if (!label) return false;
      return !page || space;
    case ": 42":
      // "(Covey, 1989: 42)": a colon and the bare number; a page label or a comma is the slip.
      return label !== undefined || sep === ",";
  }
}

const SLIP_TEXT: Record<CitationStyleSlip, string> = {
  ampersand: 'write "and" between authors, not "&"',
  "missing-comma": "put a comma between the names and the year",
  "et-al-punctuation": 'write "et al." with a full stop (and no full stop after "et")',
  "no-date-abbreviation": 'Cite Them Right writes "no date" rather than "n.d."',
  "locator-format": 'write page numbers as "p. 42" or "pp. 42–45"',
  "square-brackets": "use round brackets",
  unbracketed: "put the citation in round brackets",
  "quotation-without-page": "give the page number of a direct quotation, e.g. (Covey, 1989, p. 42)",
};

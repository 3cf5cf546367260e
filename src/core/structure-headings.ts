/**
 * Headings that give a draft its structure without being ACs: reference
 * lists, appendices, and the Introduction / Conclusion / Task headings
 * learners often type as bold body text.
 */
import type { DocParagraph } from "../model/document";
import { countWords } from "./words";
import { trimEndWhere } from "../shared/text/trim";
import { isWordSpace } from "../shared/text/spaces";

/** A wholly bold paragraph this short can be a typed heading. */
export const SHORT_BOLD_MAX_WORDS = 60;

export function isShortBold(p: DocParagraph): boolean {
  return p.bold && p.headingLevel === 0 && p.text.trim() !== "" && countWords(p.text) <= SHORT_BOLD_MAX_WORDS;
}

/** . : ; , – — - */
const TITLE_TRAILING = [0x2e, 0x3a, 0x3b, 0x2c, 0x2013, 0x2014, 0x2d];

/** The last text folded: a heading is asked about as a reference list, an appendix and a structural title in turn. */
let lastTitle = "";
let lastFolded = "";

function foldTitle(text: string): string {
  if (text === lastTitle) return lastFolded;
  lastFolded = foldTitleUncached(text);
  lastTitle = text;
  return lastFolded;
}

function foldTitleUncached(text: string): string {
  const folded = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
  return trimEndWhere(folded, (c) => isWordSpace(c) || TITLE_TRAILING.includes(c));
}

const REFERENCE_TITLES = new Set([
  "references",
  "reference",
  "reference list",
  "list of references",
  "references list",
  "harvard references",
  "works cited",
]);
const BIBLIOGRAPHY_TITLES = new Set(["bibliography", "references and bibliography", "bibliography and references"]);

/**
 * Words learners put around the title that name the referencing system, not another list:
 * "Harvard Reference List", "References (Harvard)", "Reference list – Harvard style", "References used".
 */
const SYSTEM_BEFORE = /^harvard (?!references$)/;
const SYSTEM_AFTER = / ?(?:\((?:harvard|cite them right)[^)]*\)|[-\u2013\u2014:] ?(?:harvard|cite them right)\b.*| (?:used|cited))$/;

/** Longer than "Bibliography and references – Cite Them Right Harvard (12th edition)" with room to spare. */
const REFERENCE_TITLE_MAX_LENGTH = 100;

/** "references" / "bibliography" when the text names a reference list; else null. */
export function referenceListKind(text: string): "references" | "bibliography" | null {
  // Every body line after the first AC is asked (a plain "References" line heads the list), so the
  // answer's paragraphs are turned away before they are folded: no such title runs this long.
  if (text.length > REFERENCE_TITLE_MAX_LENGTH) return null;
  const folded = foldTitle(text);
  for (const t of [folded, folded.replace(SYSTEM_BEFORE, "").replace(SYSTEM_AFTER, "")]) {
    if (REFERENCE_TITLES.has(t)) return "references";
    if (BIBLIOGRAPHY_TITLES.has(t)) return "bibliography";
  }
  return null;
}

export function isAppendixTitle(text: string): boolean {
  return /^appendi(?:x|ces)\b/.test(foldTitle(text));
}

/** Headings that always close the section before them, whatever their level or form. */
const STRUCTURAL = /^(?:introduction|conclusions?|summary|executive summary|overview|background|recommendations?|(?:task|part|section|learning outcome|outcome|lo)\s?\d+)\b/;
const STRUCTURAL_MAX_WORDS = 12;

export function isStructuralTitle(text: string): boolean {
  return countWords(text) <= STRUCTURAL_MAX_WORDS && STRUCTURAL.test(foldTitle(text));
}

/**
 * Folding for comparing AC headings with the catalogue's wording.
 *
 * A learner's heading counts as the AC wording when both fold to the same string. Folding hides
 * differences Word introduces or that do not change the words; it never hides a changed word.
 *
 * foldWording(s), in this order:
 *   1. Unicode NFC (a composed "ö" equals "o" + combining diaeresis).
 *   2. Invisible characters removed: zero-width space/joiners (U+200B–U+200D), word joiner (U+2060),
 *      BOM (U+FEFF), soft hyphen (U+00AD).
 *   3. Quotes: ‘ ’ ‚ ‛ ′ ` -> '   and   “ ” „ ‟ ″ -> "   (Word's smart quotes).
 *   4. Dashes: hyphen/non-breaking hyphen/figure dash/en dash/em dash/horizontal bar (U+2010–U+2015)
 *      and minus sign (U+2212) -> "-". Spaces around a dash are kept as they are (then folded by 5).
 *   5. White space: every run of white space (space, tab, line break, non-breaking and narrow
 *      spaces) -> one space; leading and trailing white space removed.
 *   6. Case: lower case (locale-independent).
 *   7. A leading "AC" prefix: the word "AC" followed by white space, a digit, ":", "." or "-"
 *      ("AC 1.1", "AC1.1:", "AC: ...") loses "AC" and any ":", "." or "-" and white space after it.
 *      The AC number itself is kept: use splitAcHeading() to take it off.
 *      "Accurate ..." is untouched (the "AC" must stand alone).
 *   8. Trailing punctuation: any run of . , ; : ! ? … (and white space between them) at the end.
 * Nothing else changes: hyphens inside words ("non-judgemental" vs "nonjudgemental"), spelling
 * ("focussing"), "and/or" and brackets all still count.
 */

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032`]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const AC_PREFIX = /^ac(?=[\s\d:.-]|$)[\s:.-]*/;
// Scanned from the end by hand: /[...]+$/ backtracks quadratically on long runs of these characters
// that are not at the end (e.g. ". . . . x"), and headings are learner input.
const TRAILING = new Set([" ", ".", ",", ";", ":", "!", "?", "\u2026"]);

function stripTrailingPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && TRAILING.has(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}

export function foldWording(s: string): string {
  const folded = s
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()
    .replace(AC_PREFIX, "");
  return stripTrailingPunctuation(folded);
}

/** An AC number at the start of a heading, with an optional "AC" and separator after it. */
const AC_NUMBER = /^\s*(?:AC\s*)?(\d{1,2})\.(\d{1,2})\.?(?:\s*[:\-\u2013\u2014.)]\s*|\s+|$)/i;

/**
 * Splits "AC1.1: Define ...", "1.1. Define ...", "1.1 Define ..." into the AC id ("1.1") and the
 * rest of the heading. `id` is null when the text does not start with an AC number.
 */
export function splitAcHeading(text: string): { id: string | null; rest: string } {
  const clean = text.replace(INVISIBLE, "");
  const m = AC_NUMBER.exec(clean);
  if (!m) return { id: null, rest: clean.trim() };
  return { id: `${Number(m[1])}.${Number(m[2])}`, rest: clean.slice(m[0].length).trim() };
}

/**
 * The folds: each maps text to a key for one kind of comparison, and its name says which.
 */

/**
 * Folding for comparing AC headings with the catalogue's wording.
 *
 * A learner's heading counts as the AC wording when both fold to the same string. Folding hides
 * differences Word introduces or that do not change the words; it never hides a changed word.
 *
 * foldForWordingMatch(s), in this order:
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
 *      The AC number itself is kept: src/core/ac-number.ts takes it off.
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

export function foldForWordingMatch(s: string): string {
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

const SPECIAL_FOLD: Record<string, string> = {
  "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae", "Æ": "ae",
  "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d",
};

const foldCache = new Map<string, string>();

/**
 * For comparing names: lower case, diacritics removed, a few letters spelt out
 * ("Schön" -> "schon", "Özüak" -> "ozuak", "Ørsted" -> "orsted"). Cached: names recur.
 */
export function foldForNameMatch(s: string): string {
  const hit = foldCache.get(s);
  if (hit !== undefined) return hit;
  const r = foldUncached(s);
  if (foldCache.size > 50000) foldCache.clear();
  foldCache.set(s, r);
  return r;
}

function foldUncached(s: string): string {
  // plain ASCII needs only lower-casing
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  const d = s.normalize("NFKD");
  let out = "";
  for (const ch of d) {
    const code = ch.charCodeAt(0);
    if (code >= 0x0300 && code <= 0x036f) continue;
    out += SPECIAL_FOLD[ch] ?? ch;
  }
  return out.toLowerCase();
}

/** Runs of white space as one space, trimmed: for comparing paragraphs the add-in wrote with what is there now. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Word counting by the project's rule: a word is a run of non-space
 * characters with at least one letter or digit. "—", "&" and "•" on their
 * own are not words; "3rd", "don't", "(Starr," and "e-learning" are one word.
 *
 * Written as a single character scan (no regex over the whole text) so that
 * counting stays linear and cheap on 200,000-word drafts.
 */
import { isWordSpace } from "../shared/text/spaces";

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** 0 = not yet known, 1 = letter/digit, 2 = other; filled lazily for the BMP. */
const bmpCache = new Uint8Array(0x10000);

function isLetterOrDigitCode(code: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  if (code <= 0xffff) {
    let known = bmpCache[code];
    if (known === 0) {
      known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
      bmpCache[code] = known;
    }
    return known === 1;
  }
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/** Number of words in a piece of text. */
export function countWords(text: string): number {
  let words = 0;
  let inToken = false;
  let tokenHasLetter = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (isWordSpace(code)) {
      if (inToken && tokenHasLetter) words++;
      inToken = false;
      tokenHasLetter = false;
    } else {
      inToken = true;
      if (!tokenHasLetter && isLetterOrDigitCode(code)) tokenHasLetter = true;
    }
  }
  if (inToken && tokenHasLetter) words++;
  return words;
}

/**
 * The words of a text, by the same rule and the same spaces (for diagnostics and tests, not the
 * hot path). Split by isWordSpace, not \s: a regular expression's \s misses the zero-width space,
 * and the two counts disagreed on it.
 */
export function splitWords(text: string): string[] {
  const out: string[] = [];
  let token = "";
  const flush = () => {
    if (token !== "" && countWords(token) >= 1) out.push(token);
    token = "";
  };
  for (const ch of text) {
    if (isWordSpace(ch.codePointAt(0)!)) flush();
    else token += ch;
  }
  flush();
  return out;
}

/**
 * The two meanings of "white space" the checks need, kept apart on purpose.
 */

/**
 * White space that separates words in Word text: ASCII controls and space, tabs, line and
 * paragraph separators, no-break and narrow spaces, the U+2000–U+200B spaces (zero-width
 * space included: Word uses it as an optional break between words) and the BOM. Word
 * counting, trimming headings and trimming wordings all use this one.
 */
export function isWordSpace(code: number): boolean {
  if (code <= 32) return true;
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * White space exactly as a regular expression's \s (and String.prototype.trim) sees it, for
 * hand-written scanners that must agree with the patterns beside them. It differs from
 * isWordSpace: no U+200B, no U+0085 (next line), and no other controls below U+0020.
 */
export function isRegexSpace(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

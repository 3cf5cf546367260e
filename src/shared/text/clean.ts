/**
 * Word text as the checks want it: soft hyphens and zero-width characters gone,
 * manual line breaks, tabs and non-breaking spaces as plain spaces, curly
 * apostrophes straight. Length may shrink (only by characters dropped: every other change is one
 * character for one), so a caller that must show or find what the learner wrote maps a range of the
 * cleaned text back with `originalText`.
 */
const NEEDS_CLEANING = /[\u00ad\u200b-\u200d\u2060\ufeff\n\r\t\v\f\u00a0\u2002-\u200a\u202f\u205f\u3000\u2018\u2019\u02bc\u2032`\u00b4\u2011]/;
const CLEAN_ONE = /[\u00ad\u200b-\u200d\u2060\ufeff\n\r\t\v\f\u00a0\u2002-\u200a\u202f\u205f\u3000\u2018\u2019\u02bc\u2032`\u00b4\u2011]/g;

function cleanChar(ch: string): string {
  switch (ch) {
    case "\u00ad": case "\u200b": case "\u200c": case "\u200d": case "\u2060": case "\ufeff":
      return "";
    case "\u2018": case "\u2019": case "\u02bc": case "\u2032": case "`": case "\u00b4":
      return "'";
    case "\u2011":
      return "-";
    default:
      return " ";
  }
}

export function plainTextForMatching(s: string): string {
  // one pass of a character class: linear, and most paragraphs need nothing
  return NEEDS_CLEANING.test(s) ? s.replace(CLEAN_ONE, cleanChar) : s;
}

/** Characters the cleaning drops; every other cleaned character stands for exactly one of the original. */
function isDropped(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/**
 * Maps ranges of `plainTextForMatching(raw)` back to `raw`, so that text read from the cleaned
 * copy can be shown, and found in the document, as the learner wrote it: with their curly
 * apostrophes, non-breaking spaces and any zero-width characters inside it.
 */
export function originalText(raw: string): (start: number, end: number) => string {
  // where each cleaned character came from; built once per paragraph, and only for one that was cleaned
  const from: number[] = [];
  for (let i = 0; i < raw.length; i++) if (!isDropped(raw.charCodeAt(i))) from.push(i);
  return (start, end) => (end <= start ? "" : raw.slice(from[start], from[end - 1] + 1));
}

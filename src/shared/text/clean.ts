/**
 * Word text as the checks want it: soft hyphens and zero-width characters gone,
 * manual line breaks, tabs and non-breaking spaces as plain spaces, curly
 * apostrophes straight. Length may shrink; callers never map offsets back.
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

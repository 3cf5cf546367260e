/**
 * Reading the AC number at the start of a side-heading: "1.1", "1.1.",
 * "AC 1.1", "AC1.1:", "AC 1.1 -", "Criterion 1.1:", "Question 1.1", "Q1.1";
 * or, failing that, at its end: "Define … (1.1)", "Define … – AC 1.1". The
 * number must stand alone ("1.1.2" and "1.15%" are not AC numbers).
 *
 * Every quantifier below is over a character class that cannot overlap its
 * neighbour, so matching is linear (no catastrophic backtracking).
 */
const AC_PREFIX =
  /^[\s\u00a0]*(?:(?:A\.?C\.?|Assessment[\s\u00a0]criteri(?:on|a)|Criteri(?:on|a)|Question|Q)[\s\u00a0]*)?(\d{1,2})\.(\d{1,2})(?![\d%])(?!\.\d)/i;
/**
 * The number after the wording, as some learners type it: "Define … (1.1)", "Define … [AC 1.1]",
 * "Define … – AC 1.1". Matched on the heading's last characters only, so it stays linear.
 */
const AC_SUFFIX = /(?:[([][\s\u00a0]*(?:A\.?C\.?[\s\u00a0]*)?(\d{1,2})\.(\d{1,2})[\s\u00a0]*[)\]]|[-:\u2013\u2014][\s\u00a0]*A\.?C\.?[\s\u00a0]*(\d{1,2})\.(\d{1,2}))[\s\u00a0.:]*$/i;
const SUFFIX_SPAN = 24;
/** Punctuation that may follow the number before the wording: "1.1.", "1.1:", "1.1 -", "1.1)". */
const AFTER_NUMBER = /^\.?[\s\u00a0]*(?:[:.)\-\u2013\u2014][\s\u00a0]*)?/;

export interface AcNumber {
  /** "1.1" (leading zeros dropped: "01.02" is "1.2"). */
  ac: string;
  /** The text after the number and its punctuation ("" when the heading is the number alone). */
  rest: string;
}

export function parseAcNumber(text: string): AcNumber | null {
  const m = AC_PREFIX.exec(text);
  if (!m) return parseTrailingAcNumber(text);
  let rest = text.slice(m[0].length);
  const after = AFTER_NUMBER.exec(rest);
  if (after) rest = rest.slice(after[0].length);
  return { ac: `${Number(m[1])}.${Number(m[2])}`, rest: rest.trim() };
}

/**
 * The AC number of a paragraph: typed at the start of its text, or else the number Word's list
 * numbering shows before it (`listNumber`, "1.1"), which is not part of the text.
 */
export function paragraphAcNumber(p: { text: string; listNumber?: string }): (AcNumber & { fromList: boolean }) | null {
  const typed = parseAcNumber(p.text);
  if (typed) return { ...typed, fromList: false };
  if (!p.listNumber) return null;
  const listed = parseAcNumber(`${p.listNumber} ${p.text}`);
  return listed ? { ...listed, fromList: true } : null;
}

/** "Define … (1.1)": the number in brackets (or after a dash, with "AC") at the end of the heading. */
function parseTrailingAcNumber(text: string): AcNumber | null {
  const start = Math.max(0, text.length - SUFFIX_SPAN);
  const m = AC_SUFFIX.exec(text.slice(start));
  if (!m) return null;
  const rest = text.slice(0, start + m.index).trim();
  // The number alone ("(1.1)") is not a heading with its number at the end.
  if (rest === "") return null;
  const major = m[1] ?? m[3]!;
  const minor = m[2] ?? m[4]!;
  return { ac: `${Number(major)}.${Number(minor)}`, rest };
}

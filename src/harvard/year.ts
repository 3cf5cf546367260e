import { isLetter } from "./text";
import type { YearToken } from "./types";

/** Years a reference can plausibly carry; outside this, a four-digit number is a quantity. */
const MIN_YEAR = 1500;
const MAX_YEAR = 2099;

export interface YearAt {
  year: YearToken;
  start: number;
  end: number;
}

// Local rather than imported: these run once per character, and a module-local call stays cheap under every loader.
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= "0" && ch <= "9";
const isAlnum = (ch: string | undefined) => isDigit(ch) || (ch !== undefined && ch > "@" && isLetter(ch));

/** Word forms of a missing or future date, longest first (matched case-insensitively, whole words). */
const WORD_FORMS: ReadonlyArray<[string, string]> = [
  ["no date", "nodate"],
  ["n. d.", "nodate"],
  ["n.d.", "nodate"],
  ["n.d", "nodate"],
  ["undated", "nodate"],
  ["nd", "nodate"],
  ["in press", "inpress"],
  ["forthcoming", "inpress"],
];

/**
 * Does s, from i, read `form` (lower case) when its A-Z are lower-cased? The same test as
 * s.slice(i, i + form.length).toLowerCase() === form (no other character lower-cases into
 * these letters), but with no copy made for each of the letters that can open a form.
 */
function startsWithLower(s: string, i: number, form: string): boolean {
  if (i + form.length > s.length) return false;
  for (let k = 0; k < form.length; k++) {
    let c = s.charCodeAt(i + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== form.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * The year token starting exactly at i, or null. Bounded work per call, so
 * scanning a text with it is linear.
 */
export function yearAt(s: string, i: number): YearAt | null {
  if (i > 0 && isAlnum(s[i - 1])) return null;
  const c = s[i];
  if (isDigit(c)) {
    if (!(isDigit(s[i + 1]) && isDigit(s[i + 2]) && isDigit(s[i + 3]))) return null;
    if (isDigit(s[i + 4])) return null;
    const n = (s.charCodeAt(i) - 48) * 1000 + (s.charCodeAt(i + 1) - 48) * 100 + (s.charCodeAt(i + 2) - 48) * 10 + (s.charCodeAt(i + 3) - 48);
    if (n < MIN_YEAR || n > MAX_YEAR) return null;
    let end = i + 4;
    let suffix = "";
    const nx = s[end];
    if (nx !== undefined && nx >= "a" && nx <= "z" && !isAlnum(s[end + 1])) {
      suffix = nx;
      end++;
    } else if (isAlnum(nx)) {
      return null;
    }
    // "2019/20", "1996.5", "2009-10" are quantities or spans, not citation years
    const after = s[end];
    if ((after === "/" || after === "." || after === "-" || after === "\u2013") && isDigit(s[end + 1])) return null;
    const base = s.slice(i, i + 4);
    return { year: { text: base + suffix, base, suffix }, start: i, end };
  }
  const lc = c?.toLowerCase();
  if (lc !== "n" && lc !== "u" && lc !== "i" && lc !== "f") return null;
  for (const [form, base] of WORD_FORMS) {
    if (!startsWithLower(s, i, form)) continue;
    const end = i + form.length;
    const got = s.slice(i, end);
    // "nd" and "n.d" must stand alone: "strand", "2nd", "n.dx" are not dates
    if (isAlnum(s[end])) continue;
    const text = base === "nodate" ? (form === "no date" ? "no date" : form === "undated" ? "undated" : "n.d.") : got.toLowerCase();
    return { year: { text, base, suffix: "" }, start: i, end };
  }
  return null;
}

/** First year token in s[from, to), or null. */
export function findYear(s: string, from: number, to: number = s.length): YearAt | null {
  for (let i = from; i < to; i++) {
    const k = s.charCodeAt(i) | 0x20; // ASCII letters folded to lower case; digits unchanged
    // digits, n, u, i, f: the first characters of a year or of "no date", "undated", "in press", "forthcoming"
    if ((k >= 0x30 && k <= 0x39) || k === 0x6e || k === 0x75 || k === 0x69 || k === 0x66) {
      const y = yearAt(s, i);
      if (y && y.end <= to) return y;
    }
  }
  return null;
}

/** Do two years name the same date? Suffixes are compared separately. */
export function sameBaseYear(a: YearToken, b: YearToken): boolean {
  return a.base === b.base;
}

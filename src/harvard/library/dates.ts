import type { CslDate } from "./csl";

const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

/** The year of a CSL date as text ("" when there is none). */
export function yearOf(d: CslDate | undefined): string {
  const y = d?.["date-parts"]?.[0]?.[0];
  if (y !== undefined && y !== null && String(y) !== "") return String(y);
  const m = /\b(\d{4})\b/.exec(d?.raw ?? d?.literal ?? "");
  return m ? m[1] : "";
}

export function yearDate(year: string): CslDate | undefined {
  const y = year.trim();
  if (!y) return undefined;
  return /^\d{4}$/.test(y) ? { "date-parts": [[Number(y)]] } : { literal: y };
}

/**
 * A full date typed by the learner or sent by a date input: "2024-03-12",
 * "12 March 2024", "12/03/2024" (British order). Null when it cannot be read.
 */
export function parseDay(text: string): [number, number, number] | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return checkDay(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS.findIndex((x) => x.startsWith(m![2].toLowerCase()) && m![2].length >= 3) + 1;
    return month ? checkDay(+m[3], month, +m[1]) : null;
  }
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  if (m) return checkDay(+m[3], +m[2], +m[1]);
  return null;
}

function checkDay(y: number, mo: number, d: number): [number, number, number] | null {
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d ? [y, mo, d] : null;
}

export function dayDate(text: string): CslDate | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const d = parseDay(t);
  return d ? { "date-parts": [d] } : { raw: t };
}

/** A CSL date as "2024-03-12" for a date input ("" when absent, the raw text when unreadable). */
export function dayText(d: CslDate | undefined): string {
  const p = d?.["date-parts"]?.[0];
  if (p && p.length >= 3) {
    const [y, mo, da] = p.map(Number);
    return `${y}-${String(mo).padStart(2, "0")}-${String(da).padStart(2, "0")}`;
  }
  return d?.raw ?? d?.literal ?? (p ? p.join("-") : "");
}

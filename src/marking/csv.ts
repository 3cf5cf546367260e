/**
 * CSV that is safe to open in a spreadsheet: RFC 4180 quoting, and a cell that starts with
 * =, +, -, @ (or a tab or carriage return) gets a leading apostrophe, so Excel, LibreOffice and
 * Google Sheets show it as text instead of running it as a formula (OWASP's "CSV injection").
 * Shared by the pane's "Copy as CSV" and ilm-check's --csv.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralised and quoted where needed. */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as CSV text, lines ending CRLF as RFC 4180 asks. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

import type { WorkKey } from "../model/report";
import type { ParsedCitation, ParsedReference } from "./types";

/** Names as a reader writes them: "Gilbert and Whittleworth", "Rogers et al.", "Rogers, Gilbert and Whittleworth". */
export function namesLabel(authors: readonly string[], etAl = false): string {
  if (authors.length === 0) return "(no author)";
  if (etAl) return `${authors[0]} et al.`;
  if (authors.length === 1) return authors[0];
  return `${authors.slice(0, -1).join(", ")} and ${authors[authors.length - 1]}`;
}

/** "Goleman (1996)". */
export function citationLabel(c: ParsedCitation): string {
  return `${namesLabel(c.authors, c.etAl)} (${c.year.text})`;
}

/** "Whitmore (2009a)" for an entry of the list. */
export function referenceLabel(r: ParsedReference): string {
  return `${namesLabel(r.authors, r.etAl || r.authors.length >= 4)} (${r.year ? r.year.text : "no year"})`;
}

/** The line, cut to a readable length for a message. */
export function excerpt(text: string, max = 90): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

export function citationKey(c: ParsedCitation): WorkKey & { text: string } {
  return { authors: c.authors, year: c.year.text, text: c.text };
}

export function referenceKey(r: ParsedReference): WorkKey & { text: string } {
  return { authors: r.authors, year: r.year ? r.year.text : "", text: r.text };
}

import type { FormattedEntry } from "../../harvard/format";

export type DiffKind = "same" | "changed" | "added" | "removed";

export interface DiffRow {
  kind: DiffKind;
  /** The entry as it will be written (absent for removed lines). */
  next?: string;
  /** The line as it stands in the document (absent for added entries). */
  current?: string;
}

const norm = (s: string) => s.replace(/\s+/g, " ").replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim().toLowerCase();

/** First word of the line (surname or organisation) and the first year: enough to pair a typed line with its new entry. */
function pairKey(line: string): string {
  const who = /^[^\s,.(]+/.exec(line.trim())?.[0]?.toLowerCase() ?? "";
  const year = /\b(1[89]\d\d|20\d\d)[a-z]?\b|\bno date\b|\bn\.d\./i.exec(line)?.[0]?.toLowerCase() ?? "";
  return `${who}|${year}`;
}

/**
 * The new list against the typed one, in the new list's order, with typed lines that have no
 * new entry at the end (they would be dropped).
 */
export function diffReferenceList(current: readonly string[], next: readonly FormattedEntry[]): DiffRow[] {
  const unused = current.map((line) => ({ line, key: pairKey(line), used: false }));
  const rows: DiffRow[] = [];
  for (const e of next) {
    const exact = unused.find((u) => !u.used && norm(u.line) === norm(e.text));
    const paired = exact ?? unused.find((u) => !u.used && u.key === pairKey(e.text));
    if (paired) {
      paired.used = true;
      rows.push({ kind: exact ? "same" : "changed", next: e.text, current: paired.line });
    } else {
      rows.push({ kind: "added", next: e.text });
    }
  }
  for (const u of unused) if (!u.used && u.line.trim()) rows.push({ kind: "removed", current: u.line });
  return rows;
}

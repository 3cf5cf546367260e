import { parseReference } from "../reference-parse";
import { collapseSpace } from "../../shared/text/fold";

/**
 * A typed reference list against the generated one: the one comparison behind both the
 * "Update reference list" result (src/word/reference-list.ts) and the pane's line-by-line view.
 */
export type DiffKind = "same" | "changed" | "added" | "removed";

export interface DiffRow {
  kind: DiffKind;
  /** The generated entry (absent for removed lines). */
  next?: string;
  /** The line as the learner typed it (absent for added entries). */
  current?: string;
}

/** Entries that appear in only one of two reference lists, for the pane to show before replacing a typed list. */
export interface ReferenceListDiff {
  /** Lines the learner typed that the generated list has no entry for (same first author and year). */
  onlyTyped: string[];
  /** Generated entries the typed list lacks. */
  onlyGenerated: string[];
}

/** A typed line against a generated one: white space, curly quotes and case do not count. */
const foldForLineMatch = (s: string) => collapseSpace(s).replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase();
/** A name or year as ASCII letters and digits only, accents dropped ("Schön" -> "schon"), for pairing keys. */
const asciiLettersAndDigits = (s: string) => s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "");

/**
 * First author and year. Read with the referencing checks' parser, so both lists are read alike;
 * a line it cannot read (typed without brackets round the year, say) falls back to its first word
 * and first year-like number, which is still enough to pair it with its generated entry.
 */
function keyOf(line: string): string {
  const r = parseReference(line, "references", 0);
  if (r.year && r.authors.length) return `${asciiLettersAndDigits(r.authors[0])}|${r.year.base}`;
  const who = /^[^\s,.(]+/.exec(line.trim())?.[0] ?? "";
  const year = /\b(1[89]\d\d|20\d\d)[a-z]?\b|\bno date\b|\bn\.d\./i.exec(line)?.[0] ?? "";
  return `${asciiLettersAndDigits(who)}|${year.toLowerCase().replace(/[a-z]$/, "")}`;
}

/**
 * The generated list against the typed one, in the generated list's order, with typed lines that
 * have no generated entry at the end (replacing the list would drop them). Identical text pairs
 * first, then the same first author and year ("changed": the entry will be reformatted).
 */
export function diffReferenceRows(typed: readonly string[], generated: readonly string[]): DiffRow[] {
  const unused = typed.filter((line) => line.trim()).map((line) => ({ line, text: foldForLineMatch(line), key: keyOf(line), used: false }));
  const rows: DiffRow[] = [];
  for (const next of generated) {
    const text = foldForLineMatch(next);
    const exact = unused.find((u) => !u.used && u.text === text);
    const key = exact ? "" : keyOf(next);
    const paired = exact ?? unused.find((u) => !u.used && u.key === key);
    if (paired) {
      paired.used = true;
      rows.push({ kind: exact ? "same" : "changed", next, current: paired.line });
    } else {
      rows.push({ kind: "added", next });
    }
  }
  for (const u of unused) if (!u.used) rows.push({ kind: "removed", current: u.line });
  return rows;
}

/** Only the entries without a partner on the other side. */
export function diffReferenceLists(typed: readonly string[], generated: readonly string[]): ReferenceListDiff {
  const rows = diffReferenceRows(typed, generated);
  return {
    onlyTyped: rows.filter((r) => r.kind === "removed").map((r) => r.current!),
    onlyGenerated: rows.filter((r) => r.kind === "added").map((r) => r.next!),
  };
}

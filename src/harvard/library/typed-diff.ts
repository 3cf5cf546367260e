import { parseReference } from "../reference-parse";

/** Entries that appear in only one of two reference lists, for the pane to show before replacing a typed list. */
export interface ReferenceListDiff {
  /** Lines the learner typed that the generated list has no entry for (same first author and year). */
  onlyTyped: string[];
  /** Generated entries the typed list lacks. */
  onlyGenerated: string[];
}

/** First author and year, through the same parser the referencing checks use, so both lists are read alike. */
function keyOf(line: string): string {
  const r = parseReference(line, "references", 0);
  const who = (r.authors[0] ?? r.title ?? line).toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "");
  return `${who}|${r.year?.base ?? ""}`;
}

/** Matches the two lists entry by entry (a typed entry matches at most one generated entry). */
export function diffReferenceLists(typed: readonly string[], generated: readonly string[]): ReferenceListDiff {
  const pool = new Map<string, number>();
  for (const g of generated) pool.set(keyOf(g), (pool.get(keyOf(g)) ?? 0) + 1);
  const onlyTyped: string[] = [];
  const matched = new Map<string, number>();
  for (const t of typed) {
    const k = keyOf(t);
    const left = (pool.get(k) ?? 0) - (matched.get(k) ?? 0);
    if (left > 0) matched.set(k, (matched.get(k) ?? 0) + 1);
    else onlyTyped.push(t);
  }
  const onlyGenerated: string[] = [];
  for (const g of generated) {
    const k = keyOf(g);
    const m = matched.get(k) ?? 0;
    if (m > 0) matched.set(k, m - 1);
    else onlyGenerated.push(g);
  }
  return { onlyTyped, onlyGenerated };
}

/**
 * Submission templates often open with a checklist table listing every AC
 * with its wording and a page number ("1.1 Define ... | p. 4"). Its rows
 * look like side-headings in a table but hold no answer. A table row is such
 * an index row when the rest of the row has at most a page reference and the
 * same AC has a side-heading somewhere outside that table. (A table whose
 * answer cells are still empty, with no other headings, stays the answer table.)
 */
import type { DocParagraph } from "../model/document";
import type { SideHeading } from "./side-headings";
import { countWords } from "./words";

/** "p. 4", "Page 12", "✓ see 3": no more words than this in the rest of the row. */
const INDEX_ROW_MAX_WORDS = 3;

const rowKey = (p: DocParagraph) => `${p.table!.table}:${p.table!.row}`;

/** Positions of the side-headings (in `sideAt`) that are rows of an index table. */
export function indexRows(paragraphs: readonly DocParagraph[], sideAt: ReadonlyArray<SideHeading | null>): Set<number> {
  const out = new Set<number>();
  const headingParagraphs = new Set<DocParagraph>();
  const tablesOfAc = new Map<string, Set<number | null>>();
  let anyTableHeading = false;
  sideAt.forEach((h) => {
    if (!h) return;
    headingParagraphs.add(h.paragraph);
    if (h.wordingParagraph) headingParagraphs.add(h.wordingParagraph);
    const where = h.paragraph.table ? h.paragraph.table.table : null;
    const set = tablesOfAc.get(h.ac) ?? new Set();
    set.add(where);
    tablesOfAc.set(h.ac, set);
    if (h.form === "table") anyTableHeading = true;
  });
  if (!anyTableHeading) return out;

  const rowWords = new Map<string, number>();
  for (const p of paragraphs) {
    if (!p.table || headingParagraphs.has(p)) continue;
    const key = rowKey(p);
    rowWords.set(key, (rowWords.get(key) ?? 0) + countWords(p.text));
  }
  sideAt.forEach((h, i) => {
    if (!h || h.form !== "table") return;
    if ((rowWords.get(rowKey(h.paragraph)) ?? 0) > INDEX_ROW_MAX_WORDS) return;
    const table = h.paragraph.table!.table;
    const elsewhere = [...tablesOfAc.get(h.ac)!].some((t) => t !== table);
    if (elsewhere) out.add(i);
  });
  return out;
}

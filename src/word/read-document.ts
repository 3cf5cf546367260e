/**
 * Reading the whole body into a DraftDocument in two syncs, whatever its length.
 *
 * Sync 1 loads every paragraph's text, style, built-in style, outline level,
 * table nesting level and bold, plus the list of content controls.
 * Sync 2 (only when the document has controls or tables) loads, per paragraph,
 * its innermost enclosing control and, for table paragraphs, the cell's row and
 * column; and per control its parent control. From these the full stack of
 * enclosing tags is rebuilt without further round trips.
 *
 * What Office.js does not give in a constant number of syncs: the identity of
 * a paragraph's table. Tables are numbered from the paragraphs themselves: a
 * new table starts where table paragraphs resume after body text, where the
 * nesting level rises, or where the row number falls back within a run.
 */
import type { DocParagraph, DraftDocument, TableCellRef } from "../model/document";
import { roleFromTags } from "../model/document";
import { runInWord, type WordRunner } from "./word-runner";
import { requireBaseline } from "./requirements";
import type { WContentControl, WParagraph, WordContext } from "./word-api";

export interface ControlInfo {
  id: number;
  tag: string;
  proxy: WContentControl;
  /** Index of the first and last paragraph it encloses (-1 when it encloses none). */
  first: number;
  last: number;
}

/** What a read leaves behind for writes in the same Word.run. */
export interface DocumentRead {
  doc: DraftDocument;
  /** Paragraph proxies, parallel to doc.paragraphs. */
  paragraphs: WParagraph[];
  /** Ids of the enclosing controls per paragraph, outermost first. */
  stacks: number[][];
  controls: Map<number, ControlInfo>;
}

const PARAGRAPH_PROPERTIES = [
  "items/text",
  "items/style",
  "items/styleBuiltIn",
  "items/outlineLevel",
  "items/tableNestingLevel",
  "items/font/bold",
];

export function headingLevelOf(styleBuiltIn: string, outlineLevel: number): number {
  const m = /^Heading([1-9])$/.exec(styleBuiltIn);
  if (m) return Number(m[1]);
  // Body text reports outline level 10 (or 0 on some hosts); only 1–9 are headings.
  return Number.isInteger(outlineLevel) && outlineLevel >= 1 && outlineLevel <= 9 ? outlineLevel : 0;
}

/** Word's text as the model holds it: its vertical tab is a manual line break, "\n" in the model; carriage returns go. */
function modelTextFromWord(text: string): string {
  return text.replace(/\u000b/g, "\n").replace(/\r/g, "");
}

/** Numbers the tables in document order from nesting levels and cell positions. */
function numberTables(levels: readonly number[], cells: ReadonlyArray<{ row: number; cell: number } | null>): Array<TableCellRef | undefined> {
  const out: Array<TableCellRef | undefined> = [];
  let next = 0;
  // table number per nesting depth currently open (index 0 = depth 1)
  const open: number[] = [];
  let lastRow: number[] = [];
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i]!;
    const cell = cells[i];
    if (level <= 0 || !cell) {
      open.length = 0;
      lastRow = [];
      out.push(undefined);
      continue;
    }
    open.length = Math.min(open.length, level);
    lastRow.length = Math.min(lastRow.length, level);
    while (open.length < level) {
      open.push(next++);
      lastRow.push(-1);
    }
    // Row numbers only grow inside one table; a fall means a new table at this depth.
    if (cell.row < lastRow[level - 1]!) {
      open[level - 1] = next++;
    }
    lastRow[level - 1] = cell.row;
    out.push({ table: open[level - 1]!, row: cell.row, cell: cell.cell });
  }
  return out;
}

export interface ReadOptions {
  /**
   * Read text as it now reads with tracked changes (WordApi 1.4). Office.js
   * `text` keeps tracked deletions; when the body's reviewed text differs
   * from its plain text, each paragraph's reviewed text is fetched in the
   * second sync instead.
   */
  trackedChanges?: boolean;
}

/** The read options a host supports. */
export function readOptionsFor(word: Pick<WordRunner, "isSetSupported">): ReadOptions {
  return { trackedChanges: word.isSetSupported("WordApi", "1.4") };
}

/** Reads the body inside an existing batch (two syncs at most). */
export async function readInContext(context: WordContext, source = "Word", options: ReadOptions = {}): Promise<DocumentRead> {
  const body = context.document.body;
  const paragraphs = body.paragraphs;
  paragraphs.load(PARAGRAPH_PROPERTIES);
  const controls = body.contentControls;
  controls.load(["items/id", "items/tag"]);
  if (options.trackedChanges) body.load("text");
  const bodyReviewed = options.trackedChanges ? body.getReviewedText("Current") : null;
  await context.sync();

  const items = paragraphs.items;
  const hasControls = controls.items.length > 0;
  const innermost = hasControls ? items.map((p) => p.parentContentControlOrNullObject.load("id")) : [];
  const cells = items.map((p) => (p.tableNestingLevel > 0 ? p.parentTableCellOrNullObject.load(["rowIndex", "cellIndex"]) : null));
  const parents = controls.items.map((c) => c.parentContentControlOrNullObject.load("id"));
  const tracked = bodyReviewed !== null && bodyReviewed.value !== body.text;
  const reviewed = tracked ? items.map((p) => p.getReviewedText("Current")) : null;
  if (hasControls || tracked || cells.some((c) => c !== null)) await context.sync();

  // Stacks of control ids: a control's ancestors, then the control itself.
  const parentOf = new Map<number, number | null>();
  const info = new Map<number, ControlInfo>();
  controls.items.forEach((c, i) => {
    const parent = parents[i]!;
    parentOf.set(c.id, parent.isNullObject ? null : parent.id);
    info.set(c.id, { id: c.id, tag: c.tag, proxy: c, first: -1, last: -1 });
  });
  const stackCache = new Map<number, number[]>();
  const stackOf = (id: number): number[] => {
    const cached = stackCache.get(id);
    if (cached) return cached;
    const chain: number[] = [];
    const seen = new Set<number>();
    for (let cur: number | null | undefined = id; cur !== null && cur !== undefined && !seen.has(cur); cur = parentOf.get(cur)) {
      seen.add(cur);
      chain.unshift(cur);
    }
    stackCache.set(id, chain);
    return chain;
  };

  const tables = numberTables(
    items.map((p) => p.tableNestingLevel),
    cells.map((c) => (c && !c.isNullObject ? { row: c.rowIndex, cell: c.cellIndex } : null)),
  );

  const stacks: number[][] = [];
  const docParagraphs: DocParagraph[] = items.map((p, index) => {
    const inner = hasControls ? innermost[index]! : null;
    const stack = inner && !inner.isNullObject ? stackOf(inner.id) : [];
    stacks.push(stack);
    for (const id of stack) {
      const c = info.get(id);
      if (c) {
        if (c.first < 0) c.first = index;
        c.last = index;
      }
    }
    const tags = stack.map((id) => info.get(id)?.tag ?? "").filter((t) => t !== "");
    const styleBuiltIn = String(p.styleBuiltIn);
    const paragraph: DocParagraph = {
      index,
      text: modelTextFromWord(reviewed ? reviewed[index]!.value : p.text),
      headingLevel: headingLevelOf(styleBuiltIn, p.outlineLevel),
      isTitle: styleBuiltIn === "Title",
      bold: p.font.bold === true,
      style: p.style,
      role: roleFromTags(tags),
      tags,
    };
    const table = tables[index];
    if (table) paragraph.table = table;
    return paragraph;
  });

  return { doc: { paragraphs: docParagraphs, source }, paragraphs: items, stacks, controls: info };
}

/** One Word.run reading the whole document. */
export async function readDocument(word: WordRunner, source = "Word"): Promise<DraftDocument> {
  requireBaseline(word);
  return runInWord(word, "read the document", async (context) => (await readInContext(context, source, readOptionsFor(word))).doc);
}

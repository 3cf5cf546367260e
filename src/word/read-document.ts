/**
 * Reading the whole body into a DraftDocument in two syncs, whatever its length
 * (three only when Word on the web refuses the list numbers, see below).
 *
 * Sync 1 loads every paragraph's text, style, built-in style, outline level,
 * table nesting level and bold, plus the list of content controls.
 * Sync 2 (only when the document has controls, tables, tracked changes or lists)
 * loads, per paragraph, its innermost enclosing control and, for table paragraphs,
 * the cell's row and column; per control its parent control; and for list items
 * the number Word displays (listItemOrNullObject.listString, WordApi 1.3), which
 * is not part of `text`. From these the full stack of enclosing tags is rebuilt
 * without further round trips. Word on the web fails the whole sync that loads
 * list items when a list holds tracked changes (office-js #5901): the second sync
 * is then made again without them (a third sync, only then).
 *
 * With `notes` (WordApi 1.5, the analysis read only): sync 1 also loads the
 * text of every footnote and endnote, and sync 2 the paragraph that holds each
 * note's reference mark; notes follow the body paragraphs, anchored there.
 * With `textBoxes` (WordApiDesktop 1.2, the analysis read only): text boxes join
 * the same two syncs and follow the body too (read-text-boxes.ts).
 * A control still showing its placeholder text (its `placeholderText` is the
 * paragraph's text: ContentControl.placeholderText, WordApi 1.1) marks the
 * paragraph as a placeholder, not the learner's words.
 *
 * What Office.js does not give in a constant number of syncs: the identity of
 * a paragraph's table. Tables are numbered from the paragraphs themselves: a
 * new table starts where table paragraphs resume after body text, where the
 * nesting level rises, or where the row number falls back within a run.
 */
import type { DocParagraph, DraftDocument, TableCellRef, UnreadContent } from "../model/document";
import { roleFromTags } from "../model/document";
import { runInWord, type WordRunner } from "./word-runner";
import { requireBaseline } from "./requirements";
import type { ChangeTrackingMode, WContentControl, WNoteItem, WParagraph, WordContext } from "./word-api";
import { listNumberFromListString, modelTextFromWord } from "./word-text";
import { placeTextBoxes, queueTextBoxes, queueTextBoxLoads, TEXT_BOXES_UNREAD, type PlacedTextBox } from "./read-text-boxes";

export interface ControlInfo {
  id: number;
  tag: string;
  placeholderText: string;
  proxy: WContentControl;
  /** Index of the first and last paragraph it encloses (-1 when it encloses none). */
  first: number;
  last: number;
}

/** What a read leaves behind for writes in the same Word.run. */
export interface DocumentRead {
  doc: DraftDocument;
  /** Paragraph proxies, parallel to doc.paragraphs' body paragraphs (notes and text boxes, when read, follow them in doc.paragraphs). */
  paragraphs: WParagraph[];
  /** Ids of the enclosing controls per paragraph, outermost first. */
  stacks: number[][];
  controls: Map<number, ControlInfo>;
  /** Document.changeTrackingMode, read with the body where WordApi 1.4 allows; "Off" elsewhere. */
  changeTrackingMode: ChangeTrackingMode;
}

const PARAGRAPH_PROPERTIES = [
  "items/text",
  "items/style",
  "items/styleBuiltIn",
  "items/outlineLevel",
  "items/tableNestingLevel",
  "items/font/bold",
  "items/isListItem",
];

export function headingLevelOf(styleBuiltIn: string, outlineLevel: number): number {
  const m = /^Heading([1-9])$/.exec(styleBuiltIn);
  if (m) return Number(m[1]);
  // Body text reports outline level 10 (or 0 on some hosts); only 1–9 are headings.
  return Number.isInteger(outlineLevel) && outlineLevel >= 1 && outlineLevel <= 9 ? outlineLevel : 0;
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
  /** Read footnotes and endnotes too (WordApi 1.5), after the body paragraphs. */
  notes?: boolean;
  /** Read text boxes too (WordApiDesktop 1.2), after the body paragraphs. */
  textBoxes?: boolean;
  /**
   * Read text as it now reads with tracked changes (WordApi 1.4). Office.js
   * `text` keeps tracked deletions; when the body's reviewed text differs
   * from its plain text, each paragraph's reviewed text is fetched in the
   * second sync instead.
   */
  trackedChanges?: boolean;
}

/** The read options a host supports, for reads that write afterwards (the body only). */
export function readOptionsFor(word: Pick<WordRunner, "isSetSupported">): ReadOptions {
  return { trackedChanges: word.isSetSupported("WordApi", "1.4") };
}

/** Footnotes and endnotes need WordApi 1.5; without it the report says they could not be read. */
const NOTES_UNREAD: UnreadContent = { what: "footnotes and endnotes", possibly: true };

/** Reads the body inside an existing batch (two syncs; three only on the list-number fallback). */
export async function readInContext(context: WordContext, source = "Word", options: ReadOptions = {}): Promise<DocumentRead> {
  const body = context.document.body;
  const paragraphs = body.paragraphs;
  paragraphs.load(PARAGRAPH_PROPERTIES);
  const controls = body.contentControls;
  controls.load(["items/id", "items/tag", "items/placeholderText"]);
  if (options.trackedChanges) {
    body.load("text");
    context.document.load("changeTrackingMode");
  }
  const bodyReviewed = options.trackedChanges ? body.getReviewedText("Current") : null;
  const noteLists = options.notes ? [body.footnotes, body.endnotes] : [];
  for (const list of noteLists) list.load(["items/type", "items/body/text"]);
  const boxQuery = options.textBoxes ? queueTextBoxes(body) : null;
  await context.sync();

  const items = paragraphs.items;
  const hasControls = controls.items.length > 0;
  const tracked = bodyReviewed !== null && bodyReviewed.value !== body.text;
  // Word on the web gives undefined, not [], for an empty collection (office-js #6673).
  const notes = noteLists.flatMap((list) => list.items ?? []);
  const second = () => ({
    innermost: hasControls ? items.map((p) => p.parentContentControlOrNullObject.load("id")) : [],
    cells: items.map((p) => (p.tableNestingLevel > 0 ? p.parentTableCellOrNullObject.load(["rowIndex", "cellIndex"]) : null)),
    parents: controls.items.map((c) => c.parentContentControlOrNullObject.load("id")),
    reviewed: tracked ? items.map((p) => p.getReviewedText("Current")) : null,
    anchors: notes.map((n) => n.reference.paragraphs.getFirst().load("text")),
    boxes: queueTextBoxLoads(boxQuery, items),
  });
  let { innermost, cells, parents, reviewed, anchors, boxes } = second();
  let lists = items.map((p) => (p.isListItem ? p.listItemOrNullObject.load("listString") : null));
  const hasLists = lists.some((l) => l !== null);
  if (hasControls || tracked || hasLists || notes.length > 0 || boxes.withText.length > 0 || cells.some((c) => c !== null)) {
    try {
      await context.sync();
    } catch (error) {
      if (!hasLists) throw error;
      // Word on the web cannot load list items of a list with tracked changes (office-js #5901, #5335):
      // read everything else again, and the numbers Word shows are left out.
      ({ innermost, cells, parents, reviewed, anchors, boxes } = second());
      lists = items.map(() => null);
      await context.sync();
    }
  }

  // Stacks of control ids: a control's ancestors, then the control itself.
  const parentOf = new Map<number, number | null>();
  const info = new Map<number, ControlInfo>();
  controls.items.forEach((c, i) => {
    const parent = parents[i]!;
    parentOf.set(c.id, parent.isNullObject ? null : parent.id);
    info.set(c.id, { id: c.id, tag: c.tag, placeholderText: c.placeholderText, proxy: c, first: -1, last: -1 });
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
    const text = modelTextFromWord(reviewed ? reviewed[index]!.value : p.text);
    const paragraph: DocParagraph = {
      index,
      text,
      headingLevel: headingLevelOf(styleBuiltIn, p.outlineLevel),
      isTitle: styleBuiltIn === "Title",
      bold: p.font.bold === true,
      style: p.style,
      role: roleFromTags(tags),
      tags,
    };
    const table = tables[index];
    if (table) paragraph.table = table;
    if (styleBuiltIn === "Subtitle") paragraph.isSubtitle = true;
    const shown = stack.length ? info.get(stack[stack.length - 1]!)?.placeholderText.trim() : "";
    if (shown && text.trim() === shown) paragraph.placeholder = true;
    const item = lists[index];
    const listNumber = item && !item.isNullObject ? listNumberFromListString(item.listString) : undefined;
    if (listNumber) paragraph.listNumber = listNumber;
    return paragraph;
  });

  const doc: DraftDocument = { paragraphs: docParagraphs, source };
  const textBoxes = placeTextBoxes(boxQuery, boxes);
  const unread = [...textBoxes.unread];
  if (notes.length || textBoxes.placed.length) {
    const lostNotes = appendNotes(docParagraphs, notes, anchors.map((a) => modelTextFromWord(a.text)), textBoxes.placed);
    if (lostNotes) unread.unshift(lostNotes);
  }
  if (unread.length) doc.unread = unread;
  const changeTrackingMode = options.trackedChanges ? context.document.changeTrackingMode : "Off";
  return { doc, paragraphs: items, stacks, controls: info, changeTrackingMode };
}

/**
 * Footnotes and endnotes as paragraphs after the body, each anchored in the body
 * paragraph that holds its reference mark. Office.js gives that paragraph, not its
 * position, so it is found by its text: the first paragraph with that text at or
 * after the previous note's (notes come in document order), else anywhere.
 * Text boxes (already placed) go in with them, in one paragraph before its notes:
 * Word anchors a text box at the start of its paragraph.
 */
function appendNotes(paragraphs: DocParagraph[], notes: WNoteItem[], anchorTexts: string[], boxes: PlacedTextBox[] = []): UnreadContent | null {
  const bodyCount = paragraphs.length;
  const placed: Array<{ anchor: number; order: number; note: WNoteItem }> = [];
  let lost = 0;
  const cursor = { Footnote: 0, Endnote: 0 } as Record<string, number>;
  notes.forEach((note, order) => {
    const text = anchorTexts[order]!;
    const from = cursor[note.type] ?? 0;
    let at = paragraphs.findIndex((p, i) => i >= from && i < bodyCount && p.text === text);
    if (at < 0) at = paragraphs.findIndex((p, i) => i < bodyCount && p.text === text);
    if (at < 0) {
      lost++;
      return;
    }
    cursor[note.type] = at;
    placed.push({ anchor: at, order, note });
  });
  // In document order, as the .docx reader gives them: by anchor, footnotes before endnotes in one paragraph.
  placed.sort((a, b) => a.anchor - b.anchor || a.order - b.order);
  const anchored = [
    ...boxes.map((b) => ({ anchor: b.anchor, part: "textbox" as const, lines: b.lines })),
    ...placed.map(({ anchor, note }) => ({ anchor, part: note.type === "Endnote" ? ("endnote" as const) : ("footnote" as const), lines: note.body.text.split("\r").map(modelTextFromWord) })),
  ].sort((a, b) => a.anchor - b.anchor);
  for (const { anchor, part, lines } of anchored) {
    for (const text of lines) {
      paragraphs.push({
        index: paragraphs.length,
        text,
        headingLevel: 0,
        isTitle: false,
        bold: false,
        role: "body",
        tags: [],
        part,
        anchor,
      });
    }
  }
  return lost ? { what: lost === 1 ? "a note whose place in the text could not be found" : "notes whose place in the text could not be found" } : null;
}

/**
 * The read every check of the document makes (the pane's and the tutor's findings alike), inside
 * a batch: the body with the footnotes, endnotes and text boxes this Word lets the add-in read, and
 * a note for each kind it does not, so a report is the same whichever operation made it.
 */
export async function readForAnalysis(context: WordContext, word: Pick<WordRunner, "isSetSupported">, source = "Word"): Promise<DocumentRead> {
  const notes = word.isSetSupported("WordApi", "1.5");
  const textBoxes = word.isSetSupported("WordApiDesktop", "1.2");
  const read = await readInContext(context, source, { ...readOptionsFor(word), notes, textBoxes });
  const { doc } = read;
  if (!notes) doc.unread = [...(doc.unread ?? []), NOTES_UNREAD];
  // Without the Shape API nothing in Office.js tells whether the document holds a text box short
  // of Body.getOoxml(), which carries every picture of the draft: too costly to ask on every check,
  // so on such hosts (Word on the web among them) the note is given whatever the document holds.
  if (!textBoxes) doc.unread = [...(doc.unread ?? []), TEXT_BOXES_UNREAD];
  return read;
}

/** One Word.run reading the whole document. */
export async function readDocument(word: WordRunner, source = "Word"): Promise<DraftDocument> {
  requireBaseline(word);
  return runInWord(word, "read the document", async (context) => (await readForAnalysis(context, word, source)).doc);
}

import { MemoryOfficeError } from "./office-error";
import { builtInForStyle, outlineLevelForStyle, styleNameForBuiltIn } from "./styles";
import type { ListData, ListRef } from "./lists";
import { controlsAtEdge, edgeDeleteRemovesControls } from "./control-edges";
import { trackDeletion, trackControlDeletion, trackInsertion, isTracking, noteLockedRevisions } from "./track-changes";
import { refuseOnWeb, type Platform } from "./web-platform";
import type { EventRegistry } from "./events";

/**
 * The document behind the in-memory Word: a flat list of paragraphs, each
 * carrying the stack of content controls that enclose it. Every write the
 * add-in makes ends up as one of the mutations below, so tests can compare
 * the learner's paragraphs before and after.
 */

export interface ControlData {
  readonly id: number;
  tag: string;
  title: string;
  /**
   * The dimmed text Word shows while the control is empty (ContentControl.placeholderText,
   * WordApi 1.1). A control still showing it holds that text as its content.
   */
  placeholderText: string;
  appearance: string;
  cannotEdit: boolean;
  cannotDelete: boolean;
  color: string;
  deleted: boolean;
}

export interface TablePosition {
  table: number;
  row: number;
  cell: number;
  /** 1 for a top-level table, 2 for a table inside a cell ... */
  nesting: number;
}

/** A run of text with its own character formatting, kept only once the add-in writes run by run. */
export interface RunData {
  text: string;
  bold: boolean;
  italic: boolean;
  color: string;
  /** Hidden text (Font.hidden, WordApiDesktop 1.2): still part of `text`, as Word reports it. */
  hidden?: boolean;
}

/** Things in a paragraph that are not text: Office.js `text` does not show them. */
export type InlineObject = "picture" | "textBox";

export interface ParaData {
  /** Stable identity for tests; never reused. */
  readonly uid: number;
  text: string;
  /** Style name as Word shows it ("Heading 2", "My Custom Style"). */
  style: string;
  /** Explicit outline level set on the paragraph (1–9); undefined follows the style. */
  outlineLevel?: number;
  /** true / false, or null when runs differ (as Word reports mixed formatting). */
  bold: boolean | null;
  italic: boolean | null;
  color: string;
  /** Left indent in points (Word.Paragraph.leftIndent). */
  leftIndent: number;
  /** First-line indent in points; negative for a hanging indent (Word.Paragraph.firstLineIndent). */
  firstLineIndent: number;
  table?: TablePosition;
  /** Enclosing content controls, outermost first. */
  controls: ControlData[];
  /**
   * With tracked changes: the text as it now reads (tracked deletions left out).
   * `text` then holds what Office.js reports, deleted text included.
   */
  reviewedText?: string;
  /** Runs, once text was inserted run by run (insertText); their texts join to `text`. */
  runs?: RunData[];
  /**
   * List membership (lists.ts): a list and level set on the paragraph itself; `null` when the
   * paragraph was detached from a list (which also overrides numbering its style carries);
   * undefined follows the style's numbering, if any.
   */
  list?: ListRef | null;
  /** Pictures or anchored text boxes in the paragraph; `text` leaves them out. */
  objects?: InlineObject[];
  /** The paragraph ends a section (its mark holds the section properties). */
  sectionBreak?: boolean;
  /** Track Changes: the whole paragraph is a tracked insertion (left out of the "Original" text). */
  trackedInsertion?: boolean;
  /** Track Changes: the whole paragraph is a tracked deletion; it stays in the body and in `text`. */
  trackedDeletion?: boolean;
  /** Track Changes: the text before tracked insertions into it ("Original"). */
  originalText?: string;
  deleted: boolean;
}

/**
 * A footnote or endnote (Body.footnotes / Body.endnotes, NoteItem, WordApi 1.5).
 * Its reference mark sits in `anchor`; deleting that paragraph deletes the note,
 * as deleting a reference mark does in Word. Only the note's text is modelled.
 */
export interface NoteData {
  readonly id: number;
  type: "Footnote" | "Endnote";
  anchor: ParaData;
  /** The note's paragraphs' texts. */
  paragraphs: string[];
}

export interface XmlPartData {
  readonly id: string;
  namespaceUri: string;
  xml: string;
  deleted: boolean;
}

/** Requirement sets the fake reports, e.g. { WordApi: "1.3" }. */
export type RequirementSets = Record<string, string>;

export const FULL_REQUIREMENTS: RequirementSets = { WordApi: "1.5", WordApiHiddenDocument: "1.4", WordApiDesktop: "1.2" };

/**
 * What Word on the web supports of the above: the hidden-document and desktop-only sets are not
 * available there (https://learn.microsoft.com/en-us/javascript/api/requirement-sets/word/word-api-hidden-document-requirement-sets,
 * https://learn.microsoft.com/en-us/javascript/api/requirement-sets/word/word-api-desktop-requirement-sets).
 */
export const WEB_REQUIREMENTS: RequirementSets = { WordApi: "1.5" };

export type ChangeTrackingMode = "Off" | "TrackAll" | "TrackMineOnly";

export interface MemorySelection {
  start: ParaData;
  end: ParaData;
  /** Character offsets in start / end; absent means the whole paragraphs. */
  startOffset?: number;
  endOffset?: number;
  /**
   * The selection runs through the end paragraph's mark, as a triple-click or a drag to the line's
   * end selects it: the range then ends at the start of the next paragraph and its text ends "\r".
   */
  includesMark?: boolean;
}

export type ParaInit = Partial<Omit<ParaData, "uid" | "deleted" | "controls">> & { text: string; controls?: ControlData[] };

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/**
 * A sync made to fail, for tests (fault injection): the `at`-th sync of the document (counting
 * doc.syncTotal from 1) rejects with GeneralException. A batch either never reaches Word ("request":
 * the connection dropped before Word ran it, nothing applied) or Word ran it and the answer was lost
 * ("response": every queued action applied). context.sync() rejecting either way is documented for
 * lost connections in Word on the web (https://learn.microsoft.com/en-us/office/dev/add-ins/testing/
 * application-specific-api-error-handling, GeneralException / ServiceNotAvailable).
 */
export interface SyncFault {
  at: number;
  lost: "request" | "response";
}

export class MemoryDocument {
  /** Fault injection: see SyncFault. Cleared once it has fired. */
  syncFault: SyncFault | null = null;
  paragraphs: ParaData[] = [];
  xmlParts: XmlPartData[] = [];
  notes: NoteData[] = [];
  selection: MemorySelection | null = null;
  /** Syncs over every context ever run against this document. */
  syncTotal = 0;
  /** Word.run calls made against this document. */
  runCount = 0;
  /** When true every write fails with AccessDenied, like a read-only or protected document. */
  readOnly = false;
  requirements: RequirementSets;
  /** Which Word this plays: "web" adds Word on the web's documented differences (web-platform.ts). */
  readonly platform: Platform;
  /** Document.changeTrackingMode (WordApi 1.4); see track-changes.ts. */
  changeTrackingMode: ChangeTrackingMode = "Off";
  /** Tracked changes left inside controls locked with cannotEdit: nobody can accept or reject them (office-js #2886). */
  lockedRevisions = 0;
  /** Lists (lists.ts), and numbering attached to paragraph styles (style name -> list and level). */
  lists: ListData[] = [];
  styleNumbering = new Map<string, ListRef>();
  /** Event handlers registered through Office.js (events.ts). */
  events: EventRegistry = { handlers: [] };
  private nextUid = 1;
  private nextControlId = 1000;
  private nextPartId = 1;
  private nextNoteId = 1;
  nextListId = 1;

  constructor(options: { requirements?: RequirementSets; readOnly?: boolean; platform?: Platform } = {}) {
    this.platform = options.platform ?? "desktop";
    this.requirements = { ...(options.requirements ?? (this.platform === "web" ? WEB_REQUIREMENTS : FULL_REQUIREMENTS)) };
    this.readOnly = options.readOnly ?? false;
  }

  /** `Office.context.requirements.isSetSupported` for this document's host. */
  isSetSupported = (name: string, minVersion = "1.1"): boolean => {
    const have = this.requirements[name];
    return have !== undefined && versionAtLeast(have, minVersion);
  };

  requireSet(name: string, version: string, api: string): void {
    if (!this.isSetSupported(name, version)) {
      throw new MemoryOfficeError("ApiNotFound", `${api} needs ${name} ${version}, which this host does not support.`);
    }
  }

  // ---- creation -----------------------------------------------------------

  makeParagraph(init: ParaInit): ParaData {
    const style = init.style ?? "Normal";
    return {
      uid: this.nextUid++,
      text: init.text,
      style: styleNameForBuiltIn(style),
      outlineLevel: init.outlineLevel,
      bold: init.bold ?? false,
      italic: init.italic ?? false,
      color: init.color ?? "#000000",
      leftIndent: init.leftIndent ?? 0,
      firstLineIndent: init.firstLineIndent ?? 0,
      table: init.table,
      ...(init.reviewedText !== undefined ? { reviewedText: init.reviewedText } : {}),
      ...(init.list !== undefined ? { list: init.list } : {}),
      ...(init.objects?.length ? { objects: [...init.objects] } : {}),
      ...(init.sectionBreak ? { sectionBreak: true } : {}),
      ...(init.trackedDeletion ? { trackedDeletion: true } : {}),
      ...(init.trackedInsertion ? { trackedInsertion: true } : {}),
      controls: init.controls ?? [],
      deleted: false,
    };
  }

  makeControl(tag = ""): ControlData {
    return {
      id: this.nextControlId++,
      tag,
      title: "",
      placeholderText: "",
      appearance: "BoundingBox",
      cannotEdit: false,
      cannotDelete: false,
      color: "",
      deleted: false,
    };
  }

  /** Appends directly, bypassing Office.js; for building fixtures. */
  appendParagraph(init: ParaInit): ParaData {
    const p = this.makeParagraph(init);
    this.paragraphs.push(p);
    return p;
  }

  /** Adds a note whose reference mark is in `anchor`; for building fixtures. */
  addNote(type: NoteData["type"], anchor: ParaData, paragraphs: string[]): NoteData {
    const note: NoteData = { id: this.nextNoteId++, type, anchor, paragraphs: [...paragraphs] };
    this.notes.push(note);
    return note;
  }

  /** The live notes of one kind in document order (by their reference marks; in one paragraph, in the order added). */
  notesOf(type: NoteData["type"]): NoteData[] {
    const position = new Map<ParaData, number>();
    this.paragraphs.forEach((p, i) => position.set(p, i));
    return this.notes
      .filter((n) => n.type === type && !n.anchor.deleted && position.has(n.anchor))
      .sort((a, b) => position.get(a.anchor)! - position.get(b.anchor)! || a.id - b.id);
  }

  // ---- queries -------------------------------------------------------------

  indexOf(p: ParaData): number {
    if (p.deleted) throw new MemoryOfficeError("ItemNotFound", "The paragraph no longer exists.");
    const i = this.paragraphs.indexOf(p);
    if (i < 0) throw new MemoryOfficeError("ItemNotFound", "The paragraph no longer exists.");
    return i;
  }

  /** All live controls in document order (outer before inner), each once. */
  allControls(): ControlData[] {
    const seen = new Set<ControlData>();
    const out: ControlData[] = [];
    for (const p of this.paragraphs) {
      for (const c of p.controls) {
        if (!seen.has(c)) {
          seen.add(c);
          out.push(c);
        }
      }
    }
    return out;
  }

  paragraphsOf(c: ControlData): ParaData[] {
    this.assertLive(c);
    return this.paragraphs.filter((p) => p.controls.includes(c));
  }

  /** Controls enclosing `c`, outermost first. */
  ancestorsOf(c: ControlData): ControlData[] {
    const first = this.paragraphsOf(c)[0];
    return first.controls.slice(0, first.controls.indexOf(c));
  }

  parentOf(c: ControlData): ControlData | null {
    const anc = this.ancestorsOf(c);
    return anc.length ? anc[anc.length - 1] : null;
  }

  assertLive(c: ControlData): void {
    if (c.deleted || !this.paragraphs.some((p) => p.controls.includes(c))) {
      throw new MemoryOfficeError("ItemNotFound", "The content control no longer exists.");
    }
  }

  styleBuiltInOf(p: ParaData): string {
    return builtInForStyle(p.style);
  }

  outlineLevelOf(p: ParaData): number {
    return p.outlineLevel ?? outlineLevelForStyle(p.style);
  }

  // ---- write guards --------------------------------------------------------

  assertWritable(): void {
    if (this.readOnly) {
      throw new MemoryOfficeError("AccessDenied", "The document is read-only.");
    }
  }

  /** Editing inside a control locked with cannotEdit fails, as in Word. */
  assertEditable(controls: readonly ControlData[]): void {
    this.assertWritable();
    const locked = controls.find((c) => c.cannotEdit);
    if (locked) {
      throw new MemoryOfficeError("AccessDenied", `The content control '${locked.tag}' cannot be edited.`);
    }
  }

  // ---- mutations (called when a queued Office.js action runs at sync) -------

  /**
   * Inserts a paragraph at `index` inside the given control stack. Like pressing
   * Enter in Word, the new paragraph copies the formatting of `formatFrom`, so
   * callers that forget to set a style get the neighbour's (and tests notice).
   */
  insertAt(index: number, text: string, controls: ControlData[], table: TablePosition | undefined, formatFrom?: ParaData): ParaData {
    this.assertEditable(controls);
    const p = this.makeParagraph({
      // Enter continues the list the paragraph is in (a bullet or number carries over), so writers
      // must detach what they insert. Word.Paragraph.insertParagraph is silent on formatting; the
      // diagnostics check "insert-after-list-item" confirms it in real Word.
      ...(formatFrom?.list !== undefined ? { list: formatFrom.list } : {}),
      text,
      style: formatFrom?.style ?? "Normal",
      outlineLevel: formatFrom?.outlineLevel,
      bold: formatFrom?.bold ?? false,
      italic: formatFrom?.italic ?? false,
      color: formatFrom?.color ?? "#000000",
      // Enter carries paragraph formatting (indents) over too, so writers must set their own.
      leftIndent: formatFrom?.leftIndent ?? 0,
      firstLineIndent: formatFrom?.firstLineIndent ?? 0,
      table: table ? { ...table } : undefined,
      controls: [...controls],
    });
    this.paragraphs.splice(index, 0, p);
    trackInsertion(this, p);
    return p;
  }

  /**
   * Paragraph.insertParagraph at a control's edge lands outside it: "Before" the first paragraph
   * of a control goes before the control's start tag, "After" its last paragraph after its end
   * tag (office-js #3176). Inside a control the new paragraph stays inside.
   */
  insertBeforeParagraph(anchor: ParaData, text: string): ParaData {
    const outside = controlsAtEdge(this, anchor, "first");
    return this.insertAt(this.indexOf(anchor), text, anchor.controls.filter((c) => !outside.includes(c)), anchor.table, anchor);
  }

  insertAfterParagraph(anchor: ParaData, text: string): ParaData {
    const outside = controlsAtEdge(this, anchor, "last");
    return this.insertAt(this.indexOf(anchor) + 1, text, anchor.controls.filter((c) => !outside.includes(c)), anchor.table, anchor);
  }

  insertInBody(text: string, location: "Start" | "End"): ParaData {
    if (location === "Start") {
      const first = this.paragraphs[0];
      return this.insertAt(0, text, [], undefined, first && first.controls.length === 0 && !first.table ? first : undefined);
    }
    const last = this.paragraphs[this.paragraphs.length - 1];
    return this.insertAt(this.paragraphs.length, text, [], undefined, last && last.controls.length === 0 && !last.table ? last : undefined);
  }

  /**
   * ContentControl.insertParagraph (https://learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-insertparagraph-member(1))
   * says nothing of the new paragraph's formatting, so, as for Paragraph.insertParagraph, the stricter
   * reading is modelled: it takes the formatting of the control's paragraph beside it, inside or out.
   */
  insertAtControl(c: ControlData, text: string, location: "Start" | "End" | "Before" | "After"): ParaData {
    const paras = this.paragraphsOf(c);
    const first = paras[0];
    const last = paras[paras.length - 1];
    const inside = first.controls.slice(0, first.controls.indexOf(c) + 1);
    const outside = inside.slice(0, -1);
    switch (location) {
      case "Start":
        return this.insertAt(this.indexOf(first), text, inside, first.table, first);
      case "End":
        return this.insertAt(this.indexOf(last) + 1, text, inside, last.table, last);
      case "Before":
        return this.insertAt(this.indexOf(first), text, outside, first.table, first);
      case "After":
        return this.insertAt(this.indexOf(last) + 1, text, outside, last.table, last);
    }
  }

  /** Wraps the paragraphs start..end in a new block-level rich-text control. */
  wrap(start: ParaData, end: ParaData): ControlData {
    const from = this.indexOf(start);
    const to = this.indexOf(end);
    if (to < from) throw new MemoryOfficeError("InvalidArgument", "The range ends before it starts.");
    const paras = this.paragraphs.slice(from, to + 1);
    const stack = paras[0].controls;
    const sameStack = paras.every((p) => p.controls.length === stack.length && p.controls.every((c, i) => c === stack[i]));
    if (!sameStack) {
      throw new MemoryOfficeError("InvalidArgument", "A content control cannot partly overlap another content control.");
    }
    const sameCell = paras.every((p) => JSON.stringify(p.table ?? null) === JSON.stringify(paras[0].table ?? null));
    // A block-level control may hold whole tables (the mark sheet does), never part of one.
    const inside = new Set(paras);
    const tables = new Set(paras.filter((p) => p.table).map((p) => p.table!.table));
    const wholeTables = [...tables].every((t) => this.paragraphs.every((p) => p.table?.table !== t || inside.has(p)));
    if (!sameCell && !wholeTables) throw new MemoryOfficeError("InvalidArgument", "A content control cannot span table cells.");
    this.assertEditable(stack);
    const c = this.makeControl();
    for (const p of paras) p.controls = [...p.controls, c];
    return c;
  }

  deleteControl(c: ControlData, keepContent: boolean): void {
    this.assertWritable();
    const paras = this.paragraphsOf(c);
    if (c.cannotDelete) {
      throw new MemoryOfficeError("AccessDenied", `The content control '${c.tag}' cannot be deleted.`);
    }
    refuseOnWeb(this, "delete-empty-control", paras);
    // With Track Changes on the deletion is tracked and the control stays (office-js #1299, #2886).
    if (isTracking(this)) return trackControlDeletion(this, c, paras, keepContent);
    if (keepContent) {
      for (const p of paras) p.controls = p.controls.filter((x) => x !== c);
    } else {
      // The control's own cannotEdit guards its content, not its removal (cannotDelete does that).
      this.assertEditable(paras[0].controls.slice(0, paras[0].controls.indexOf(c)));
      for (const p of paras) {
        for (const inner of p.controls) {
          if (inner !== c && inner.cannotDelete && p.controls.indexOf(inner) > p.controls.indexOf(c)) {
            throw new MemoryOfficeError("AccessDenied", `The content control '${inner.tag}' cannot be deleted.`);
          }
        }
      }
      for (const p of paras) this.removeParagraph(p);
    }
    c.deleted = true;
  }

  deleteParagraph(p: ParaData): void {
    this.indexOf(p);
    this.assertEditable(p.controls);
    if (isTracking(this)) return trackDeletion(this, p);
    // A control's boundary sits in its first and last paragraphs: deleting one removes the control (office-js #4975, #3176).
    for (const c of edgeDeleteRemovesControls(this, p)) {
      if (c.cannotDelete) throw new MemoryOfficeError("AccessDenied", `The content control '${c.tag}' cannot be deleted.`);
    }
    for (const c of edgeDeleteRemovesControls(this, p)) {
      for (const q of this.paragraphs) if (q !== p && q.controls.includes(c)) q.controls = q.controls.filter((x) => x !== c);
      c.deleted = true;
    }
    this.removeParagraph(p);
  }

  private removeParagraph(p: ParaData): void {
    const i = this.paragraphs.indexOf(p);
    if (i >= 0) this.paragraphs.splice(i, 1);
    p.deleted = true;
    // Word always keeps one paragraph in the body.
    if (this.paragraphs.length === 0) this.paragraphs.push(this.makeParagraph({ text: "" }));
  }

  setParagraphFormat(p: ParaData, change: (p: ParaData) => void): void {
    this.indexOf(p);
    this.assertEditable(p.controls);
    change(p);
  }

  // ---- text inside a paragraph (runs) -----------------------------------

  /** The paragraph's runs, created on first use; rebuilt if the text was changed without them. */
  private runsOf(p: ParaData): RunData[] {
    if (!p.runs || p.runs.map((r) => r.text).join("") !== p.text) {
      p.runs = [{ text: p.text, bold: p.bold === true, italic: p.italic === true, color: p.color }];
    }
    return p.runs;
  }

  /** Splits runs so one starts at `offset`; returns its index. */
  private splitAt(p: ParaData, offset: number): number {
    const runs = this.runsOf(p);
    let pos = 0;
    for (let i = 0; i < runs.length; i++) {
      const r = runs[i]!;
      if (offset === pos) return i;
      if (offset < pos + r.text.length) {
        const cut = offset - pos;
        runs.splice(i, 1, { ...r, text: r.text.slice(0, cut) }, { ...r, text: r.text.slice(cut) });
        return i + 1;
      }
      pos += r.text.length;
    }
    return runs.length;
  }

  /** Drops empty runs, merges equal neighbours and makes `text` the runs' text again. */
  private tidy(p: ParaData): void {
    const runs = (p.runs ?? []).filter((r) => r.text !== "");
    const merged: RunData[] = [];
    for (const r of runs) {
      const last = merged[merged.length - 1];
      if (last && last.bold === r.bold && last.italic === r.italic && last.color === r.color && !!last.hidden === !!r.hidden) last.text += r.text;
      else merged.push({ ...r });
    }
    p.runs = merged;
    p.text = merged.map((r) => r.text).join("");
    summariseRuns(p);
  }

  private checkOffset(p: ParaData, offset: number): void {
    this.indexOf(p);
    if (!Number.isInteger(offset) || offset < 0 || offset > p.text.length) {
      throw new MemoryOfficeError("InvalidArgument", "The position is outside the paragraph.");
    }
  }

  /**
   * Replaces the characters [from, to) of a paragraph (from === to inserts).
   * New text takes the formatting of the character before it, as typing does.
   */
  replaceText(p: ParaData, from: number, to: number, text: string): void {
    this.checkOffset(p, from);
    this.checkOffset(p, to);
    this.assertEditable(p.controls);
    // With Track Changes on, what was there before is the "Original" text (getReviewedText).
    if (isTracking(this) && !p.trackedInsertion && p.originalText === undefined) p.originalText = p.text;
    const runs = this.runsOf(p);
    const a = this.splitAt(p, from);
    const b = this.splitAt(p, to);
    const like = runs[a - 1] ?? runs[a] ?? { bold: p.bold === true, italic: p.italic === true, color: p.color };
    runs.splice(a, b - a, { text, bold: like.bold, italic: like.italic, color: like.color });
    this.tidy(p);
  }

  /** Sets a font property on the characters [from, to). */
  setTextFont(p: ParaData, from: number, to: number, change: (r: RunData) => void): void {
    this.checkOffset(p, from);
    this.checkOffset(p, to);
    this.assertEditable(p.controls);
    if (from === to) return;
    const runs = this.runsOf(p);
    const a = this.splitAt(p, from);
    const b = this.splitAt(p, to);
    for (let i = a; i < b; i++) change(runs[i]!);
    this.tidy(p);
  }

  /** A font property over [from, to): the common value, or null when it differs. */
  textFont<K extends "bold" | "italic" | "color" | "hidden">(p: ParaData, from: number, to: number, key: K): RunData[K] | null {
    const runs = this.runsOf(p);
    const values = new Set<RunData[K]>();
    let pos = 0;
    for (const r of runs) {
      const end = pos + r.text.length;
      if ((from === to && from >= pos && from <= end) || (end > from && pos < to)) values.add((key === "hidden" ? !!r.hidden : r[key]) as RunData[K]);
      pos = end;
    }
    if (values.size === 0) return key === "color" ? (p.color as RunData[K]) : key === "hidden" ? (false as RunData[K]) : ((p[key as "bold" | "italic"] === true) as RunData[K]);
    return values.size === 1 ? [...values][0]! : null;
  }

  setControlProperty(c: ControlData, change: (c: ControlData) => void): void {
    this.assertWritable();
    this.assertLive(c);
    const wasLocked = c.cannotEdit;
    change(c);
    if (!wasLocked && c.cannotEdit) noteLockedRevisions(this, c);
  }

  select(start: ParaData, end: ParaData, startOffset?: number, endOffset?: number): void {
    this.indexOf(start);
    this.indexOf(end);
    this.selection = startOffset === undefined ? { start, end } : { start, end, startOffset, endOffset };
  }

  /** Body.clear (WordApi 1.1): everything goes, one empty paragraph stays. */
  clearBody(): void {
    this.assertWritable();
    for (const p of this.paragraphs) p.deleted = true;
    for (const c of this.allControls()) c.deleted = true;
    this.paragraphs = [this.makeParagraph({ text: "" })];
    this.selection = null;
  }

  // ---- custom XML parts ---------------------------------------------------

  addXmlPart(xml: string): XmlPartData {
    this.assertWritable();
    const part: XmlPartData = { id: `{MEM-PART-${this.nextPartId++}}`, namespaceUri: rootNamespace(xml), xml, deleted: false };
    this.xmlParts.push(part);
    return part;
  }

  liveXmlParts(): XmlPartData[] {
    return this.xmlParts.filter((p) => !p.deleted);
  }
}

/** Paragraph-level bold/italic as Word reports them: true, false, or null when runs differ. */
export function summariseRuns(p: ParaData): void {
  const runs = (p.runs ?? []).filter((r) => r.text !== "");
  if (runs.length === 0) return;
  const all = (k: "bold" | "italic") => (runs.every((r) => r[k]) ? true : runs.some((r) => r[k]) ? null : false);
  p.bold = all("bold");
  p.italic = all("italic");
  // Word reports mixed colours as an empty value.
  p.color = runs.every((r) => r.color === runs[0]!.color) ? runs[0]!.color : "";
}

/** Namespace URI of the root element, as Word reports `namespaceUri`. */
export function rootNamespace(xml: string): string {
  const body = xml.replace(/^\s*(<\?[\s\S]*?\?>\s*)?(<!--[\s\S]*?-->\s*)*/, "");
  const m = /^<([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?((?:[^\w.>-][^>]*)?)>/.exec(body);
  if (!m) throw new MemoryOfficeError("InvalidArgument", "The XML is not well formed.");
  const prefix = m[2] !== undefined ? m[1] : null;
  const attrs = m[3];
  const re = prefix ? new RegExp(`xmlns:${prefix}\\s*=\\s*["']([^"']*)["']`) : /xmlns\s*=\s*["']([^"']*)["']/;
  return re.exec(attrs)?.[1] ?? "";
}

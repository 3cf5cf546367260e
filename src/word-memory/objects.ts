import type {
  BreakType,
  ChangeTrackingMode,
  ControlRangeLocation,
  RangeLocation,
  WBody,
  WContentControl,
  WContentControlCollection,
  WCustomXmlPart,
  WCustomXmlPartCollection,
  WCustomXmlPartScopedCollection,
  WDocument,
  WFont,
  WList,
  WListItem,
  WNoteItem,
  WParagraph,
  WParagraphCollection,
  WRange,
  WTableCell,
} from "../word/word-api";
import { MemoryOfficeError } from "./office-error";
import type { ControlData, MemoryDocument, NoteData, ParaData, RunData, XmlPartData } from "./model";
import { MemClientResult, MemCollection, MemObject, MemoryRequestContext, Ref } from "./proxy";
import { builtInForStyle, styleNameForBuiltIn } from "./styles";
import { MemNoteItem, MemNoteItemCollection } from "./notes";
// Comments, tables and search live in their own files; the classes below only hand over to them.
import { commentsInRange, insertComment, memoryComments, MemCommentCollection, type MemComment } from "./comments";
import { insertTable, MemTable, type TableData } from "./tables";
import { searchIn, type MemRangeCollection, type SearchOptions } from "./search";
import { detachFromList, listOf, listStringOf, setLevel, setLevelNumbering, startNewList, type ListData, type ListNumbering } from "./lists";
import { hasTrackedChange, reviewedText } from "./track-changes";
import { isWeb, refuseOnWeb } from "./web-platform";
import { MemEventHandlers } from "./events";
import { paragraphOoxml } from "./ooxml";
import { insertTextBox, memoryShapes, MemShapeCollection, shapesAnchoredIn, type MemShape } from "./shapes";

/** Proxy classes for the Word objects the add-in uses. */

/** A span of characters: from offset `so` in `start` to offset `eo` in `end` (paragraph marks between). */
export interface RangeData {
  start: ParaData;
  so: number;
  end: ParaData;
  eo: number;
}

function paragraphSpan(ctx: MemoryRequestContext, r: RangeData): ParaData[] {
  const m = ctx.memory;
  return m.paragraphs.slice(m.indexOf(r.start), m.indexOf(r.end) + 1);
}

type Where = "Whole" | "Start" | "End" | "Content" | "After" | "Before";

/**
 * The range of whole paragraphs first..last, or a collapsed point. "End" is before the last
 * paragraph's mark; "After" is past it, at the start of the next paragraph (Word.RangeLocation:
 * "For paragraph, [End is] the point before the EOP"; "After: the point after the object",
 * https://learn.microsoft.com/en-us/javascript/api/word/word.rangelocation).
 */
export function spanOf(ctx: MemoryRequestContext, first: ParaData, last: ParaData, where: Where): RangeData {
  if (where === "Start" || where === "Before") return { start: first, so: 0, end: first, eo: 0 };
  if (where === "After") {
    const next = ctx.memory.paragraphs[ctx.memory.indexOf(last) + 1];
    if (next) return { start: next, so: 0, end: next, eo: 0 };
  }
  if (where === "End" || where === "After") return { start: last, so: last.text.length, end: last, eo: last.text.length };
  return { start: first, so: 0, end: last, eo: last.text.length };
}

/** Word rejects a location the method does not list (Range/Paragraph/Body take no "Before"). */
function checkLocation(method: string, where: string, allowed: readonly string[]): void {
  if (!allowed.includes(where)) throw new MemoryOfficeError("InvalidArgument", `${method} does not accept '${where}'.`);
}
const RANGE_LOCATIONS: readonly RangeLocation[] = ["Whole", "Start", "End", "After", "Content"];
const CONTROL_LOCATIONS: readonly ControlRangeLocation[] = [...RANGE_LOCATIONS, "Before"];

function rangeText(ctx: MemoryRequestContext, r: RangeData): string {
  if (r.start === r.end) return r.start.text.slice(r.so, r.eo);
  const ps = paragraphSpan(ctx, r);
  return ps.map((p, i) => (i === 0 ? p.text.slice(r.so) : i === ps.length - 1 ? p.text.slice(0, r.eo) : p.text)).join("\r");
}

// ---- Font -------------------------------------------------------------------

export class MemFont extends MemObject implements WFont {
  constructor(context: MemoryRequestContext, private readonly para: Ref<ParaData>) {
    super(context);
  }
  protected scalarNames(): readonly string[] {
    return ["bold", "italic", "color", "hidden"];
  }
  protected readScalar(name: string): unknown {
    const p = this.para.required("paragraph");
    if (name === "hidden") return this.memory.textFont(p, 0, p.text.length, "hidden");
    return name === "bold" ? p.bold : name === "italic" ? p.italic : p.color;
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.write(() => this.memory.setParagraphFormat(this.para.required("paragraph"), (p) => ((p.bold = v), p.runs?.forEach((r) => (r.bold = v)))));
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(v: boolean) {
    this.write(() => this.memory.setParagraphFormat(this.para.required("paragraph"), (p) => ((p.italic = v), p.runs?.forEach((r) => (r.italic = v)))));
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.write(() => this.memory.setParagraphFormat(this.para.required("paragraph"), (p) => ((p.color = v), p.runs?.forEach((r) => (r.color = v)))));
  }
  /** WordApiDesktop 1.2: hidden text stays in `text` (see MemRangeFont.hidden). */
  get hidden(): boolean {
    return this.get("hidden");
  }
  set hidden(v: boolean) {
    this.write(() => {
      this.memory.requireSet("WordApiDesktop", "1.2", "Font.hidden");
      const p = this.para.required("paragraph");
      this.memory.setTextFont(p, 0, p.text.length, (r) => (r.hidden = v));
    });
  }
}

// ---- Table cell ---------------------------------------------------------------

export class MemTableCell extends MemObject implements WTableCell {
  constructor(context: MemoryRequestContext, private readonly para: Ref<ParaData>) {
    super(context);
  }
  protected override resolvesToNull(): boolean {
    return !this.para.required("paragraph").table;
  }
  protected scalarNames(): readonly string[] {
    return ["rowIndex", "cellIndex"];
  }
  protected readScalar(name: string): unknown {
    const t = this.para.required("paragraph").table!;
    return name === "rowIndex" ? t.row : t.cell;
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get cellIndex(): number {
    return this.get("cellIndex");
  }
}

// ---- Paragraph ----------------------------------------------------------------

/** Word takes indents in points within about ±22 inches (1584 pt); anything else fails the sync. */
function checkIndent(name: string, v: number): number {
  if (typeof v !== "number" || !Number.isFinite(v) || Math.abs(v) > 1584) {
    throw new MemoryOfficeError("InvalidArgument", `Paragraph.${name} must be a number of points, not '${String(v)}'.`);
  }
  return v;
}

export class MemParagraph extends MemObject implements WParagraph {
  private fontObj?: MemFont;
  private parentCc?: MemContentControl;
  private parentCell?: MemTableCell;

  constructor(context: MemoryRequestContext, readonly ref: Ref<ParaData>) {
    super(context);
  }

  protected scalarNames(): readonly string[] {
    return ["text", "style", "styleBuiltIn", "outlineLevel", "leftIndent", "firstLineIndent", "tableNestingLevel", "isListItem", "uniqueLocalId"];
  }

  protected readScalar(name: string): unknown {
    const p = this.ref.required("paragraph");
    this.memory.indexOf(p);
    switch (name) {
      case "text":
        return p.text;
      case "style":
        return p.style;
      case "styleBuiltIn":
        return this.memory.styleBuiltInOf(p);
      case "outlineLevel":
        return this.memory.outlineLevelOf(p);
      case "leftIndent":
        return p.leftIndent;
      case "firstLineIndent":
        return p.firstLineIndent;
      case "tableNestingLevel":
        return p.table ? p.table.nesting : 0;
      case "isListItem":
        // The number or bullet itself is never part of `text` (lists.ts).
        return listOf(this.memory, p) !== null;
      case "uniqueLocalId":
        return `00000000-0000-4000-8000-${String(p.uid).padStart(12, "0")}`;
    }
    return undefined;
  }

  protected override navigation(name: string): MemObject | undefined {
    if (name === "font") return this.font;
    if (name === "parentContentControlOrNullObject") return this.parentContentControlOrNullObject;
    if (name === "parentTableCellOrNullObject") return this.parentTableCellOrNullObject;
    if (name === "listItemOrNullObject") return this.listItemOrNullObject;
    if (name === "listItem") return this.listItem;
    if (name === "shapes") return this.shapes;
    return undefined;
  }

  get text(): string {
    return this.get("text");
  }
  get style(): string {
    return this.get("style");
  }
  set style(v: string) {
    this.write(() => this.memory.setParagraphFormat(this.ref.required("paragraph"), (p) => ((p.style = v), (p.outlineLevel = undefined))));
  }
  get styleBuiltIn(): string {
    return this.get("styleBuiltIn");
  }
  set styleBuiltIn(v: string) {
    if (builtInForStyle(v) === "Other") throw new MemoryOfficeError("InvalidArgument", `'${v}' is not a built-in style.`);
    this.write(() =>
      this.memory.setParagraphFormat(this.ref.required("paragraph"), (p) => ((p.style = styleNameForBuiltIn(v)), (p.outlineLevel = undefined))),
    );
  }
  get outlineLevel(): number {
    return this.get("outlineLevel");
  }
  set outlineLevel(v: number) {
    this.write(() => this.memory.setParagraphFormat(this.ref.required("paragraph"), (p) => (p.outlineLevel = v)));
  }
  get leftIndent(): number {
    return this.get("leftIndent");
  }
  set leftIndent(v: number) {
    this.write(() => this.memory.setParagraphFormat(this.ref.required("paragraph"), (p) => (p.leftIndent = checkIndent("leftIndent", v))));
  }
  get firstLineIndent(): number {
    return this.get("firstLineIndent");
  }
  set firstLineIndent(v: number) {
    this.write(() =>
      this.memory.setParagraphFormat(this.ref.required("paragraph"), (p) => (p.firstLineIndent = checkIndent("firstLineIndent", v))),
    );
  }
  get tableNestingLevel(): number {
    return this.get("tableNestingLevel");
  }
  get isListItem(): boolean {
    return this.get("isListItem");
  }
  get uniqueLocalId(): string {
    return this.get("uniqueLocalId");
  }

  private listItemProxy?: MemListItem;
  private listItemStrict?: MemListItem;
  get listItemOrNullObject(): MemListItem {
    return (this.listItemProxy ??= new MemListItem(this.context, this.ref, true));
  }
  get listItem(): MemListItem {
    return (this.listItemStrict ??= new MemListItem(this.context, this.ref, false));
  }

  detachFromList(): void {
    this.write(() => detachFromList(this.memory, this.ref.required("paragraph")));
  }

  startNewList(): MemList {
    const created = new Ref<ListData>();
    this.write(() => created.set(startNewList(this.memory, this.ref.required("paragraph"))));
    return new MemList(this.context, created);
  }

  getOoxml(): MemClientResult<string> {
    const result = new MemClientResult<string>();
    this.context.enqueue(() => {
      const p = this.ref.required("paragraph");
      this.memory.indexOf(p);
      result.set(paragraphOoxml(this.memory, p));
    });
    return result;
  }

  get font(): MemFont {
    return (this.fontObj ??= new MemFont(this.context, this.ref));
  }

  private shapeItems?: MemShapeCollection;
  /** WordApiDesktop 1.2 (shapes.ts). */
  get shapes(): MemShapeCollection {
    return (this.shapeItems ??= new MemShapeCollection(this.context, () => shapesAnchoredIn(this.memory, this.ref.required("paragraph"))));
  }

  insertTextBox(text?: string): MemShape {
    return insertTextBox(this.context, this.ref, text);
  }

  get parentContentControlOrNullObject(): MemContentControl {
    return (this.parentCc ??= new MemContentControl(
      this.context,
      new Ref(() => {
        const p = this.ref.required("paragraph");
        return p.controls.length ? p.controls[p.controls.length - 1] : null;
      }),
    ));
  }

  get parentTableCellOrNullObject(): MemTableCell {
    return (this.parentCell ??= new MemTableCell(this.context, this.ref));
  }

  insertParagraph(text: string, location: "Before" | "After"): MemParagraph {
    const created = new Ref<ParaData>();
    this.write(() => {
      const p = this.ref.required("paragraph");
      if (location === "Before") created.set(this.memory.insertBeforeParagraph(p, text));
      else if (location === "After") created.set(this.memory.insertAfterParagraph(p, text));
      else throw new MemoryOfficeError("InvalidArgument", `Paragraph.insertParagraph does not accept '${String(location)}'.`);
    });
    return new MemParagraph(this.context, created);
  }

  insertContentControl(): MemContentControl {
    const created = new Ref<ControlData>();
    this.write(() => {
      const p = this.ref.required("paragraph");
      created.set(this.memory.wrap(p, p));
    });
    return new MemContentControl(this.context, created);
  }

  getRange(location: RangeLocation = "Whole"): MemRange {
    return new MemRange(
      this.context,
      new Ref(() => {
        checkLocation("Paragraph.getRange", location, RANGE_LOCATIONS);
        const p = this.ref.required("paragraph");
        return spanOf(this.context, p, p, location);
      }),
    );
  }

  select(selectionMode: SelectionMode = "Select"): void {
    this.write(() => {
      const p = this.ref.required("paragraph");
      selectSpan(this.memory, { start: p, so: 0, end: p, eo: p.text.length }, selectionMode, true);
    });
  }

  getReviewedText(version: "Original" | "Current" = "Current"): MemClientResult<string> {
    const result = new MemClientResult<string>();
    this.context.enqueue(() => {
      this.memory.requireSet("WordApi", "1.4", "Paragraph.getReviewedText");
      const p = this.ref.required("paragraph");
      this.memory.indexOf(p);
      result.set(reviewedText(p, version) ?? "");
    });
    return result;
  }

  /** Inserts text at the start or end of the paragraph, or replaces its text; returns the inserted text's range. */
  insertText(text: string, location: "Start" | "End" | "Replace"): MemRange {
    const created = new Ref<RangeData>();
    this.write(() => {
      const p = this.ref.required("paragraph");
      const from = location === "End" ? p.text.length : 0;
      const to = location === "Replace" ? p.text.length : from;
      this.memory.replaceText(p, from, to, text);
      created.set({ start: p, so: from, end: p, eo: from + text.length });
    });
    return new MemRange(this.context, created);
  }

  search(searchText: string, options?: SearchOptions): MemRangeCollection {
    return searchIn(this.context, this.ref, searchText, options);
  }

  insertTable(rowCount: number, columnCount: number, location: "Before" | "After", values?: string[][]): MemTable {
    const created = new Ref<TableData>();
    this.write(() => created.set(insertTable(this.memory, this.ref.required("paragraph"), location, rowCount, columnCount, values)));
    return new MemTable(this.context, created);
  }

  delete(): void {
    this.write(() => this.memory.deleteParagraph(this.ref.required("paragraph")));
  }
}

export class MemParagraphCollection extends MemCollection<MemParagraph, ParaData> implements WParagraphCollection {
  constructor(context: MemoryRequestContext, private readonly resolver: () => ParaData[]) {
    super(context);
  }
  protected resolveAll(): ParaData[] {
    return this.resolver();
  }
  protected makeItem(data: ParaData): MemParagraph {
    return new MemParagraph(this.context, Ref.of(data));
  }
  /**
   * The first paragraph, resolved at sync; ItemNotFound when there is none
   * (ParagraphCollection.getFirst, WordApi 1.3:
   * https://learn.microsoft.com/javascript/api/word/word.paragraphcollection#word-word-paragraphcollection-getfirst-member(1)).
   */
  getFirst(): MemParagraph {
    return new MemParagraph(
      this.context,
      new Ref(() => {
        const first = this.resolver()[0];
        if (!first) throw new MemoryOfficeError("ItemNotFound", "The collection is empty.");
        return first;
      }),
    );
  }
  /** The last paragraph, resolved at sync; ItemNotFound when there is none (ParagraphCollection.getLast, WordApi 1.3). */
  getLast(): MemParagraph {
    return new MemParagraph(
      this.context,
      new Ref(() => {
        const last = this.resolver().at(-1);
        if (!last) throw new MemoryOfficeError("ItemNotFound", "The collection is empty.");
        return last;
      }),
    );
  }
}

// ---- Lists (WordApi 1.3; lists.ts) --------------------------------------------------

export class MemListItem extends MemObject implements WListItem {
  constructor(
    context: MemoryRequestContext,
    private readonly para: Ref<ParaData>,
    private readonly orNull: boolean,
  ) {
    super(context);
  }
  protected override resolvesToNull(): boolean {
    const p = this.para.required("paragraph");
    const none = listOf(this.memory, p) === null;
    if (none && !this.orNull) throw new MemoryOfficeError("ItemNotFound", "The paragraph is not a list item.");
    return none;
  }
  protected override beforeAction(): void {
    const p = this.para.required("paragraph");
    const ref = listOf(this.memory, p);
    // Word on the web fails loading list items of a list holding tracked changes (office-js #5901, #5335).
    if (isWeb(this.memory) && ref && (p.trackedDeletion || this.memory.paragraphs.some((q) => listOf(this.memory, q)?.list === ref.list && hasTrackedChange(q)))) {
      refuseOnWeb(this.memory, "list-item-with-tracked-changes", [p]);
    }
  }
  protected scalarNames(): readonly string[] {
    return ["level", "listString"];
  }
  protected readScalar(name: string): unknown {
    const p = this.para.required("paragraph");
    return name === "level" ? (listOf(this.memory, p)?.level ?? 0) : listStringOf(this.memory, p);
  }
  get level(): number {
    return this.get("level");
  }
  set level(v: number) {
    this.write(() => setLevel(this.memory, this.para.required("paragraph"), v));
  }
  get listString(): string {
    return this.get("listString");
  }
}

export class MemList extends MemObject implements WList {
  constructor(context: MemoryRequestContext, private readonly list: Ref<ListData>) {
    super(context);
  }
  protected scalarNames(): readonly string[] {
    return ["id"];
  }
  protected readScalar(): unknown {
    return this.list.required("list").id;
  }
  get id(): number {
    return this.get("id");
  }
  setLevelNumbering(level: number, listNumbering: Exclude<ListNumbering, "Bullet">, formatString?: Array<string | number>): void {
    this.write(() => setLevelNumbering(this.memory, this.list.required("list"), level, listNumbering, formatString));
  }
}

// ---- Content control ----------------------------------------------------------

export class MemContentControl extends MemObject implements WContentControl {
  private paras?: MemParagraphCollection;
  private parentCc?: MemContentControl;

  constructor(context: MemoryRequestContext, readonly ref: Ref<ControlData>) {
    super(context);
  }

  protected override resolvesToNull(): boolean {
    return this.ref.get() === null;
  }

  private control(): ControlData {
    const c = this.ref.required("content control");
    this.memory.assertLive(c);
    return c;
  }

  protected scalarNames(): readonly string[] {
    return ["id", "tag", "title", "placeholderText", "appearance", "cannotEdit", "cannotDelete", "color", "text", "type"];
  }

  protected readScalar(name: string): unknown {
    const c = this.control();
    switch (name) {
      case "text":
        return this.memory
          .paragraphsOf(c)
          .map((p) => p.text)
          .join("\r");
      case "type":
        return "RichText";
      default:
        return c[name as keyof ControlData];
    }
  }

  protected override navigation(name: string): MemObject | undefined {
    if (name === "paragraphs") return this.paragraphs;
    if (name === "parentContentControlOrNullObject") return this.parentContentControlOrNullObject;
    return undefined;
  }

  private setProp(change: (c: ControlData) => void): void {
    this.write(() => this.memory.setControlProperty(this.control(), change));
  }

  get id(): number {
    return this.get("id");
  }
  get text(): string {
    return this.get("text");
  }
  get type(): string {
    return this.get("type");
  }
  get tag(): string {
    return this.get("tag");
  }
  set tag(v: string) {
    this.setProp((c) => (c.tag = v));
  }
  get title(): string {
    return this.get("title");
  }
  set title(v: string) {
    this.setProp((c) => (c.title = v));
  }
  /**
   * WordApi 1.1 (https://learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-placeholdertext-member):
   * "Dimmed text will be displayed when the content control is empty". While shown, it is the control's text.
   */
  get placeholderText(): string {
    return this.get("placeholderText");
  }
  set placeholderText(v: string) {
    this.setProp((c) => (c.placeholderText = v));
  }
  get appearance(): string {
    return this.get("appearance");
  }
  /**
   * Word.ContentControlAppearance is "BoundingBox", "Tags" or "Hidden"
   * (https://learn.microsoft.com/javascript/api/word/word.contentcontrolappearance); Word refuses any
   * other value, as it refuses any value outside an enum, with InvalidArgument.
   */
  set appearance(v: string) {
    if (v !== "BoundingBox" && v !== "Tags" && v !== "Hidden") {
      throw new MemoryOfficeError("InvalidArgument", `'${String(v)}' is not a content control appearance.`);
    }
    this.setProp((c) => (c.appearance = v));
  }
  get cannotEdit(): boolean {
    return this.get("cannotEdit");
  }
  set cannotEdit(v: boolean) {
    this.setProp((c) => (c.cannotEdit = v));
  }
  get cannotDelete(): boolean {
    return this.get("cannotDelete");
  }
  set cannotDelete(v: boolean) {
    this.setProp((c) => (c.cannotDelete = v));
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.setProp((c) => (c.color = v));
  }

  get paragraphs(): MemParagraphCollection {
    return (this.paras ??= new MemParagraphCollection(this.context, () => this.memory.paragraphsOf(this.control())));
  }

  get parentContentControlOrNullObject(): MemContentControl {
    return (this.parentCc ??= new MemContentControl(this.context, new Ref(() => this.memory.parentOf(this.control()))));
  }

  insertParagraph(text: string, location: "Start" | "End" | "Before" | "After"): MemParagraph {
    const created = new Ref<ParaData>();
    this.write(() => created.set(this.memory.insertAtControl(this.control(), text, location)));
    return new MemParagraph(this.context, created);
  }

  getRange(location: ControlRangeLocation = "Whole"): MemRange {
    return new MemRange(
      this.context,
      new Ref(() => {
        checkLocation("ContentControl.getRange", location, CONTROL_LOCATIONS);
        const paras = this.memory.paragraphsOf(this.control());
        return spanOf(this.context, paras[0]!, paras[paras.length - 1]!, location);
      }),
    );
  }

  /** Text at the start or end of the control (inside it); "Replace" empties it to one paragraph holding the text. */
  insertText(text: string, location: "Replace" | "Start" | "End"): MemRange {
    const created = new Ref<RangeData>();
    this.write(() => {
      checkLocation("ContentControl.insertText", location, ["Replace", "Start", "End"]);
      const paras = this.memory.paragraphsOf(this.control());
      if (location === "Replace") {
        for (const p of paras.slice(1)) this.memory.deleteParagraph(p);
        this.memory.replaceText(paras[0]!, 0, paras[0]!.text.length, text);
        created.set({ start: paras[0]!, so: 0, end: paras[0]!, eo: text.length });
        return;
      }
      const p = location === "Start" ? paras[0]! : paras[paras.length - 1]!;
      const at = location === "Start" ? 0 : p.text.length;
      this.memory.replaceText(p, at, at, text);
      created.set({ start: p, so: at, end: p, eo: at + text.length });
    });
    return new MemRange(this.context, created);
  }

  delete(keepContent: boolean): void {
    this.write(() => this.memory.deleteControl(this.control(), keepContent));
  }

  select(selectionMode: SelectionMode = "Select"): void {
    this.write(() => {
      const paras = this.memory.paragraphsOf(this.control());
      const last = paras[paras.length - 1]!;
      selectSpan(this.memory, { start: paras[0]!, so: 0, end: last, eo: last.text.length }, selectionMode, true);
    });
  }
}

export class MemContentControlCollection extends MemCollection<MemContentControl, ControlData> implements WContentControlCollection {
  constructor(context: MemoryRequestContext, private readonly resolver: () => ControlData[]) {
    super(context);
  }
  protected resolveAll(): ControlData[] {
    return this.resolver();
  }
  protected makeItem(data: ControlData): MemContentControl {
    return new MemContentControl(this.context, Ref.of(data));
  }
  getByTag(tag: string): MemContentControlCollection {
    return new MemContentControlCollection(this.context, () => this.resolver().filter((c) => c.tag === tag));
  }
  getFirstOrNullObject(): MemContentControl {
    return new MemContentControl(this.context, new Ref(() => this.resolver()[0] ?? null));
  }
}

/**
 * `select(selectionMode)` on a paragraph, control or range: "Select" (the default) selects it,
 * "Start" and "End" leave a collapsed cursor at its start or end, selecting nothing
 * (https://learn.microsoft.com/en-us/javascript/api/word/word.selectionmode). A whole paragraph or
 * control selected with "Select" is kept as a paragraph selection (no offsets), as before.
 */
type SelectionMode = "Select" | "Start" | "End";

function selectSpan(memory: MemoryDocument, r: RangeData, mode: SelectionMode, whole: boolean): void {
  if (mode === "Start") memory.select(r.start, r.start, r.so, r.so);
  else if (mode === "End") memory.select(r.end, r.end, r.eo, r.eo);
  else if (whole) memory.select(r.start, r.end);
  else memory.select(r.start, r.end, r.so, r.eo);
}

// ---- Range ----------------------------------------------------------------------

export class MemRange extends MemObject implements WRange {
  private paras?: MemParagraphCollection;
  private fontObj?: MemRangeFont;

  constructor(context: MemoryRequestContext, readonly ref: Ref<RangeData>) {
    super(context);
  }

  protected scalarNames(): readonly string[] {
    return ["text", "isEmpty"];
  }

  protected readScalar(name: string): unknown {
    const r = this.ref.required("range");
    const text = rangeText(this.context, r);
    return name === "text" ? text : text.length === 0;
  }

  protected override navigation(name: string): MemObject | undefined {
    if (name === "paragraphs") return this.paragraphs;
    if (name === "font") return this.font;
    return undefined;
  }

  get text(): string {
    return this.get("text");
  }
  get isEmpty(): boolean {
    return this.get("isEmpty");
  }

  insertComment(text: string): MemComment {
    return insertComment(this.context, this.ref, text);
  }

  getComments(): MemCommentCollection {
    return new MemCommentCollection(this.context, () => commentsInRange(this.memory, this.ref.required("range")));
  }

  get paragraphs(): MemParagraphCollection {
    return (this.paras ??= new MemParagraphCollection(this.context, () => paragraphSpan(this.context, this.ref.required("range"))));
  }

  get font(): MemRangeFont {
    return (this.fontObj ??= new MemRangeFont(this.context, this.ref));
  }

  select(selectionMode: SelectionMode = "Select"): void {
    this.write(() => selectSpan(this.memory, this.ref.required("range"), selectionMode, false));
  }

  getRange(location: RangeLocation = "Whole"): MemRange {
    return new MemRange(
      this.context,
      new Ref(() => {
        // Range.getRange takes no "Before" (Word.RangeLocation: "before: for content control only").
        checkLocation("Range.getRange", location, RANGE_LOCATIONS);
        const r = this.ref.required("range");
        if (location === "Start") return { start: r.start, so: r.so, end: r.start, eo: r.so };
        if (location === "End" || location === "After") return { start: r.end, so: r.eo, end: r.end, eo: r.eo };
        return { ...r };
      }),
    );
  }

  expandTo(other: WRange): MemRange {
    const o = other as MemRange;
    return new MemRange(
      this.context,
      new Ref(() => {
        const a = this.ref.required("range");
        const b = o.ref.required("range");
        const m = this.memory;
        const before = (p: ParaData, x: number, q: ParaData, y: number) => m.indexOf(p) < m.indexOf(q) || (p === q && x <= y);
        const [start, so] = before(a.start, a.so, b.start, b.so) ? [a.start, a.so] : [b.start, b.so];
        const [end, eo] = before(a.end, a.eo, b.end, b.eo) ? [b.end, b.eo] : [a.end, a.eo];
        return { start, so, end, eo };
      }),
    );
  }

  /**
   * Inserts text and returns its range. Works within one paragraph (what the
   * add-in does at the cursor); replacing across paragraphs is not modelled.
   */
  insertText(text: string, location: "Replace" | "Start" | "End" | "Before" | "After"): MemRange {
    const created = new Ref<RangeData>();
    this.write(() => {
      const r = this.ref.required("range");
      if (/[\r\n]/.test(text)) throw new MemoryOfficeError("InvalidArgument", "The in-memory Word inserts text within one paragraph only.");
      let p: ParaData;
      let from: number;
      let to: number;
      if (location === "Replace") {
        if (r.start !== r.end) throw new MemoryOfficeError("InvalidArgument", "The in-memory Word replaces text within one paragraph only.");
        [p, from, to] = [r.start, r.so, r.eo];
      } else if (location === "Start" || location === "Before") {
        [p, from, to] = [r.start, r.so, r.so];
      } else {
        [p, from, to] = [r.end, r.eo, r.eo];
      }
      this.memory.replaceText(p, from, to, text);
      created.set({ start: p, so: from, end: p, eo: from + text.length });
    });
    return new MemRange(this.context, created);
  }

  /** A line break is "\u000b" in `text` (office-js #2792 shows it); a page break is modelled as "\f" (no source: see docs/word-behaviour.md). */
  insertBreak(breakType: BreakType, location: "Before" | "After"): void {
    this.write(() => {
      checkLocation("Range.insertBreak", location, ["Before", "After"]);
      const r = this.ref.required("range");
      const [p, at] = location === "Before" ? [r.start, r.so] : [r.end, r.eo];
      this.memory.replaceText(p, at, at, breakType === "Line" ? "\u000b" : "\f");
    });
  }

  /**
   * WordApi 1.5: a footnote at the end of the range. Its reference mark is one character, U+0002,
   * in the paragraph's `text` (office-js #2749), and the note joins Body.footnotes (notes.ts).
   */
  insertFootnote(text = ""): WNoteItem {
    let note: NoteData | null = null;
    this.write(() => {
      this.memory.requireSet("WordApi", "1.5", "Range.insertFootnote");
      const r = this.ref.required("range");
      this.memory.replaceText(r.end, r.eo, r.eo, "\u0002");
      note = this.memory.addNote("Footnote", r.end, [text]);
    });
    return new MemNoteItem(this.context, new Ref(() => note));
  }

  getReviewedText(version: "Original" | "Current" = "Current"): MemClientResult<string> {
    const result = new MemClientResult<string>();
    this.context.enqueue(() => {
      this.memory.requireSet("WordApi", "1.4", "Range.getReviewedText");
      const r = this.ref.required("range");
      const ps = paragraphSpan(this.context, r);
      if (ps.length === 1 && !hasTrackedChange(ps[0]!)) result.set(rangeText(this.context, r));
      else result.set(ps.map((p) => reviewedText(p, version)).filter((t): t is string => t !== null).join("\r"));
    });
    return result;
  }

  insertContentControl(): MemContentControl {
    const created = new Ref<ControlData>();
    this.write(() => {
      const r = this.ref.required("range");
      // Block-level controls only: a range inside a paragraph wraps the whole paragraph.
      created.set(this.memory.wrap(r.start, r.end));
    });
    return new MemContentControl(this.context, created);
  }

  insertParagraph(text: string, location: "Before" | "After"): MemParagraph {
    const created = new Ref<ParaData>();
    this.write(() => {
      const r = this.ref.required("range");
      created.set(location === "Before" ? this.memory.insertBeforeParagraph(r.start, text) : this.memory.insertAfterParagraph(r.end, text));
    });
    return new MemParagraph(this.context, created);
  }
}

/** The font of a range: per-character formatting through the paragraph's runs. */
export class MemRangeFont extends MemObject implements WFont {
  constructor(context: MemoryRequestContext, private readonly range: Ref<RangeData>) {
    super(context);
  }
  protected scalarNames(): readonly string[] {
    return ["bold", "italic", "color", "hidden"];
  }
  protected readScalar(name: string): unknown {
    const r = this.range.required("range");
    const key = name as "bold" | "italic" | "color" | "hidden";
    if (r.start === r.end) return this.memory.textFont(r.start, r.so, r.eo, key);
    const values = new Set(
      paragraphSpan(this.context, r).map((p, i, all) =>
        this.memory.textFont(p, i === 0 ? r.so : 0, i === all.length - 1 ? r.eo : p.text.length, key),
      ),
    );
    return values.size === 1 ? [...values][0] : null;
  }
  private set(change: (run: RunData) => void): void {
    this.write(() => {
      const r = this.range.required("range");
      paragraphSpan(this.context, r).forEach((p, i, all) =>
        this.memory.setTextFont(p, i === 0 ? r.so : 0, i === all.length - 1 ? r.eo : p.text.length, change),
      );
    });
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.set((r) => (r.bold = v));
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(v: boolean) {
    this.set((r) => (r.italic = v));
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.set((r) => (r.color = v));
  }
  /** WordApiDesktop 1.2. Hidden text stays in `text`, as Office.js reports it (no source says otherwise; see docs/word-behaviour.md). */
  get hidden(): boolean {
    return this.get("hidden");
  }
  set hidden(v: boolean) {
    this.set((r) => {
      this.memory.requireSet("WordApiDesktop", "1.2", "Font.hidden");
      r.hidden = v;
    });
  }
}

// ---- Body -------------------------------------------------------------------------

export class MemBody extends MemObject implements WBody {
  private paras?: MemParagraphCollection;
  private controls?: MemContentControlCollection;
  private footnoteItems?: MemNoteItemCollection;
  private endnoteItems?: MemNoteItemCollection;
  private shapeItems?: MemShapeCollection;

  protected scalarNames(): readonly string[] {
    return ["text"];
  }
  protected readScalar(): unknown {
    return this.memory.paragraphs.map((p) => p.text).join("\r");
  }
  clear(): void {
    this.write(() => this.memory.clearBody());
  }
  protected override navigation(name: string): MemObject | undefined {
    if (name === "paragraphs") return this.paragraphs;
    if (name === "contentControls") return this.contentControls;
    if (name === "footnotes") return this.footnotes;
    if (name === "endnotes") return this.endnotes;
    if (name === "shapes") return this.shapes;
    return undefined;
  }
  get text(): string {
    return this.get("text");
  }
  /** WordApiDesktop 1.2 (shapes.ts): a text box's text is not among the paragraphs, nor in `text`. */
  get shapes(): MemShapeCollection {
    return (this.shapeItems ??= new MemShapeCollection(this.context, () => memoryShapes(this.memory)));
  }
  get footnotes(): MemNoteItemCollection {
    return (this.footnoteItems ??= new MemNoteItemCollection(this.context, "Footnote"));
  }
  get endnotes(): MemNoteItemCollection {
    return (this.endnoteItems ??= new MemNoteItemCollection(this.context, "Endnote"));
  }
  get paragraphs(): MemParagraphCollection {
    return (this.paras ??= new MemParagraphCollection(this.context, () => [...this.memory.paragraphs]));
  }
  get contentControls(): MemContentControlCollection {
    return (this.controls ??= new MemContentControlCollection(this.context, () => this.memory.allControls()));
  }
  insertParagraph(text: string, location: "Start" | "End"): MemParagraph {
    const created = new Ref<ParaData>();
    this.write(() => {
      if (location !== "Start" && location !== "End") {
        throw new MemoryOfficeError("InvalidArgument", `Body.insertParagraph accepts only 'Start' or 'End', not '${String(location)}'.`);
      }
      created.set(this.memory.insertInBody(text, location));
    });
    return new MemParagraph(this.context, created);
  }
  getComments(): MemCommentCollection {
    return new MemCommentCollection(this.context, () => memoryComments(this.memory));
  }

  getReviewedText(version: "Original" | "Current" = "Current"): MemClientResult<string> {
    const result = new MemClientResult<string>();
    this.context.enqueue(() => {
      this.memory.requireSet("WordApi", "1.4", "Body.getReviewedText");
      result.set(
        this.memory.paragraphs
          .map((p) => reviewedText(p, version))
          .filter((t): t is string => t !== null)
          .join("\r"),
      );
    });
    return result;
  }

  getRange(location: RangeLocation = "Whole"): MemRange {
    return new MemRange(
      this.context,
      new Ref(() => {
        checkLocation("Body.getRange", location, RANGE_LOCATIONS);
        const ps = this.memory.paragraphs;
        return spanOf(this.context, ps[0]!, ps[ps.length - 1]!, location);
      }),
    );
  }
}

// ---- Custom XML parts (WordApi 1.4) ---------------------------------------------

function requireXml(ctx: MemoryRequestContext): void {
  ctx.memory.requireSet("WordApi", "1.4", "Custom XML parts");
}

export class MemCustomXmlPart extends MemObject implements WCustomXmlPart {
  constructor(context: MemoryRequestContext, readonly ref: Ref<XmlPartData>) {
    super(context);
  }
  protected override beforeAction(): void {
    requireXml(this.context);
  }
  protected override resolvesToNull(): boolean {
    return this.ref.get() === null;
  }
  private part(): XmlPartData {
    const p = this.ref.required("custom XML part");
    if (p.deleted) throw new MemoryOfficeError("ItemNotFound", "The custom XML part no longer exists.");
    return p;
  }
  protected scalarNames(): readonly string[] {
    return ["id", "namespaceUri"];
  }
  protected readScalar(name: string): unknown {
    const p = this.part();
    return name === "id" ? p.id : p.namespaceUri;
  }
  get id(): string {
    return this.get("id");
  }
  get namespaceUri(): string {
    return this.get("namespaceUri");
  }
  getXml(): MemClientResult<string> {
    const result = new MemClientResult<string>();
    this.write(() => result.set(this.part().xml));
    return result;
  }
  setXml(xml: string): void {
    this.write(() => {
      this.memory.assertWritable();
      const p = this.part();
      // An XML declaration leaves the part as it was, without an error (office-js #1643).
      if (/^\s*<\?xml/.test(xml)) return;
      p.xml = xml;
    });
  }
  delete(): void {
    this.write(() => {
      this.memory.assertWritable();
      this.part().deleted = true;
    });
  }
}

class MemXmlPartCollectionBase extends MemCollection<MemCustomXmlPart, XmlPartData> {
  constructor(context: MemoryRequestContext, protected readonly resolver: () => XmlPartData[]) {
    super(context);
  }
  protected override beforeAction(): void {
    requireXml(this.context);
  }
  protected resolveAll(): XmlPartData[] {
    return this.resolver();
  }
  protected makeItem(data: XmlPartData): MemCustomXmlPart {
    return new MemCustomXmlPart(this.context, Ref.of(data));
  }
}

export class MemCustomXmlPartScopedCollection extends MemXmlPartCollectionBase implements WCustomXmlPartScopedCollection {
  /** Word on the web reports no matching part as `items` undefined, not [] (office-js #6673). */
  protected override presentItems(items: MemCustomXmlPart[]): MemCustomXmlPart[] {
    return items.length === 0 && isWeb(this.memory) ? (undefined as unknown as MemCustomXmlPart[]) : items;
  }

  getOnlyItemOrNullObject(): MemCustomXmlPart {
    return new MemCustomXmlPart(
      this.context,
      new Ref(() => {
        requireXml(this.context);
        const all = this.resolver();
        return all.length === 1 ? all[0] : null;
      }),
    );
  }
}

export class MemCustomXmlPartCollection extends MemXmlPartCollectionBase implements WCustomXmlPartCollection {
  add(xml: string): MemCustomXmlPart {
    const created = new Ref<XmlPartData>();
    this.write(() => created.set(this.memory.addXmlPart(xml)));
    return new MemCustomXmlPart(this.context, created);
  }
  getByNamespace(namespaceUri: string): MemCustomXmlPartScopedCollection {
    return new MemCustomXmlPartScopedCollection(this.context, () => this.resolver().filter((p) => p.namespaceUri === namespaceUri));
  }
}

// ---- Document ----------------------------------------------------------------------

export class MemDocumentProxy extends MemObject implements WDocument {
  readonly body: MemBody;
  readonly customXmlParts: MemCustomXmlPartCollection;
  /** WordApi 1.6 paragraph events (events.ts). */
  readonly onParagraphAdded: MemEventHandlers;
  readonly onParagraphChanged: MemEventHandlers;
  readonly onParagraphDeleted: MemEventHandlers;

  constructor(context: MemoryRequestContext) {
    super(context);
    this.body = new MemBody(context);
    this.customXmlParts = new MemCustomXmlPartCollection(context, () => context.memory.liveXmlParts());
    this.onParagraphAdded = new MemEventHandlers(context, "ParagraphAdded");
    this.onParagraphChanged = new MemEventHandlers(context, "ParagraphChanged");
    this.onParagraphDeleted = new MemEventHandlers(context, "ParagraphDeleted");
  }

  protected scalarNames(): readonly string[] {
    return ["changeTrackingMode"];
  }
  protected readScalar(): unknown {
    this.memory.requireSet("WordApi", "1.4", "Document.changeTrackingMode");
    return this.memory.changeTrackingMode;
  }
  protected override navigation(name: string): MemObject | undefined {
    return name === "body" ? this.body : undefined;
  }

  /** WordApi 1.4 (track-changes.ts). */
  get changeTrackingMode(): ChangeTrackingMode {
    return this.get("changeTrackingMode");
  }
  set changeTrackingMode(v: ChangeTrackingMode) {
    this.write(() => {
      this.memory.requireSet("WordApi", "1.4", "Document.changeTrackingMode");
      if (v !== "Off" && v !== "TrackAll" && v !== "TrackMineOnly") throw new MemoryOfficeError("InvalidArgument", `'${String(v)}' is not a change tracking mode.`);
      this.memory.assertWritable();
      this.memory.changeTrackingMode = v;
    });
  }

  getSelection(): MemRange {
    return new MemRange(
      this.context,
      new Ref(() => {
        const m = this.context.memory;
        const sel = m.selection;
        if (sel && !sel.start.deleted && !sel.end.deleted) {
          const so = Math.min(sel.startOffset ?? 0, sel.start.text.length);
          // Through the paragraph mark: the range ends at the start of the next paragraph.
          const next = sel.includesMark ? m.paragraphs[m.indexOf(sel.end) + 1] : undefined;
          if (next) return { start: sel.start, so, end: next, eo: 0 };
          const eo = Math.min(sel.endOffset ?? sel.end.text.length, sel.end.text.length);
          return { start: sel.start, so, end: sel.end, eo };
        }
        const first = m.paragraphs[0]!;
        return { start: first, so: 0, end: first, eo: 0 };
      }),
    );
  }
}

import type {
  WBody,
  WContentControl,
  WContentControlCollection,
  WCustomXmlPart,
  WCustomXmlPartCollection,
  WCustomXmlPartScopedCollection,
  WDocument,
  WFont,
  WParagraph,
  WParagraphCollection,
  WRange,
  WTableCell,
} from "../word/word-api";
import { MemoryOfficeError } from "./office-error";
import type { ControlData, MemoryDocument, ParaData, RunData, XmlPartData } from "./model";
import { MemClientResult, MemCollection, MemObject, MemoryRequestContext, Ref } from "./proxy";
import { builtInForStyle, styleNameForBuiltIn } from "./styles";

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

/** The range of whole paragraphs first..last, or a collapsed point at its start or end. */
function spanOf(first: ParaData, last: ParaData, where: Where): RangeData {
  if (where === "Start" || where === "Before") return { start: first, so: 0, end: first, eo: 0 };
  if (where === "End" || where === "After") return { start: last, so: last.text.length, end: last, eo: last.text.length };
  return { start: first, so: 0, end: last, eo: last.text.length };
}

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
    return ["bold", "italic", "color"];
  }
  protected readScalar(name: string): unknown {
    const p = this.para.required("paragraph");
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
    return ["text", "style", "styleBuiltIn", "outlineLevel", "leftIndent", "firstLineIndent", "tableNestingLevel", "isListItem"];
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
        return false;
    }
    return undefined;
  }

  protected override navigation(name: string): MemObject | undefined {
    if (name === "font") return this.font;
    if (name === "parentContentControlOrNullObject") return this.parentContentControlOrNullObject;
    if (name === "parentTableCellOrNullObject") return this.parentTableCellOrNullObject;
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

  get font(): MemFont {
    return (this.fontObj ??= new MemFont(this.context, this.ref));
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

  getRange(location: "Whole" | "Start" | "End" | "Content" | "After" = "Whole"): MemRange {
    return new MemRange(
      this.context,
      new Ref(() => {
        const p = this.ref.required("paragraph");
        return spanOf(p, p, location);
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
      // Tracked insertions are not modelled, so "Original" reads as the full text.
      result.set(version === "Current" ? (p.reviewedText ?? p.text) : p.text);
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
  /** Resolved at sync, like any proxy; ItemNotFound on an empty collection (Word.ParagraphCollection.getFirst, WordApi 1.3). */
  getFirst(): MemParagraph {
    return new MemParagraph(this.context, new Ref(() => this.resolver()[0] ?? null));
  }
  getLast(): MemParagraph {
    return new MemParagraph(this.context, new Ref(() => this.resolver().at(-1) ?? null));
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
    return ["id", "tag", "title", "appearance", "cannotEdit", "cannotDelete", "color", "text", "type"];
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
  get appearance(): string {
    return this.get("appearance");
  }
  set appearance(v: string) {
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

  getRange(location: "Whole" | "Start" | "End" | "Before" | "After" | "Content" = "Whole"): MemRange {
    return new MemRange(
      this.context,
      new Ref(() => {
        const paras = this.memory.paragraphsOf(this.control());
        return spanOf(paras[0]!, paras[paras.length - 1]!, location);
      }),
    );
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

  get paragraphs(): MemParagraphCollection {
    return (this.paras ??= new MemParagraphCollection(this.context, () => paragraphSpan(this.context, this.ref.required("range"))));
  }

  get font(): MemRangeFont {
    return (this.fontObj ??= new MemRangeFont(this.context, this.ref));
  }

  select(selectionMode: SelectionMode = "Select"): void {
    this.write(() => selectSpan(this.memory, this.ref.required("range"), selectionMode, false));
  }

  getRange(location: "Whole" | "Start" | "End" | "Before" | "After" | "Content" = "Whole"): MemRange {
    return new MemRange(
      this.context,
      new Ref(() => {
        const r = this.ref.required("range");
        if (location === "Start" || location === "Before") return { start: r.start, so: r.so, end: r.start, eo: r.so };
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
    return ["bold", "italic", "color"];
  }
  protected readScalar(name: string): unknown {
    const r = this.range.required("range");
    const key = name as "bold" | "italic" | "color";
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
}

// ---- Body -------------------------------------------------------------------------

export class MemBody extends MemObject implements WBody {
  private paras?: MemParagraphCollection;
  private controls?: MemContentControlCollection;

  protected scalarNames(): readonly string[] {
    return ["text"];
  }
  protected readScalar(): unknown {
    return this.memory.paragraphs.map((p) => p.text).join("\r");
  }
  protected override navigation(name: string): MemObject | undefined {
    if (name === "paragraphs") return this.paragraphs;
    if (name === "contentControls") return this.contentControls;
    return undefined;
  }
  get text(): string {
    return this.get("text");
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
  getReviewedText(version: "Original" | "Current" = "Current"): MemClientResult<string> {
    const result = new MemClientResult<string>();
    this.context.enqueue(() => {
      this.memory.requireSet("WordApi", "1.4", "Body.getReviewedText");
      result.set(this.memory.paragraphs.map((p) => (version === "Current" ? (p.reviewedText ?? p.text) : p.text)).join("\r"));
    });
    return result;
  }

  getRange(location: "Whole" | "Start" | "End" | "After" | "Content" = "Whole"): MemRange {
    return new MemRange(
      this.context,
      new Ref(() => {
        const ps = this.memory.paragraphs;
        return spanOf(ps[0]!, ps[ps.length - 1]!, location);
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

export class MemDocumentProxy implements WDocument {
  readonly body: MemBody;
  readonly customXmlParts: MemCustomXmlPartCollection;

  constructor(private readonly context: MemoryRequestContext) {
    this.body = new MemBody(context);
    this.customXmlParts = new MemCustomXmlPartCollection(context, () => context.memory.liveXmlParts());
  }

  getSelection(): MemRange {
    return new MemRange(
      this.context,
      new Ref(() => {
        const m = this.context.memory;
        const sel = m.selection;
        if (sel && !sel.start.deleted && !sel.end.deleted) {
          const so = Math.min(sel.startOffset ?? 0, sel.start.text.length);
          const eo = Math.min(sel.endOffset ?? sel.end.text.length, sel.end.text.length);
          return { start: sel.start, so, end: sel.end, eo };
        }
        const first = m.paragraphs[0]!;
        return { start: first, so: 0, end: first, eo: 0 };
      }),
    );
  }
}

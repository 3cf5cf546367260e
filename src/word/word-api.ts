/**
 * The subset of the Word JavaScript API the add-in uses, as structural types.
 *
 * Why not use `Word.*` from @types/office-js directly: the in-memory Word
 * (src/word-memory) implements exactly this subset, and `word-runner.ts` assigns the
 * real `Word.RequestContext` to `WordContext`, so the compiler proves the real
 * API still satisfies every member listed here. Adding a member the real API
 * lacks fails the build instead of failing in Word.
 */

export type InsertLocation = "Start" | "End" | "Before" | "After";
export type RangeLocation = "Whole" | "Start" | "End" | "Content" | "After";
export type ContentControlAppearance = "BoundingBox" | "Tags" | "Hidden";

/** Forms `load` accepts: "text,style", ["text", "style"], { select, expand } or a LoadOptions object. */
export type LoadArgument = string | string[] | { select?: string; expand?: string } | Record<string, unknown>;

export interface WClientObject {
  /** True when an `...OrNullObject` call found nothing; readable after load + sync. */
  readonly isNullObject: boolean;
}

export interface WFont {
  bold: boolean;
  italic: boolean;
  color: string;
  load(option?: string | string[]): WFont;
}

export interface WTableCell extends WClientObject {
  readonly rowIndex: number;
  readonly cellIndex: number;
  load(option?: string | string[]): WTableCell;
}

export interface WRange extends WClientObject {
  readonly text: string;
  readonly isEmpty: boolean;
  readonly font: WFont;
  readonly paragraphs: WParagraphCollection;
  select(selectionMode?: "Select" | "Start" | "End"): void;
  getRange(rangeLocation?: "Whole" | "Start" | "End" | "Before" | "After" | "Content"): WRange;
  insertText(text: string, insertLocation: "Replace" | "Start" | "End" | "Before" | "After"): WRange;
  expandTo(range: WRange): WRange;
  insertContentControl(): WContentControl;
  insertParagraph(paragraphText: string, insertLocation: "Before" | "After"): WParagraph;
  load(option?: string | string[]): WRange;
}

export interface WParagraph extends WClientObject {
  readonly text: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  /** WordApi 1.1, in points. */
  leftIndent: number;
  /** WordApi 1.1, in points; negative for a hanging indent. */
  firstLineIndent: number;
  readonly tableNestingLevel: number;
  readonly font: WFont;
  readonly parentContentControlOrNullObject: WContentControl;
  readonly parentTableCellOrNullObject: WTableCell;
  insertParagraph(paragraphText: string, insertLocation: "Before" | "After"): WParagraph;
  insertContentControl(): WContentControl;
  getRange(rangeLocation?: "Whole" | "Start" | "End" | "Content" | "After"): WRange;
  select(selectionMode?: "Select" | "Start" | "End"): void;
  insertText(text: string, insertLocation: "Start" | "End" | "Replace"): WRange;
  /** WordApi 1.4: the text with tracked deletions left out ("Current") or tracked insertions left out ("Original"). */
  getReviewedText(changeTrackingVersion?: "Original" | "Current"): WClientResult<string>;
  delete(): void;
  load(option?: string | string[]): WParagraph;
}

export interface WParagraphCollection {
  readonly items: WParagraph[];
  /** WordApi 1.3; ItemNotFound when the collection is empty. */
  getFirst(): WParagraph;
  /** WordApi 1.3; ItemNotFound when the collection is empty. */
  getLast(): WParagraph;
  load(option?: string | string[]): WParagraphCollection;
}

export interface WContentControl extends WClientObject {
  readonly id: number;
  tag: string;
  title: string;
  appearance: string;
  cannotEdit: boolean;
  cannotDelete: boolean;
  color: string;
  readonly text: string;
  readonly paragraphs: WParagraphCollection;
  readonly parentContentControlOrNullObject: WContentControl;
  insertParagraph(paragraphText: string, insertLocation: InsertLocation): WParagraph;
  getRange(rangeLocation?: "Whole" | "Start" | "End" | "Before" | "After" | "Content"): WRange;
  delete(keepContent: boolean): void;
  select(selectionMode?: "Select" | "Start" | "End"): void;
  load(option?: string | string[]): WContentControl;
}

export interface WContentControlCollection {
  readonly items: WContentControl[];
  getByTag(tag: string): WContentControlCollection;
  load(option?: string | string[]): WContentControlCollection;
}

export interface WBody {
  readonly text: string;
  readonly paragraphs: WParagraphCollection;
  readonly contentControls: WContentControlCollection;
  insertParagraph(paragraphText: string, insertLocation: "Start" | "End"): WParagraph;
  getRange(rangeLocation?: "Whole" | "Start" | "End" | "After" | "Content"): WRange;
  /** WordApi 1.4. */
  getReviewedText(changeTrackingVersion?: "Original" | "Current"): WClientResult<string>;
  load(option?: string | string[]): WBody;
}

export interface WClientResult<T> {
  readonly value: T;
}

export interface WCustomXmlPart extends WClientObject {
  readonly id: string;
  readonly namespaceUri: string;
  getXml(): WClientResult<string>;
  setXml(xml: string): void;
  delete(): void;
  load(option?: string | string[]): WCustomXmlPart;
}

export interface WCustomXmlPartScopedCollection {
  readonly items: WCustomXmlPart[];
  getOnlyItemOrNullObject(): WCustomXmlPart;
  load(option?: string | string[]): WCustomXmlPartScopedCollection;
}

export interface WCustomXmlPartCollection {
  readonly items: WCustomXmlPart[];
  add(xml: string): WCustomXmlPart;
  getByNamespace(namespaceUri: string): WCustomXmlPartScopedCollection;
  load(option?: string | string[]): WCustomXmlPartCollection;
}

export interface WDocument {
  readonly body: WBody;
  readonly customXmlParts: WCustomXmlPartCollection;
  getSelection(): WRange;
}

export interface WordContext {
  readonly document: WDocument;
  sync(): Promise<void>;
}

/** `Word.run` with only the overload the add-in uses. */
export type WordRun = <T>(batch: (context: WordContext) => Promise<T>) => Promise<T>;

/** `Office.context.requirements.isSetSupported`. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

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
/** What `Range`, `Paragraph` and `Body.getRange` accept: "Before" is for content controls only (Word.RangeLocation). */
export type RangeLocation = "Whole" | "Start" | "End" | "After" | "Content";
/** What `ContentControl.getRange` accepts. */
export type ControlRangeLocation = RangeLocation | "Before";
export type ContentControlAppearance = "BoundingBox" | "Tags" | "Hidden";
/** Word.ChangeTrackingMode (WordApi 1.4). */
export type ChangeTrackingMode = "Off" | "TrackAll" | "TrackMineOnly";
/** Word.BreakType values the add-in and its diagnostics use. */
export type BreakType = "Line" | "Page";
export type ReviewedVersion = "Original" | "Current";
/** Word.ShapeType (WordApiDesktop 1.2). */
export type ShapeType = "Unsupported" | "TextBox" | "GeometricShape" | "Group" | "Picture" | "Canvas";

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
  /** WordApiDesktop 1.2. */
  hidden: boolean;
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
  /** WordApi 1.4: a comment on the range (comments.ts below). */
  insertComment(commentText: string): WComment;
  /** WordApi 1.4: the comments on the range. */
  getComments(): WCommentCollection;
  select(selectionMode?: "Select" | "Start" | "End"): void;
  getRange(rangeLocation?: RangeLocation): WRange;
  insertText(text: string, insertLocation: "Replace" | "Start" | "End" | "Before" | "After"): WRange;
  expandTo(range: WRange): WRange;
  insertContentControl(): WContentControl;
  insertParagraph(paragraphText: string, insertLocation: "Before" | "After"): WParagraph;
  /** WordApi 1.1: a line break ("\u000b" in `text`) or a page break. */
  insertBreak(breakType: BreakType, insertLocation: "Before" | "After"): void;
  /** WordApi 1.5. */
  insertFootnote(insertText?: string): WNoteItem;
  /** WordApi 1.4. */
  getReviewedText(changeTrackingVersion?: ReviewedVersion): WClientResult<string>;
  load(option?: string | string[]): WRange;
}

/** Word.NoteItem (WordApi 1.5): the add-in only inserts footnotes in its diagnostics. */
export interface WNoteItem {
  load(option?: string | string[]): WNoteItem;
}

/** Word.ListItem (WordApi 1.3). */
export interface WListItem extends WClientObject {
  level: number;
  /** The number or bullet Word displays before the text ("1.1"); it is not part of the paragraph's `text`. */
  readonly listString: string;
  load(option?: string | string[]): WListItem;
}

/** Word.List (WordApi 1.3). */
export interface WList {
  readonly id: number;
  setLevelNumbering(level: number, listNumbering: "None" | "Arabic" | "UpperRoman" | "LowerRoman" | "UpperLetter" | "LowerLetter", formatString?: Array<string | number>): void;
  load(option?: string | string[]): WList;
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
  /** WordApi 1.3. */
  readonly isListItem: boolean;
  /** WordApi 1.3: a null object when the paragraph is in no list. */
  readonly listItemOrNullObject: WListItem;
  /** WordApi 1.3: throws ItemNotFound when the paragraph is in no list. */
  readonly listItem: WListItem;
  insertParagraph(paragraphText: string, insertLocation: "Before" | "After"): WParagraph;
  insertContentControl(): WContentControl;
  getRange(rangeLocation?: RangeLocation): WRange;
  select(selectionMode?: "Select" | "Start" | "End"): void;
  insertText(text: string, insertLocation: "Start" | "End" | "Replace"): WRange;
  /** WordApi 1.4: the text with tracked deletions left out ("Current") or tracked insertions left out ("Original"). */
  getReviewedText(changeTrackingVersion?: ReviewedVersion): WClientResult<string>;
  /** WordApi 1.1: the ranges in the paragraph matching the text (255 characters at most). */
  search(searchText: string, searchOptions?: WSearchOptions): WRangeCollection;
  /** WordApi 1.3: a table before or after the paragraph, filled with `values` (rows of cell texts). */
  insertTable(rowCount: number, columnCount: number, insertLocation: "Before" | "After", values?: string[][]): WTable;
  /** WordApi 1.3: moves the paragraph out of its list, if it is in one. */
  detachFromList(): void;
  /** WordApi 1.3: fails when the paragraph is already a list item. */
  startNewList(): WList;
  /** WordApi 1.1. */
  getOoxml(): WClientResult<string>;
  /** WordApiDesktop 1.2: the shapes anchored in the paragraph. */
  readonly shapes: WShapeCollection;
  /** WordApiDesktop 1.2: a floating text box anchored at the start of the paragraph. */
  insertTextBox(text?: string): WShape;
  delete(): void;
  load(option?: string | string[]): WParagraph;
}

/** WordApiDesktop 1.2: whether a shape holds text, read without changing the document. */
export interface WTextFrame {
  readonly hasText: boolean;
  load(option?: string | string[]): WTextFrame;
}

/** The part of a shape's Body the add-in reads: its text. */
export interface WShapeBody {
  readonly text: string;
  load(option?: string | string[]): WShapeBody;
}

/** WordApiDesktop 1.2: a text box, geometric shape, group, picture or canvas. */
export interface WShape extends WClientObject {
  readonly id: number;
  readonly type: ShapeType;
  readonly textFrame: WTextFrame;
  /** Text boxes and geometric shapes only; reading it on a shape without text creates a text story (a change to the document). */
  readonly body: WShapeBody;
  load(option?: string | string[]): WShape;
}

export interface WShapeCollection {
  readonly items: WShape[];
  getByTypes(types: ShapeType[]): WShapeCollection;
  load(option?: string | string[]): WShapeCollection;
}

/** The options the add-in passes to `search`. */
export interface WSearchOptions {
  matchCase?: boolean;
  matchWholeWord?: boolean;
}

export interface WRangeCollection {
  readonly items: WRange[];
  load(option?: string | string[]): WRangeCollection;
}

/**
 * A comment (WordApi 1.4, https://learn.microsoft.com/javascript/api/word/word.comment).
 * `authorName` is the signed-in user: an add-in cannot set it.
 */
export interface WComment extends WClientObject {
  readonly id: string;
  readonly authorName: string;
  readonly authorEmail: string;
  /** The comment's text, plain; writable. */
  content: string;
  /** Whether the comment thread is resolved; writable. */
  resolved: boolean;
  readonly creationDate: Date;
  /** The comment's own text as a range (https://learn.microsoft.com/javascript/api/word/word.commentcontentrange). */
  readonly contentRange: WCommentContentRange;
  /** The thread's replies (https://learn.microsoft.com/javascript/api/word/word.comment#word-word-comment-replies-member). */
  readonly replies: WCommentReplyCollection;
  /** Adds a reply at the end of the thread (the diagnostics use it; the add-in never replies). */
  reply(text: string): WCommentReply;
  /** Deletes the comment and its replies. */
  delete(): void;
  /** The document range the comment is on. */
  getRange(): WRange;
  load(option?: string | string[]): WComment;
}

/** A reply in a comment's thread (https://learn.microsoft.com/javascript/api/word/word.commentreply, WordApi 1.4). */
export interface WCommentReply {
  readonly id: string;
  readonly authorName: string;
  readonly content: string;
  readonly creationDate: Date;
  load(option?: string | string[]): WCommentReply;
}

/** https://learn.microsoft.com/javascript/api/word/word.commentreplycollection (WordApi 1.4). */
export interface WCommentReplyCollection {
  readonly items: WCommentReply[];
  load(option?: string | string[]): WCommentReplyCollection;
}

export interface WCommentContentRange {
  readonly text: string;
  readonly isEmpty: boolean;
  load(option?: string | string[]): WCommentContentRange;
}

/** https://learn.microsoft.com/javascript/api/word/word.commentcollection (WordApi 1.4). */
export interface WCommentCollection {
  readonly items: WComment[];
  load(option?: string | string[]): WCommentCollection;
}

/** A table (WordApi 1.3, https://learn.microsoft.com/javascript/api/word/word.table). */
export interface WTable extends WClientObject {
  readonly rowCount: number;
  readonly values: string[][];
  /** Rows repeated as the header (and announced as such by screen readers). */
  headerRowCount: number;
  styleBuiltIn: string;
  insertParagraph(paragraphText: string, insertLocation: "Before" | "After"): WParagraph;
  getRange(rangeLocation?: "Whole" | "Start" | "End" | "After"): WRange;
  load(option?: string | string[]): WTable;
}

export interface WParagraphCollection {
  readonly items: WParagraph[];
  /** WordApi 1.3: the first paragraph; ItemNotFound when there is none. */
  getFirst(): WParagraph;
  /** WordApi 1.3: the last paragraph; ItemNotFound when there is none. */
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
  /** WordApi 1.1: the dimmed text Word shows while the control is empty ("Click or tap here to enter text."). */
  placeholderText: string;
  readonly text: string;
  readonly paragraphs: WParagraphCollection;
  readonly parentContentControlOrNullObject: WContentControl;
  insertParagraph(paragraphText: string, insertLocation: InsertLocation): WParagraph;
  getRange(rangeLocation?: ControlRangeLocation): WRange;
  /** WordApi 1.1. */
  insertText(text: string, insertLocation: "Replace" | "Start" | "End"): WRange;
  delete(keepContent: boolean): void;
  select(selectionMode?: "Select" | "Start" | "End"): void;
  load(option?: string | string[]): WContentControl;
}

export interface WContentControlCollection {
  readonly items: WContentControl[];
  getByTag(tag: string): WContentControlCollection;
  load(option?: string | string[]): WContentControlCollection;
}

/** The part of a note's Body the add-in reads: its text. */
export interface WNoteBody {
  readonly text: string;
  load(option?: string | string[]): WNoteBody;
}

/** WordApi 1.5: a footnote or endnote. */
export interface WNoteItem {
  readonly type: string;
  /** The note's own text. */
  readonly body: WNoteBody;
  /** The reference mark in the main text. */
  readonly reference: WRange;
  load(option?: string | string[]): WNoteItem;
}

export interface WNoteItemCollection {
  readonly items: WNoteItem[];
  load(option?: string | string[]): WNoteItemCollection;
}

export interface WBody {
  readonly text: string;
  readonly paragraphs: WParagraphCollection;
  readonly contentControls: WContentControlCollection;
  /** WordApi 1.5. */
  readonly footnotes: WNoteItemCollection;
  /** WordApi 1.5. */
  readonly endnotes: WNoteItemCollection;
  /** WordApiDesktop 1.2: the shapes in the body (text boxes among them). */
  readonly shapes: WShapeCollection;
  insertParagraph(paragraphText: string, insertLocation: "Start" | "End"): WParagraph;
  getRange(rangeLocation?: RangeLocation): WRange;
  /** WordApi 1.4. */
  getReviewedText(changeTrackingVersion?: ReviewedVersion): WClientResult<string>;
  /** WordApi 1.4: every comment in the body, in document order. */
  getComments(): WCommentCollection;
  /** WordApi 1.1: empties the body (Word keeps one empty paragraph). */
  clear(): void;
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
  /** Word on the web leaves this undefined when no part has the namespace (office-js #6673). */
  readonly items: WCustomXmlPart[] | undefined;
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
  /** WordApi 1.4; load it before reading. */
  changeTrackingMode: ChangeTrackingMode;
  getSelection(): WRange;
  load(option?: string | string[]): WDocument;
}

/** A document made with `application.createDocument()` (WordApiHiddenDocument): never shown, never the learner's. */
export interface WDocumentCreated {
  readonly body: WBody;
  /** WordApiHiddenDocument 1.4. */
  readonly customXmlParts: WCustomXmlPartCollection;
}

export interface WApplication {
  /** WordApi 1.3; the result's members need WordApiHiddenDocument 1.3. */
  createDocument(base64File?: string): WDocumentCreated;
}

export interface WordContext {
  readonly document: WDocument;
  readonly application: WApplication;
  sync(): Promise<void>;
}

/** `Word.run` with only the overload the add-in uses. */
export type WordRun = <T>(batch: (context: WordContext) => Promise<T>) => Promise<T>;

/** `Office.context.requirements.isSetSupported`. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

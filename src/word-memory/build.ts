import type { DraftDocument } from "../model/document";
import { MemoryDocument, type ChangeTrackingMode, type ControlData, type InlineObject, type RequirementSets } from "./model";
import { builtInForStyle, styleNameForBuiltIn } from "./styles";
import { createList, defaultLevels, listStringOf, type ListData } from "./lists";
import type { Platform } from "./web-platform";
import { addMemoryShape, type ShapeData } from "./shapes";

/**
 * Fixture helpers: build a MemoryDocument from a plain description, and
 * snapshot it back for comparisons. Used by tests and by the preview host.
 */

export type ControlSpec =
  | string
  | {
      tag: string;
      key?: string;
      title?: string;
      cannotEdit?: boolean;
      cannotDelete?: boolean;
      /** ContentControl.placeholderText; give the paragraph the same text for a control still showing it. */
      placeholderText?: string;
    };

export interface MemoryParagraphSpec {
  text: string;
  /** Built-in id ("Heading1") or style name ("Heading 1", "My Style"); default Normal. */
  style?: string;
  /** Explicit outline level (1–9) on a body-styled paragraph. */
  outlineLevel?: number;
  bold?: boolean | null;
  italic?: boolean;
  /** Paragraph indents in points (firstLineIndent negative for a hanging indent); default 0. */
  leftIndent?: number;
  firstLineIndent?: number;
  table?: { table: number; row: number; cell: number; nesting?: number };
  /** With tracked deletions: the text as it now reads (`text` is what Office.js reports, deletions included). */
  reviewedText?: string;
  /** Footnotes and endnotes whose reference marks are in this paragraph, in order. */
  notes?: Array<{ type: "Footnote" | "Endnote"; paragraphs: string[] }>;
  /** The whole paragraph is a tracked deletion (still in the body and in `text`). */
  trackedDeletion?: boolean;
  /**
   * A bulleted or numbered list item: paragraphs with the same `id` share one list; `level` 0-8.
   * Numbered lists count "1.", "1.1", "1.1.1" (Word's default multilevel numbering).
   * `shown` gives the exact string Word displays instead: the paragraph gets a list of its own
   * whose level's format is that text (List.setLevelNumbering's format mixes level indexes and
   * text; here it is text alone), for documents whose numbering is already worked out.
   */
  list?: { id?: string; level?: number; kind?: "number" | "bullet"; shown?: string };
  /** Shapes anchored in the paragraph (WordApiDesktop 1.2, shapes.ts): text boxes unless `type` says otherwise; `paragraphs` is their text. */
  shapes?: Array<{ type?: ShapeData["type"]; paragraphs?: string[] }>;
  /** Pictures or anchored text boxes in the paragraph (not part of `text`). */
  objects?: InlineObject[];
  /** The paragraph ends a section. */
  sectionBreak?: boolean;
  /**
   * Enclosing content controls, outermost first. Neighbouring paragraphs with
   * the same chain of tags (and keys) share one control; give a different
   * `key` to make two adjacent controls with the same tag.
   */
  controls?: ControlSpec[];
}

export interface MemoryDocumentOptions {
  requirements?: RequirementSets;
  readOnly?: boolean;
  /** "web" plays Word on the web's documented differences (web-platform.ts). */
  platform?: Platform;
  changeTrackingMode?: ChangeTrackingMode;
  /**
   * Numbering attached to the heading styles, as Word's "1 Heading 1 / 1.1 Heading 2" multilevel
   * list does: Heading N paragraphs show a number that is not in their text.
   */
  headingNumbering?: boolean;
}

function specKey(c: ControlSpec): string {
  return typeof c === "string" ? `${c}\u0000` : `${c.tag}\u0000${c.key ?? ""}`;
}

export function buildMemoryDocument(paragraphs: MemoryParagraphSpec[], options: MemoryDocumentOptions = {}): MemoryDocument {
  const doc = new MemoryDocument(options);
  if (options.headingNumbering) {
    const outline = createList(doc);
    for (let level = 1; level <= 9; level++) doc.styleNumbering.set(styleNameForBuiltIn(`Heading${level}`), { list: outline, level: level - 1 });
  }
  const lists = new Map<string, ListData>();
  let prev: Array<{ key: string; control: ControlData }> = [];
  for (const spec of paragraphs) {
    const chain: Array<{ key: string; control: ControlData }> = [];
    let sharing = true;
    (spec.controls ?? []).forEach((c, depth) => {
      const key = specKey(c);
      if (sharing && prev[depth] && prev[depth].key === key) {
        chain.push(prev[depth]);
        return;
      }
      sharing = false;
      const control = doc.makeControl(typeof c === "string" ? c : c.tag);
      if (typeof c !== "string") {
        control.title = c.title ?? "";
        control.cannotEdit = c.cannotEdit ?? false;
        control.cannotDelete = c.cannotDelete ?? false;
        control.placeholderText = c.placeholderText ?? "";
      }
      chain.push({ key, control });
    });
    prev = chain;
    const para = doc.appendParagraph({
      text: spec.text,
      style: spec.style ?? "Normal",
      outlineLevel: spec.outlineLevel,
      bold: spec.bold === undefined ? false : spec.bold,
      italic: spec.italic ?? false,
      leftIndent: spec.leftIndent ?? 0,
      firstLineIndent: spec.firstLineIndent ?? 0,
      table: spec.table ? { ...spec.table, nesting: spec.table.nesting ?? 1 } : undefined,
      reviewedText: spec.reviewedText,
      ...(spec.trackedDeletion ? { trackedDeletion: true } : {}),
      ...(spec.list ? { list: listRef(spec.list) } : {}),
      objects: spec.objects,
      sectionBreak: spec.sectionBreak,
      controls: chain.map((c) => c.control),
    });
    for (const n of spec.notes ?? []) doc.addNote(n.type, para, n.paragraphs);
    for (const s of spec.shapes ?? []) addMemoryShape(doc, para, s.type ?? "TextBox", s.paragraphs ?? null);
  }
  function listRef(l: NonNullable<MemoryParagraphSpec["list"]>) {
    if (l.shown !== undefined) return { list: createList(doc, [{ numbering: "Arabic", format: [l.shown] }]), level: 0 };
    const key = l.id ?? "default";
    let list = lists.get(key);
    if (!list) lists.set(key, (list = createList(doc, defaultLevels(l.kind ?? "number"))));
    return { list, level: l.level ?? 0 };
  }
  if (options.changeTrackingMode) doc.changeTrackingMode = options.changeTrackingMode;
  // Word never has an empty body: a new document holds one empty paragraph.
  if (doc.paragraphs.length === 0) doc.appendParagraph({ text: "" });
  return doc;
}

/**
 * A MemoryDocument holding what a DraftDocument describes, as Word would hold it:
 * headings and the title and subtitle become built-in styles; a placeholder is a
 * control showing its placeholderText; footnotes and endnotes become notes, and
 * text boxes shapes, on their anchor paragraphs (a run of text-box paragraphs with
 * one anchor becomes one text box); a list number becomes a list item showing
 * that number.
 */
export function memoryDocumentFromDraft(draft: DraftDocument, options: MemoryDocumentOptions = {}): MemoryDocument {
  const body = draft.paragraphs.filter((p) => p.part === undefined || p.part === "body");
  const specs: MemoryParagraphSpec[] = body.map((p) => ({
    text: p.text,
    style: p.isTitle ? "Title" : p.isSubtitle ? "Subtitle" : p.headingLevel > 0 ? `Heading${p.headingLevel}` : (p.style ?? "Normal"),
    bold: p.bold,
    table: p.table ? { ...p.table } : undefined,
    controls: p.placeholder ? [...p.tags, { tag: "", key: `placeholder:${p.index}`, placeholderText: p.text }] : p.tags,
    ...(p.listNumber !== undefined ? { list: { shown: p.listNumber } } : {}),
  }));
  const specOf = new Map(body.map((p, i) => [p.index, specs[i]!]));
  let last: { anchor: number; part: string; paragraphs: string[] } | null = null;
  for (const p of draft.paragraphs) {
    if ((p.part !== "footnote" && p.part !== "endnote" && p.part !== "textbox") || p.anchor === undefined) continue;
    const spec = specOf.get(p.anchor);
    if (!spec) continue;
    // A note's (or a text box's) paragraphs follow one another with the same anchor.
    if (last && last.anchor === p.anchor && last.part === p.part) {
      last.paragraphs.push(p.text);
      continue;
    }
    const paragraphs = [p.text];
    if (p.part === "textbox") (spec.shapes ??= []).push({ type: "TextBox", paragraphs });
    else (spec.notes ??= []).push({ type: p.part === "footnote" ? "Footnote" : "Endnote", paragraphs });
    last = { anchor: p.anchor, part: p.part, paragraphs };
  }
  return buildMemoryDocument(specs, options);
}

export interface ParagraphSnapshot {
  text: string;
  /** Style name as Word shows it. */
  style: string;
  /** Built-in style id, "Other" for custom styles. */
  styleBuiltIn: string;
  bold: boolean | null;
  italic: boolean | null;
  /** Indents in points, so a write that re-indents a learner's paragraph shows in comparisons. */
  leftIndent: number;
  firstLineIndent: number;
  /** Tags of the enclosing controls, outermost first. */
  tags: string[];
  table?: { table: number; row: number; cell: number };
  /** Stable identity: equal uids mean the same paragraph object, never re-created. */
  uid: number;
  /** Runs with their own formatting, present only once text was written run by run. */
  runs?: Array<{ text: string; bold: boolean; italic: boolean }>;
  /** The number or bullet Word shows before the text, present only for list items. */
  listString?: string;
  /** Track Changes marks, present only when set. */
  trackedInsertion?: true;
  trackedDeletion?: true;
}

export function snapshot(doc: MemoryDocument): ParagraphSnapshot[] {
  return doc.paragraphs.map((p) => ({
    text: p.text,
    style: p.style,
    styleBuiltIn: builtInForStyle(p.style),
    bold: p.bold,
    italic: p.italic,
    leftIndent: p.leftIndent,
    firstLineIndent: p.firstLineIndent,
    tags: p.controls.map((c) => c.tag),
    ...(p.table ? { table: { table: p.table.table, row: p.table.row, cell: p.table.cell } } : {}),
    uid: p.uid,
    ...(p.runs && p.runs.map((r) => r.text).join("") === p.text ? { runs: p.runs.map((r) => ({ ...r })) } : {}),
    ...(listStringOf(doc, p) !== "" ? { listString: listStringOf(doc, p) } : {}),
    ...(p.trackedInsertion ? { trackedInsertion: true as const } : {}),
    ...(p.trackedDeletion ? { trackedDeletion: true as const } : {}),
  }));
}

/** The controls of the document in order, with their lock flags, for assertions. */
export function controlsSnapshot(doc: MemoryDocument): Array<{ id: number; tag: string; cannotEdit: boolean; cannotDelete: boolean; paragraphs: number }> {
  return doc.allControls().map((c) => ({
    id: c.id,
    tag: c.tag,
    cannotEdit: c.cannotEdit,
    cannotDelete: c.cannotDelete,
    paragraphs: doc.paragraphsOf(c).length,
  }));
}

/**
 * Text boxes, read through the Shape API (WordApiDesktop 1.2) inside the body read's own two syncs.
 *
 * Word's body.paragraphs and Body.text leave a text box's words out (office-js #5282); the words
 * are in the shape's own body (https://learn.microsoft.com/en-us/javascript/api/word/word.shape#word-word-shape-body-member).
 * - Sync 1 (with the body): `body.shapes.getByTypes(["TextBox", "GeometricShape"])`, the shapes that
 *   can hold text, with `textFrame.hasText`. Reading `Shape.body` of a shape without text would
 *   create a text story and so change the learner's document (same page), which `hasText` tells
 *   without changing anything (https://learn.microsoft.com/en-us/javascript/api/word/word.textframe#word-word-textframe-hastext-member).
 *   Groups and drawing canvases are counted too: whether body.shapes lists the text boxes inside
 *   them is not documented, so the report says their text may not have been read.
 * - Sync 2 (only when a shape has text): the text of each such shape, and per body paragraph the
 *   ids of the shapes anchored in it (Paragraph.shapes,
 *   https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph#word-word-paragraph-shapes-member):
 *   Office.js gives no shape's paragraph, so the anchor is found from the paragraphs' side.
 * Each text box's paragraphs then follow the body, anchored in that paragraph, as the .docx
 * reader gives them: its words count in the anchor's section and its citations are matched.
 */
import type { UnreadContent } from "../model/document";
import type { WBody, WParagraph, WShape, WShapeBody, WShapeCollection } from "./word-api";
import { modelTextFromWord } from "./word-text";

/** What the body read queued for text boxes in sync 1. */
export interface TextBoxQuery {
  shapes: WShapeCollection;
  groups: WShapeCollection;
}

/** What sync 2 loads for the shapes that hold text. */
export interface TextBoxLoads {
  withText: WShape[];
  bodies: WShapeBody[];
  anchored: WShapeCollection[];
}

/** A text box placed after the body: its anchor paragraph and its lines. */
export interface PlacedTextBox {
  anchor: number;
  lines: string[];
}

/** Word without WordApiDesktop 1.2 (Word on the web, older desktop builds) gives no way to shapes. */
export const TEXT_BOXES_UNREAD: UnreadContent = { what: "text boxes", possibly: true };
const GROUPS_UNREAD: UnreadContent = { what: "text in grouped shapes and drawing canvases", possibly: true };

/** Sync 1: the shapes that can hold text, and whether any groups or canvases are there. */
export function queueTextBoxes(body: WBody): TextBoxQuery {
  const shapes = body.shapes.getByTypes(["TextBox", "GeometricShape"]);
  shapes.load(["items/id", "items/textFrame/hasText"]);
  const groups = body.shapes.getByTypes(["Group", "Canvas"]);
  groups.load("items/id");
  return { shapes, groups };
}

/** Sync 2: only when a shape holds text, its text and the shapes of every paragraph (to find its anchor). */
export function queueTextBoxLoads(query: TextBoxQuery | null, paragraphs: WParagraph[]): TextBoxLoads {
  const withText = query ? (query.shapes.items ?? []).filter((s) => s.textFrame.hasText) : [];
  if (withText.length === 0) return { withText, bodies: [], anchored: [] };
  return {
    withText,
    bodies: withText.map((s) => s.body.load("text")),
    anchored: paragraphs.map((p) => p.shapes.load("items/id")),
  };
}

/**
 * Each text box with the body paragraph holding its anchor, in document order; what could not be
 * placed or may not have been read, for the report.
 */
export function placeTextBoxes(query: TextBoxQuery | null, loads: TextBoxLoads): { placed: PlacedTextBox[]; unread: UnreadContent[] } {
  const unread: UnreadContent[] = [];
  if (query && (query.groups.items ?? []).length > 0) unread.push(GROUPS_UNREAD);
  const anchorOf = new Map<number, number>();
  loads.anchored.forEach((collection, index) => {
    for (const s of collection.items ?? []) if (!anchorOf.has(s.id)) anchorOf.set(s.id, index);
  });
  const placed: PlacedTextBox[] = [];
  let lost = 0;
  loads.withText.forEach((shape, i) => {
    const anchor = anchorOf.get(shape.id);
    if (anchor === undefined) {
      lost++;
      return;
    }
    placed.push({ anchor, lines: loads.bodies[i]!.text.split("\r").map(modelTextFromWord) });
  });
  // Not a "possibly": the box is there and holds words, which go uncounted (content-not-read, a warning).
  if (lost) unread.push({ what: lost === 1 ? "a text box whose place in the text could not be found" : "text boxes whose place in the text could not be found" });
  // Stable: boxes anchored in one paragraph keep the order body.shapes gave them.
  placed.sort((a, b) => a.anchor - b.anchor);
  return { placed, unread };
}

/**
 * Queues template blocks into Word at one insertion point, in order, without
 * a sync: callers sync once, so inserting 10 blocks or 100 costs one round trip.
 *
 * Every new paragraph gets its style set explicitly, because Word gives an
 * inserted paragraph the formatting of its neighbour (a heading after a
 * heading, grey italics after guidance). After the first paragraph, the next
 * one goes "After" the previous block's content control, never "After" a
 * paragraph inside it, so it lands outside the control.
 */
import { LIST_INDENT_POINTS, type TemplateBlock, type TemplateParagraph } from "../core/template";
import type { WBody, WContentControl, WParagraph } from "./word-api";

/**
 * Grey that keeps contrast above 4.5:1 on white (WCAG AA) while reading as "not your text".
 * (Mutation testing reports these two constants as survivors with no test run: Stryker gives a
 * module's top-level code no tests. tests/word/write-blocks.test.ts checks the contrast.)
 */
export const GUIDANCE_COLOUR = "#595959";
export const TEXT_COLOUR = "#000000";

export type InsertPoint =
  | { kind: "body"; target: WBody; location: "Start" | "End" }
  | { kind: "paragraph"; target: WParagraph; location: "Before" | "After" }
  | { kind: "control"; target: WContentControl; location: "Before" | "After" };

export interface WrittenBlock {
  block: TemplateBlock;
  control: WContentControl | null;
  paragraphs: WParagraph[];
}

// The three cases make the same call; the switch is there for the types (each target takes its own locations).
function insertAt(point: InsertPoint, text: string): WParagraph {
  switch (point.kind) {
    case "body":
      return point.target.insertParagraph(text, point.location);
    case "paragraph":
      return point.target.insertParagraph(text, point.location);
    case "control":
      return point.target.insertParagraph(text, point.location);
  }
}

function format(p: WParagraph, spec: TemplateParagraph, guidance: boolean): void {
  p.styleBuiltIn = spec.style;
  // insertParagraph continues the list of the paragraph it follows (a bullet or number carries
  // over), and a heading style may carry numbering of its own: the add-in's paragraphs are in no list.
  p.detachFromList();
  // A new paragraph takes its neighbour's indents (as Enter does), so a section inserted after a
  // learner's indented quotation would inherit them: the add-in's own paragraphs start flush, but
  // for a nested guidance bullet, which sits one list step in.
  p.leftIndent = spec.level === 2 ? LIST_INDENT_POINTS : 0;
  p.firstLineIndent = 0;
  p.font.bold = spec.bold ?? false;
  p.font.italic = guidance;
  // A heading's colour is left to its style (the theme's heading colour). The in-memory Word has no style
  // colours, so a heading coloured black outright cannot be told apart there (a surviving mutant).
  if (guidance || spec.style === "Normal") p.font.color = guidance ? GUIDANCE_COLOUR : TEXT_COLOUR;
}

/**
 * Queues the blocks at `point`. Returns what was written and the point after
 * the last block, so a caller can continue there.
 */
export function writeBlocks(
  point: InsertPoint,
  blocks: readonly TemplateBlock[],
  options: { lockHeadings: boolean },
): { written: WrittenBlock[]; next: InsertPoint } {
  const written: WrittenBlock[] = [];
  let at = point;
  for (const block of blocks) {
    const guidance = block.kind === "guidance";
    const [first, ...rest] = block.paragraphs;
    if (!first) continue;
    const head = insertAt(at, first.text);
    format(head, first, guidance);
    const paragraphs = [head];
    if (!block.tag) {
      // Plain paragraphs belong to the learner from the start: no control.
      let prev = head;
      for (const spec of rest) {
        prev = prev.insertParagraph(spec.text, "After");
        format(prev, spec, guidance);
        paragraphs.push(prev);
      }
      written.push({ block, control: null, paragraphs });
      at = { kind: "paragraph", target: prev, location: "After" };
      continue;
    }
    const control = head.insertContentControl();
    control.tag = block.tag;
    if (block.title) control.title = block.title;
    control.appearance = "BoundingBox";
    for (const spec of rest) {
      const p = control.insertParagraph(spec.text, "End");
      format(p, spec, guidance);
      paragraphs.push(p);
    }
    // Locks last: Word refuses formatting inside a control that cannot be edited.
    if (block.lockable && options.lockHeadings) {
      control.cannotEdit = true;
      control.cannotDelete = true;
    }
    written.push({ block, control, paragraphs });
    at = { kind: "control", target: control, location: "After" };
  }
  return { written, next: at };
}

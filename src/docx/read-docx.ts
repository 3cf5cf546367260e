import type { DraftDocument } from "../model/document";
import { BodyWalker } from "./body-walker";
import { DocxReadError } from "./docx-read-error";
import { openDocxPackage } from "./package";
import { readAddInData } from "./add-in-data";
import { StyleSheet } from "./styles";
import { isW, wChild, type XElement } from "./xml";

export { DocxReadError } from "./docx-read-error";

/**
 * Reads a .docx into the same DraftDocument the Word host produces, showing
 * the text as Word displays it with all tracked changes accepted.
 *
 * Choices where a file can be read several ways, made so the CLI sees what
 * the add-in sees through Word's own `body.paragraphs`:
 * - text boxes, shapes, footnotes, headers and footers are not body text and
 *   are skipped (a text box sits inside a drawing in a run);
 * - field codes are dropped and field results kept (a TOC's entries are kept);
 * - hidden text (w:vanish set on the run) is dropped, as Word shows it by default;
 * - soft hyphens (w:softHyphen and U+00AD) are dropped so words compare whole
 *   (Word's text may keep U+00AD; the wording fold in src/units ignores it);
 *   a non-breaking hyphen becomes "-"; w:sym gives the character code it names;
 * - list numbering is not added to the text (Word's paragraph text has none);
 * - a paragraph whose mark was deleted (tracked) joins the next paragraph,
 *   which keeps its own style, as in Word after accepting the deletion;
 * - an inline content control around all of a paragraph's text counts as
 *   enclosing the paragraph (Word makes such controls when a paragraph's
 *   range is wrapped), so its tag is on the paragraph's `tags` too;
 * - the add-in's custom XML part (customXml/itemN.xml) becomes `addInData`.
 *
 * Throws DocxReadError (one sentence) for anything that is not a readable .docx.
 */
export function readDocx(bytes: Uint8Array, source?: string): DraftDocument {
  const parts = openDocxPackage(bytes);
  const body = findBody(parts.document);
  if (!body) {
    throw new DocxReadError(`The Word document is damaged: ${parts.documentPath} has no document body.`);
  }
  const walker = new BodyWalker(new StyleSheet(parts.styles));
  walker.block(body);
  walker.flushCarry();
  const doc: DraftDocument = { paragraphs: walker.paragraphs };
  if (source !== undefined) doc.source = source;
  const data = readAddInData(parts.customXml);
  if (data) doc.addInData = data;
  return doc;
}

function findBody(doc: Document): XElement | null {
  const root = doc.documentElement as XElement;
  if (!root || root.localName !== "document" || !isW(root)) return null;
  return wChild(root, "body");
}


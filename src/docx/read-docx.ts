import type { DraftDocument } from "../model/document";
import { readAltChunk } from "./alt-chunk";
import { BodyWalker, type ParagraphOrigin } from "./body-walker";
import { DocxReadError } from "./docx-read-error";
import { newBudget, type UnpackBudget } from "./limits";
import { Numbering } from "./numbering";
import { openDocxPackage, type DocxParts } from "./package";
import { readAddInData } from "./add-in-data";
import { StyleSheet } from "./styles";
import { children, isW, wAttr, wChild, type XElement } from "./xml";

export { DocxReadError, DocxRefusedError } from "./docx-read-error";

/**
 * Reads a .docx into the same DraftDocument the Word host produces, showing
 * the text as Word displays it with all tracked changes accepted.
 *
 * Choices where a file can be read several ways, made so the CLI sees what
 * the add-in sees through Word's own `body.paragraphs`:
 * - footnotes, endnotes and text boxes (DrawingML or VML) are read after the
 *   body, as paragraphs with their `part` and the `anchor` paragraph that holds
 *   the note's reference mark or the box: Word's Word Count includes them by
 *   default, and a source cited only there is cited in the anchor's section;
 * - headers, footers and comments are not read (Word's Word Count leaves them out);
 * - a content control showing its placeholder (w:showingPlcHdr) gives no text of
 *   the learner's: a paragraph holding only placeholder text is flagged
 *   `placeholder`, and placeholder text beside the learner's words is dropped;
 * - list numbers (w:numPr, direct or from the paragraph's style, through
 *   numbering.xml) are counted as Word displays them and given as `listNumber`;
 * - w:altChunk (a document embedded whole: HTML, plain text or another .docx,
 *   which Word imports on opening) is read as body paragraphs; other kinds
 *   (RTF, MHT) are listed in `unread`, so the report can say their words were not counted;
 * - field codes are dropped and field results kept (a TOC's entries are kept);
 * - hidden text (w:vanish set on the run) is dropped, as Word shows it by default;
 * - soft hyphens (w:softHyphen and U+00AD) are dropped so words compare whole
 *   (Word's text may keep U+00AD; the wording fold in src/units ignores it);
 *   a non-breaking hyphen becomes "-"; w:sym gives the character code it names;
 * - list numbering is not added to the text (Word's paragraph text has none);
 * - a package is judged by its content, whatever its extension (.docx, .docm,
 *   .dotx, .dotm); macros are never read;
 * - a paragraph whose mark was deleted (tracked) joins the next paragraph,
 *   which keeps its own style, as in Word after accepting the deletion;
 * - an inline content control around all of a paragraph's text counts as
 *   enclosing the paragraph (Word makes such controls when a paragraph's
 *   range is wrapped), so its tag is on the paragraph's `tags` too;
 * - the add-in's custom XML part (customXml/itemN.xml) becomes `addInData`.
 *
 * Throws DocxReadError (one sentence) for anything that is not a readable .docx, and
 * DocxRefusedError (one of them) for a file past the limits of src/docx/limits.ts.
 */
export function readDocx(bytes: Uint8Array, source?: string): DraftDocument {
  return readPackage(bytes, source, 0, newBudget()).doc;
}

/** What a writer needs: the document as readDocx reads it, the parsed parts, and where each paragraph came from. */
export interface TracedDocx {
  doc: DraftDocument;
  parts: DocxParts;
  /** By paragraph index; none for an embedded document's paragraphs (w:altChunk). */
  origins: ReadonlyArray<ParagraphOrigin | undefined>;
}

/** readDocx, keeping the parsed XML and each paragraph's origin in it (for src/docx/write-comments.ts). */
export function readDocxTraced(bytes: Uint8Array, source?: string): TracedDocx {
  return readPackage(bytes, source, 0, newBudget(), true);
}

/** How deep w:altChunk documents may nest (a .docx embedding a .docx ...). */
const MAX_CHUNK_DEPTH = 3;

// keepOrigins only costs memory when on: nothing that calls readDocx reads the origins (an equivalent mutant, issue 14).
function readPackage(bytes: Uint8Array, source: string | undefined, depth: number, budget: UnpackBudget, keepOrigins = false): TracedDocx {
  const parts = openDocxPackage(bytes, budget);
  const body = findBody(parts.document);
  if (!body) {
    throw new DocxReadError(`The Word document is damaged: ${parts.documentPath} has no document body.`);
  }
  const styles = new StyleSheet(parts.styles);
  const notes = { footnote: notesById(parts.footnotes, "footnote"), endnote: notesById(parts.endnotes, "endnote") };
  const walker = new BodyWalker(styles, {
    numbering: new Numbering(parts.numbering, (styleId) => styles.numbering(styleId)?.numId ?? null),
    note: (part, id) => notes[part].get(id) ?? null,
    altChunk: (el) =>
      readAltChunk(el, parts, depth < MAX_CHUNK_DEPTH ? (inner) => readPackage(inner, undefined, depth + 1, budget).doc : null),
  }, keepOrigins);
  walker.block(body);
  walker.flushCarry();
  walker.readAnchored();
  const doc: DraftDocument = { paragraphs: walker.paragraphs };
  if (walker.unread.length) doc.unread = walker.unread;
  // A source of undefined and no source read the same everywhere, JSON included (an equivalent mutant, issue 14).
  if (source !== undefined) doc.source = source;
  const data = readAddInData(parts.customXml);
  if (data) doc.addInData = data;
  return { doc, parts, origins: walker.origins };
}

/**
 * The notes of footnotes.xml or endnotes.xml by id, without the separators Word
 * keeps there (w:type separator, continuationSeparator, continuationNotice).
 */
function notesById(doc: Document | null, localName: "footnote" | "endnote"): Map<string, XElement> {
  const out = new Map<string, XElement>();
  if (!doc) return out;
  for (const el of children(doc.documentElement)) {
    if (el.localName !== localName || !isW(el)) continue;
    const type = wAttr(el, "type");
    if (type && type !== "normal") continue;
    const id = wAttr(el, "id");
    if (id !== null) out.set(id, el);
  }
  return out;
}

function findBody(doc: Document): XElement | null {
  const root = doc.documentElement as XElement;
  if (!root || root.localName !== "document" || !isW(root)) return null;
  return wChild(root, "body");
}


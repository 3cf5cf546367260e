import { Parser } from "htmlparser2";
import { makeParagraph, type DocParagraph, type DraftDocument, type UnreadContent } from "../model/document";
import { DocxRefusedError } from "./docx-read-error";
import type { DocxParts } from "./package";
import { decode } from "./package";
import type { XElement } from "./xml";

/**
 * w:altChunk embeds a whole document in a .docx (mail-merge tools, web exports
 * and some centre systems make them); Word imports it into the body when it
 * opens the file, and its text is then body text like any other. The reader
 * does what Word does for the common kinds:
 * - HTML or XHTML: block elements become paragraphs, <h1>–<h6> headings,
 *   table cells table paragraphs;
 * - plain text: one paragraph per line;
 * - another WordprocessingML package: read like the outer file.
 * RTF and web archives (MHT) are not read; they are reported as unread, so
 * the report can say that their words are not counted.
 */

const R_NS = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
];

/** The chunk's paragraphs (and what it could not read inside, for an embedded .docx), or what it is when unreadable. */
export type AltChunkResult = { paragraphs: DocParagraph[]; unread?: UnreadContent[] } | { what: string };

export function readAltChunk(
  el: XElement,
  parts: Pick<DocxParts, "relationships" | "readPart" | "contentType">,
  readDocx: ((bytes: Uint8Array) => DraftDocument) | null,
): AltChunkResult {
  let id: string | null = null;
  for (const ns of R_NS) if (el.hasAttributeNS(ns, "id")) id = el.getAttributeNS(ns, "id");
  const rel = id ? parts.relationships.get(id) : undefined;
  const bytes = rel ? parts.readPart(rel.path) : null;
  if (!rel || !bytes) return { what: "an embedded document that is missing from the file" };
  const type = (parts.contentType(rel.path) ?? "").toLowerCase();
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 256)).replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart();

  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    if (!readDocx) return { what: "a Word document embedded too deeply to read" };
    try {
      const inner = readDocx(bytes);
      return inner.unread ? { paragraphs: inner.paragraphs, unread: inner.unread } : { paragraphs: inner.paragraphs };
    } catch (e) {
      // A zip bomb (or the like) inside the draft refuses the draft: it is never half-read.
      if (e instanceof DocxRefusedError) throw e;
      return { what: "an embedded Word document that cannot be read" };
    }
  }
  if (head.startsWith("{\\rtf") || type.includes("rtf")) return { what: "an embedded RTF document" };
  if (/^mime-version:/i.test(head) || type.includes("rfc822") || type.includes("multipart")) {
    return { what: "an embedded web archive (MHT)" };
  }
  const text = decode(bytes);
  if (type.includes("html") || /^(?:<\?xml[^>]*>\s*)?(?:<!doctype html|<html)/i.test(head)) return { paragraphs: htmlParagraphs(text) };
  if (type === "" || type.startsWith("text/")) return { paragraphs: textParagraphs(text) };
  return { what: `an embedded document of type ${type}` };
}

function textParagraphs(text: string): DocParagraph[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((line, index) => makeParagraph({ index, text: line }));
}

/** Elements that end the paragraph before them and start a new one. */
const BLOCKS = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "table", "pre", "blockquote",
  "dt", "dd", "ul", "ol", "dl", "section", "article", "header", "footer", "caption", "address", "hr", "body",
]);
const SKIPPED = new Set(["head", "script", "style", "title", "template", "noscript"]);
const BOLD = new Set(["b", "strong"]);

/** Paragraphs of an HTML document as Word imports it (text, headings, bold, table cells). */
export function htmlParagraphs(html: string): DocParagraph[] {
  const out: DocParagraph[] = [];
  let text = "";
  let hasText = false;
  let allBold = true;
  let skip = 0;
  let bold = 0;
  let pre = 0;
  const headings: number[] = [];
  // Open tables: their number, the current row and cell.
  const tables: Array<{ table: number; row: number; cell: number }> = [];
  let tableCount = 0;
  let inCell = false;

  const flush = () => {
    // <br> is kept apart as U+2028 while the HTML's own white space collapses, then becomes a line break.
    const value = (pre ? text : text.replace(/[ \t\r\n\f]+/g, " ").trim()).replace(/ ?\u2028 ?/g, "\n");
    if (value !== "" || inCell) {
      const heading = headings[headings.length - 1] ?? 0;
      const p: Partial<DocParagraph> & { index: number; text: string } = {
        index: out.length,
        text: value,
        headingLevel: heading,
        bold: hasText && allBold,
      };
      const t = tables[tables.length - 1];
      if (t && inCell) p.table = { table: t.table, row: Math.max(0, t.row), cell: Math.max(0, t.cell) };
      if (value !== "") out.push(makeParagraph(p));
    }
    text = "";
    hasText = false;
    allBold = true;
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skip++;
        if (skip) return;
        if (name === "br") {
          text += "\u2028";
          return;
        }
        if (BLOCKS.has(name)) flush();
        if (/^h[1-6]$/.test(name)) headings.push(Number(name[1]));
        if (BOLD.has(name)) bold++;
        if (name === "pre") pre++;
        if (name === "table") tables.push({ table: tableCount++, row: -1, cell: -1 });
        const t = tables[tables.length - 1];
        if (t && name === "tr") {
          t.row++;
          t.cell = -1;
        }
        if (t && (name === "td" || name === "th")) {
          t.cell++;
          inCell = true;
        }
      },
      ontext(data) {
        if (skip) return;
        text += data;
        if (/\S/.test(data)) {
          hasText = true;
          if (bold === 0) allBold = false;
        }
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip) return;
        if (BLOCKS.has(name)) flush();
        if (/^h[1-6]$/.test(name)) headings.pop();
        if (BOLD.has(name)) bold = Math.max(0, bold - 1);
        if (name === "pre") pre = Math.max(0, pre - 1);
        if (name === "td" || name === "th") inCell = false;
        if (name === "table") tables.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return out;
}

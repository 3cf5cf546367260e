import { unzipSync } from "fflate";
import { DocxReadError } from "./docx-read-error";
import { children, parseXml } from "./xml";

const OFFICE_DOCUMENT_REL = /\/officeDocument$/;
const STYLES_REL = /\/styles$/;
const NUMBERING_REL = /\/numbering$/;
const FOOTNOTES_REL = /\/footnotes$/;
const ENDNOTES_REL = /\/endnotes$/;

/** The parts of a .docx the reader needs, as parsed XML. */
export interface DocxParts {
  document: Document;
  documentPath: string;
  styles: Document | null;
  /** word/numbering.xml: list numbering. */
  numbering: Document | null;
  footnotes: Document | null;
  endnotes: Document | null;
  /** The main part's internal relationships by id (w:altChunk's r:id), targets resolved to part paths. */
  relationships: Map<string, { type: string; path: string }>;
  /** A part's bytes, inflated on demand (for w:altChunk); null when absent. */
  readPart(path: string): Uint8Array | null;
  /** The content type [Content_Types].xml gives a part, or null. */
  contentType(path: string): string | null;
  /** Custom XML data parts (customXml/itemN.xml), raw, by path: the add-in's own data is one of them. */
  customXml: Record<string, Uint8Array>;
}

/**
 * Unzips a WordprocessingML package (.docx, .docm, .dotx, .dotm: Word opens them all)
 * and parses its main document and the parts the reader needs. The package is
 * judged by its content, never by its file name. Only XML parts are inflated:
 * pictures can be most of a file's bytes and are never read, and neither is a
 * macro project (vbaProject.bin): macros are never run or read.
 */
export function openDocxPackage(bytes: Uint8Array): DocxParts {
  if (!startsWith(bytes, [0x50, 0x4b])) {
    if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
      throw new DocxReadError(
        "This file is an older Word document (.doc) or is password-protected; save it as .docx without a password and try again.",
      );
    }
    throw new DocxReadError(notWordMessage(bytes));
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => /\.(xml|rels)$/i.test(f.name) });
  } catch {
    throw new DocxReadError("The Word document is damaged: it cannot be unzipped (the file may be incomplete).");
  }

  const documentPath = findMainDocument(files);
  if (!documentPath) {
    throw new DocxReadError("This file is not a Word document (.docx): it has no word/document.xml.");
  }
  const document = parseXml(decode(files[documentPath]), documentPath);
  const kind = otherOfficeKind(document.documentElement?.localName ?? "");
  if (kind) throw new DocxReadError(`This file is ${kind}, not a Word document; save the draft from Word as .docx.`);

  const part = (type: RegExp, usual: string): Document | null => {
    const path = findRelated(files, documentPath, type) ?? sibling(documentPath, usual);
    return files[path] ? parseXml(decode(files[path]), path) : null;
  };
  let contentTypes: Map<string, string> | null = null;
  const customXml: Record<string, Uint8Array> = {};
  for (const [path, data] of Object.entries(files)) if (/(?:^|\/)customXml\/item\d*\.xml$/i.test(path)) customXml[path] = data;
  return {
    document,
    documentPath,
    styles: part(STYLES_REL, "styles.xml"),
    numbering: part(NUMBERING_REL, "numbering.xml"),
    footnotes: part(FOOTNOTES_REL, "footnotes.xml"),
    endnotes: part(ENDNOTES_REL, "endnotes.xml"),
    relationships: relationshipsOf(files, documentPath),
    customXml,
    readPart: (path) => {
      if (files[path]) return files[path];
      try {
        return unzipSync(bytes, { filter: (f) => f.name === path })[path] ?? null;
      } catch {
        return null;
      }
    },
    contentType: (path) => {
      contentTypes ??= readContentTypes(files);
      const ext = path.includes(".") ? path.slice(path.lastIndexOf(".") + 1).toLowerCase() : "";
      return contentTypes.get(`/${path}`.toLowerCase()) ?? contentTypes.get(`ext:${ext}`) ?? null;
    },
  };
}

/** What a zip's main part is when it is another Office application's (its root element says). */
function otherOfficeKind(root: string): string | null {
  if (root === "workbook") return "an Excel workbook";
  if (root === "presentation") return "a PowerPoint presentation";
  return null;
}

/** One sentence for bytes that are not a zip package at all, naming the format when it is a common one. */
function notWordMessage(bytes: Uint8Array): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 8));
  if (head.startsWith("{\\rtf")) return "This file is a Rich Text (.rtf) document, not a .docx; open it in Word and save it as a Word document (.docx).";
  if (head.startsWith("%PDF")) return "This file is a PDF, not a Word document; check the Word file (.docx) the PDF was made from.";
  return "This file is not a Word document (.docx).";
}

/** [Content_Types].xml as a map: "/word/document.xml" (lower case) and "ext:xml" to content types. */
function readContentTypes(files: Record<string, Uint8Array>): Map<string, string> {
  const out = new Map<string, string>();
  const bytes = files["[Content_Types].xml"];
  if (!bytes) return out;
  let doc: Document;
  try {
    doc = parseXml(decode(bytes), "[Content_Types].xml");
  } catch {
    return out;
  }
  for (const el of children(doc.documentElement)) {
    const type = el.getAttribute("ContentType");
    if (!type) continue;
    if (el.localName === "Override") out.set((el.getAttribute("PartName") ?? "").toLowerCase(), type);
    else if (el.localName === "Default") out.set(`ext:${(el.getAttribute("Extension") ?? "").toLowerCase()}`, type);
  }
  return out;
}

/** A part's internal relationships by id, targets resolved to part paths (partPath "" for the package's own). */
function relationshipsOf(files: Record<string, Uint8Array>, partPath: string): Map<string, { type: string; path: string }> {
  const out = new Map<string, { type: string; path: string }>();
  const dir = partPath.includes("/") ? partPath.slice(0, partPath.lastIndexOf("/") + 1) : "";
  const relsPath = `${dir}_rels/${partPath.slice(dir.length)}.rels`;
  const rels = files[relsPath];
  if (!rels) return out;
  const doc = parseXml(decode(rels), relsPath);
  for (const rel of children(doc.documentElement)) {
    if (rel.localName !== "Relationship" || rel.getAttribute("TargetMode") === "External") continue;
    const id = rel.getAttribute("Id");
    if (id) out.set(id, { type: rel.getAttribute("Type") ?? "", path: resolvePath(dir, rel.getAttribute("Target") ?? "") });
  }
  return out;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** The officeDocument target from _rels/.rels, falling back to the usual path. */
function findMainDocument(files: Record<string, Uint8Array>): string | null {
  // The package's own relationships are those of the part "" (_rels/.rels).
  return findRelated(files, "", OFFICE_DOCUMENT_REL) ?? (files["word/document.xml"] ? "word/document.xml" : null);
}

/** The first existing part a part relates to with a relationship of this type. */
function findRelated(files: Record<string, Uint8Array>, partPath: string, type: RegExp): string | null {
  for (const rel of relationshipsOf(files, partPath).values()) {
    if (type.test(rel.type) && files[rel.path]) return rel.path;
  }
  return null;
}

/** Resolves a relationship target against the folder of the part that owns it. */
function resolvePath(baseDir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : baseDir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "" || p === ".") continue;
    if (p === "..") out.pop();
    else out.push(p);
  }
  return out.join("/");
}

function sibling(partPath: string, name: string): string {
  const dir = partPath.includes("/") ? partPath.slice(0, partPath.lastIndexOf("/") + 1) : "";
  return dir + name;
}

export function decode(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

import { compoundFileKind, isCompoundFile } from "./compound-file";
import { DocxReadError, DocxRefusedError } from "./docx-read-error";
import { newBudget, type UnpackBudget } from "./limits";
import { children, parseXml } from "./xml";
import { ZipPackage } from "./zip";

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
  /**
   * Every part's bytes by path, for a writer that copies the package (src/docx/write-comments.ts),
   * inflated within the same limits as the parts read: a zip bomb among the pictures is refused too.
   */
  allParts(): Record<string, Uint8Array>;
}

/**
 * Unzips a WordprocessingML package (.docx, .docm, .dotx, .dotm: Word opens them all)
 * and parses its main document and the parts the reader needs. The package is
 * judged by its content, never by its file name. Parts are inflated only when read,
 * within the limits of src/docx/limits.ts (src/docx/zip.ts): pictures can be most of
 * a file's bytes and are never read, and neither is a macro project (vbaProject.bin):
 * macros are never run or read. `budget` is the outer file's, for an embedded document.
 */
export function openDocxPackage(bytes: Uint8Array, budget: UnpackBudget = newBudget()): DocxParts {
  if (!startsWith(bytes, [0x50, 0x4b])) {
    if (isCompoundFile(bytes)) throw new DocxReadError(compoundFileMessage(bytes));
    throw new DocxReadError(notWordMessage(bytes));
  }
  const zip = new ZipPackage(bytes, budget);
  const inflated = new Map<string, Uint8Array | null>();
  const parsed = new Map<string, Document | null>();
  const files: PartReader = {
    has: (path) => zip.has(path),
    bytes: (path) => {
      if (!inflated.has(path)) inflated.set(path, zip.read(path));
      return inflated.get(path)!;
    },
    xml: (path) => {
      if (!parsed.has(path)) {
        const b = files.bytes(path);
        parsed.set(path, b ? parseXml(decode(b), path, budget) : null);
      }
      return parsed.get(path)!;
    },
  };

  const documentPath = findMainDocument(files);
  if (!documentPath) {
    const odf = openDocumentKind(files);
    if (odf) throw new DocxReadError(`This file is ${odf}, not a Word document; save it as Word (.docx) from LibreOffice, or download it as .docx from Google Docs.`);
    throw new DocxReadError("This file is not a Word document (.docx): it has no word/document.xml.");
  }
  const document = files.xml(documentPath)!;
  const kind = otherOfficeKind(document.documentElement?.localName ?? "");
  if (kind) throw new DocxReadError(`This file is ${kind}, not a Word document; save the draft from Word as .docx.`);

  const part = (type: RegExp, usual: string): Document | null => {
    const path = findRelated(files, documentPath, type) ?? sibling(documentPath, usual);
    return files.has(path) ? files.xml(path) : null;
  };
  let contentTypes: Map<string, string> | null = null;
  const customXml: Record<string, Uint8Array> = {};
  for (const path of zip.names()) {
    if (!/(?:^|\/)customXml\/item\d*\.xml$/i.test(path)) continue;
    try {
      const data = files.bytes(path);
      if (data) customXml[path] = data;
    } catch (e) {
      // A damaged custom XML part is skipped (src/docx/add-in-data.ts); a refused one refuses the file.
      if (e instanceof DocxRefusedError) throw e;
    }
  }
  return {
    document,
    documentPath,
    styles: part(STYLES_REL, "styles.xml"),
    numbering: part(NUMBERING_REL, "numbering.xml"),
    footnotes: part(FOOTNOTES_REL, "footnotes.xml"),
    endnotes: part(ENDNOTES_REL, "endnotes.xml"),
    relationships: relationshipsOf(files, documentPath),
    customXml,
    allParts: () => {
      const all: Record<string, Uint8Array> = {};
      for (const path of zip.names()) all[path] = files.bytes(path)!;
      return all;
    },
    readPart: (path) => {
      try {
        return files.bytes(path);
      } catch (e) {
        // A damaged embedded part is reported as unread (alt-chunk.ts); a refused one refuses the file.
        if (e instanceof DocxRefusedError) throw e;
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

/** The package's parts, each inflated (and parsed) once, when first read. */
interface PartReader {
  has(path: string): boolean;
  /** The part's bytes, inflated within the file's limits; null when absent. */
  bytes(path: string): Uint8Array | null;
  xml(path: string): Document | null;
}

/** An OLE compound file: a password-protected .docx, an old .doc, or another program's file. */
function compoundFileMessage(bytes: Uint8Array): string {
  switch (compoundFileKind(bytes)) {
    case "encrypted":
      return "This Word document is protected with a password, so it cannot be read; open it in Word, remove the password (File > Info > Protect Document > Encrypt with Password), save it and try again.";
    case "word-97":
      return "This file is an older Word document (.doc); open it in Word and save it as a Word document (.docx).";
    default:
      return "This file is not a Word document (.docx).";
  }
}

/** What a zip's main part is when it is another Office application's (its root element says). */
function otherOfficeKind(root: string): string | null {
  if (root === "workbook") return "an Excel workbook";
  if (root === "presentation") return "a PowerPoint presentation";
  return null;
}

/**
 * An OpenDocument file (LibreOffice's own, often renamed .docx by hand) names its kind in its first
 * part, "mimetype" (OpenDocument 1.3, part 2, section 3.3): the learner is told what it is.
 */
function openDocumentKind(files: PartReader): string | null {
  const bytes = files.has("mimetype") ? files.bytes("mimetype") : null;
  if (!bytes || bytes.length > 100) return null;
  const type = new TextDecoder().decode(bytes).trim();
  if (type === "application/vnd.oasis.opendocument.text") return "an OpenDocument text file (.odt)";
  if (type.startsWith("application/vnd.oasis.opendocument.")) return "an OpenDocument file";
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
function readContentTypes(files: PartReader): Map<string, string> {
  const out = new Map<string, string>();
  let doc: Document | null;
  try {
    doc = files.xml("[Content_Types].xml");
  } catch (e) {
    // A damaged list of content types leaves the types unknown; a refused one refuses the file.
    if (e instanceof DocxRefusedError) throw e;
    return out;
  }
  if (!doc) return out;
  for (const el of children(doc.documentElement)) {
    const type = el.getAttribute("ContentType");
    if (!type) continue;
    if (el.localName === "Override") out.set((el.getAttribute("PartName") ?? "").toLowerCase(), type);
    else if (el.localName === "Default") out.set(`ext:${(el.getAttribute("Extension") ?? "").toLowerCase()}`, type);
  }
  return out;
}

/** A part's internal relationships by id, targets resolved to part paths (partPath "" for the package's own). */
function relationshipsOf(files: PartReader, partPath: string): Map<string, { type: string; path: string }> {
  const out = new Map<string, { type: string; path: string }>();
  const dir = partPath.includes("/") ? partPath.slice(0, partPath.lastIndexOf("/") + 1) : "";
  const relsPath = `${dir}_rels/${partPath.slice(dir.length)}.rels`;
  const doc = files.xml(relsPath);
  if (!doc) return out;
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
function findMainDocument(files: PartReader): string | null {
  // The package's own relationships are those of the part "" (_rels/.rels).
  return findRelated(files, "", OFFICE_DOCUMENT_REL) ?? (files.has("word/document.xml") ? "word/document.xml" : null);
}

/** The first existing part a part relates to with a relationship of this type. */
function findRelated(files: PartReader, partPath: string, type: RegExp): string | null {
  for (const rel of relationshipsOf(files, partPath).values()) {
    if (type.test(rel.type) && files.has(rel.path)) return rel.path;
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

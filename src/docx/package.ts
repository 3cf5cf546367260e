import { unzipSync } from "fflate";
import { DocxReadError } from "./docx-read-error";
import { children, parseXml } from "./xml";

const OFFICE_DOCUMENT_REL = /\/officeDocument$/;
const STYLES_REL = /\/styles$/;

/** The parts of a .docx the reader needs, as parsed XML. */
export interface DocxParts {
  document: Document;
  documentPath: string;
  styles: Document | null;
  /** Custom XML data parts (customXml/itemN.xml), raw, by path: the add-in's own data is one of them. */
  customXml: Record<string, Uint8Array>;
}

/**
 * Unzips a .docx and parses its main document and style parts. Only XML parts
 * are inflated: pictures can be most of a file's bytes and are never read.
 */
export function openDocxPackage(bytes: Uint8Array): DocxParts {
  if (!startsWith(bytes, [0x50, 0x4b])) {
    if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
      throw new DocxReadError(
        "This file is an older Word document (.doc) or is password-protected; save it as .docx without a password and try again.",
      );
    }
    throw new DocxReadError("This file is not a Word document (.docx).");
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

  const stylesPath = findRelated(files, documentPath, STYLES_REL) ?? sibling(documentPath, "styles.xml");
  const styles = files[stylesPath] ? parseXml(decode(files[stylesPath]), stylesPath) : null;
  const customXml: Record<string, Uint8Array> = {};
  for (const [path, bytes] of Object.entries(files)) if (/(?:^|\/)customXml\/item\d*\.xml$/i.test(path)) customXml[path] = bytes;
  return { document, documentPath, styles, customXml };
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** The officeDocument target from _rels/.rels, falling back to the usual path. */
function findMainDocument(files: Record<string, Uint8Array>): string | null {
  const rels = files["_rels/.rels"];
  if (rels) {
    for (const target of relationshipTargets(rels, "_rels/.rels", OFFICE_DOCUMENT_REL)) {
      const path = resolvePath("", target);
      if (files[path]) return path;
    }
  }
  return files["word/document.xml"] ? "word/document.xml" : null;
}

function findRelated(files: Record<string, Uint8Array>, partPath: string, type: RegExp): string | null {
  const dir = partPath.includes("/") ? partPath.slice(0, partPath.lastIndexOf("/") + 1) : "";
  const relsPath = `${dir}_rels/${partPath.slice(dir.length)}.rels`;
  const rels = files[relsPath];
  if (!rels) return null;
  for (const target of relationshipTargets(rels, relsPath, type)) {
    const path = resolvePath(dir, target);
    if (files[path]) return path;
  }
  return null;
}

function relationshipTargets(bytes: Uint8Array, partName: string, type: RegExp): string[] {
  const doc = parseXml(decode(bytes), partName);
  const out: string[] = [];
  for (const rel of children(doc.documentElement)) {
    if (rel.localName !== "Relationship") continue;
    if (rel.getAttribute("TargetMode") === "External") continue;
    if (type.test(rel.getAttribute("Type") ?? "")) out.push(rel.getAttribute("Target") ?? "");
  }
  return out;
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

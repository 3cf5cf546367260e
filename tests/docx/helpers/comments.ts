/**
 * Reading the comments back out of a .docx the way a word processor would, independently of
 * src/docx/write-comments.ts: the comments part's w:comment elements, and the text of the body
 * between each comment's range markers.
 */
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export function partsOf(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function xmlOf(bytes: Uint8Array, path: string): Document | null {
  const part = partsOf(bytes)[path];
  return part ? (new DOMParser().parseFromString(strFromU8(part), "application/xml") as unknown as Document) : null;
}

export interface ReadComment {
  id: string;
  author: string;
  text: string;
}

/** The comments in word/comments.xml, in order. */
export function commentsIn(bytes: Uint8Array): ReadComment[] {
  const doc = xmlOf(bytes, "word/comments.xml");
  if (!doc) return [];
  const out: ReadComment[] = [];
  const list = doc.getElementsByTagNameNS(W, "comment");
  for (let i = 0; i < list.length; i++) {
    const c = list.item(i)!;
    const ts = c.getElementsByTagNameNS(W, "t");
    let text = "";
    for (let j = 0; j < ts.length; j++) text += ts.item(j)!.textContent ?? "";
    out.push({ id: c.getAttributeNS(W, "id") ?? "", author: c.getAttributeNS(W, "author") ?? "", text });
  }
  return out;
}

/** For each comment id, the text between its range start and end in word/document.xml (w:t only). */
export function commentedText(bytes: Uint8Array): Map<string, string> {
  const doc = xmlOf(bytes, "word/document.xml")!;
  const open = new Set<string>();
  const out = new Map<string, string>();
  const visit = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      if (el.namespaceURI === W && el.localName === "commentRangeStart") {
        const id = el.getAttributeNS(W, "id")!;
        open.add(id);
        out.set(id, out.get(id) ?? "");
      } else if (el.namespaceURI === W && el.localName === "commentRangeEnd") {
        open.delete(el.getAttributeNS(W, "id")!);
      } else if (el.namespaceURI === W && el.localName === "t") {
        for (const id of open) out.set(id, out.get(id)! + (el.textContent ?? ""));
      } else {
        visit(el);
      }
    }
  };
  visit(doc.documentElement as unknown as Node);
  return out;
}

/** How many of each marker the body holds, by comment id. */
export function markerCounts(bytes: Uint8Array): Map<string, { start: number; end: number; reference: number }> {
  const doc = xmlOf(bytes, "word/document.xml")!;
  const out = new Map<string, { start: number; end: number; reference: number }>();
  for (const [name, key] of [
    ["commentRangeStart", "start"],
    ["commentRangeEnd", "end"],
    ["commentReference", "reference"],
  ] as const) {
    const list = doc.getElementsByTagNameNS(W, name);
    for (let i = 0; i < list.length; i++) {
      const id = list.item(i)!.getAttributeNS(W, "id")!;
      const c = out.get(id) ?? { start: 0, end: 0, reference: 0 };
      c[key]++;
      out.set(id, c);
    }
  }
  return out;
}

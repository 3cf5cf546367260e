import { DOMParser } from "@xmldom/xmldom";
import { scanXml } from "../shared/xml-scan";
import { DocxReadError, DocxRefusedError } from "./docx-read-error";
import { DEPTH_LIMIT, newBudget, type UnpackBudget } from "./limits";

/** WordprocessingML in its transitional and strict flavours. */
export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const W_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main";
export const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
export const MATH_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math";

/** Minimal structural view of the DOM we walk (xmldom's types are broad). */
export type XElement = Element;

const ELEMENT_NODE = 1;

export function isW(el: XElement): boolean {
  return el.namespaceURI === W_NS || el.namespaceURI === W_STRICT_NS;
}

/** Child elements, in order. Iterates siblings directly to stay linear. */
export function* children(el: XElement): Generator<XElement> {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE) yield n as XElement;
  }
}

/** First child element in the WordprocessingML namespace with this local name. */
export function wChild(el: XElement | null | undefined, localName: string): XElement | null {
  if (!el) return null;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE && (n as XElement).localName === localName && isW(n as XElement)) {
      return n as XElement;
    }
  }
  return null;
}

/** A w:-namespaced attribute (w:val ...), tolerating the strict namespace and unprefixed attributes. */
export function wAttr(el: XElement | null | undefined, localName: string): string | null {
  if (!el) return null;
  const ns = el.namespaceURI ?? W_NS;
  if (el.hasAttributeNS(ns, localName)) return el.getAttributeNS(ns, localName);
  if (el.hasAttributeNS(W_NS, localName)) return el.getAttributeNS(W_NS, localName);
  if (el.hasAttribute(localName)) return el.getAttribute(localName);
  return null;
}

/**
 * An OOXML on/off property (w:b, w:i ...): present means on unless w:val says
 * false/0/off. Returns undefined when the element is absent.
 */
export function onOff(el: XElement | null): boolean | undefined {
  if (!el) return undefined;
  const v = wAttr(el, "val");
  if (v === null) return true;
  return !(v === "0" || v === "false" || v === "off");
}

/**
 * Parses one XML part; any well-formedness error means the file is damaged. A part that declares
 * a DTD, nests deeper than DEPTH_LIMIT or has more elements than the file's budget has left is
 * refused before it is parsed (src/shared/xml-scan.ts says why).
 */
export function parseXml(text: string, partName: string, budget: UnpackBudget = newBudget()): Document {
  const shape = scanXml(text, { maxDepth: DEPTH_LIMIT, maxElements: budget.elements });
  if (shape.doctype) {
    throw new DocxRefusedError(
      `The Word document is refused: ${partName} declares a DTD, which Word documents never contain (it can hide an entity bomb or a link to another file).`,
    );
  }
  if (shape.depth > DEPTH_LIMIT) {
    throw new DocxRefusedError(
      `The Word document is refused: ${partName} nests its XML more than ${DEPTH_LIMIT.toLocaleString("en-GB")} levels deep, far deeper than any real document.`,
    );
  }
  if (shape.elements > budget.elements) {
    throw new DocxRefusedError(
      `The Word document is refused: ${partName} has too many XML elements (the file holds more than ${newBudget().elements.toLocaleString("en-GB")}, far more than any real document).`,
    );
  }
  budget.elements -= shape.elements;
  let firstError: string | null = null;
  const parser = new DOMParser({
    locator: false,
    onError: (level, msg) => {
      if (level === "warning") return;
      firstError ??= msg;
      throw new Error(msg);
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(text, "application/xml") as unknown as Document;
  } catch (e) {
    throw new DocxReadError(
      `The Word document is damaged: ${partName} is not well-formed XML (${shorten(firstError ?? (e as Error).message)}).`,
    );
  }
  if (!doc || !doc.documentElement) {
    throw new DocxReadError(`The Word document is damaged: ${partName} is empty.`);
  }
  return doc;
}

function shorten(msg: string): string {
  // The parser's own wording is kept, less the names of its internals ("Error constructing the DOM: NamespaceError:").
  const oneLine = msg
    .replace(/\s+/g, " ")
    .replace(/^\[xmldom [^\]]*\]\s*/i, "")
    .replace(/^(?:Error constructing the DOM: )?(?:[A-Za-z]*Error: )?/, "")
    .trim();
  return oneLine.length > 120 ? `${oneLine.slice(0, 117)}...` : oneLine.replace(/\.$/, "");
}

/**
 * The add-in's data in a saved .docx: Word writes the custom XML part the add-in added
 * (src/word/doc-store.ts) to customXml/itemN.xml. Reading it here lets `ilm-check` apply what
 * the document records, such as the centre template it was made from. A damaged or foreign part
 * is skipped, never an error: the draft itself is still checked.
 */
import { DOMParser } from "@xmldom/xmldom";
import { STORE_NAMESPACE } from "../model/document-store";
import { decode } from "./package";

function readPart(xml: string): Record<string, unknown> | null {
  let root: Element | null = null;
  try {
    root = new DOMParser({ onError: () => undefined }).parseFromString(xml, "text/xml").documentElement as unknown as Element | null;
  } catch {
    return null;
  }
  if (!root || root.namespaceURI !== STORE_NAMESPACE || root.localName !== "store") return null;
  const out: Record<string, unknown> = {};
  const entries = root.getElementsByTagNameNS(STORE_NAMESPACE, "entry");
  for (let i = 0; i < entries.length; i++) {
    const e = entries.item(i);
    const key = e?.getAttribute("key");
    if (!e || !key) continue;
    try {
      out[key] = JSON.parse(e.textContent ?? "");
    } catch {
      // A damaged entry: the others still count.
    }
  }
  return out;
}

/** The first of the add-in's parts, by part name order (Word numbers them item1, item2, ...), or null. */
export function readAddInData(parts: Record<string, Uint8Array>): Record<string, unknown> | null {
  const paths = Object.keys(parts).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  for (const path of paths) {
    const data = readPart(decode(parts[path]!));
    if (data) return data;
  }
  return null;
}

/**
 * The format of the data the add-in keeps inside a document: one custom XML part under the
 * add-in's namespace holding named entries, each a JSON value. Pure, so every host reads it the
 * same way: Word through src/word/doc-store.ts (Office.js custom XML parts, WordApi 1.4), and a
 * .docx file from its word/customXml/item*.xml parts. docs/document-data.md describes the format
 * and every entry.
 *
 *   <store xmlns="urn:ilm-assignment-assistant:document-store:1" version="1">
 *     <entry key="ticks">{"1.1":[0,2]}</entry>
 *     <entry key="marking">{"version":1,...}</entry>
 *   </store>
 *
 * JSON inside XML keeps each value's shape free while the part stays valid, namespaced XML that
 * Word round-trips. New kinds of data are new entries: an older add-in keeps entries it does not
 * know when it rewrites the part, so the format grows without a new namespace.
 */
import { DOMParser } from "@xmldom/xmldom";

export const STORE_NAMESPACE = "urn:ilm-assignment-assistant:document-store:1";
export const STORE_VERSION = "1";

export type StoreData = Record<string, unknown>;

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function serializeStore(data: StoreData): string {
  const entries = Object.keys(data)
    .sort()
    .filter((k) => data[k] !== undefined)
    .map((k) => `<entry key="${escapeXml(k)}">${escapeXml(JSON.stringify(data[k]))}</entry>`)
    .join("");
  // No XML declaration: Word leaves a part unchanged when setXml is given one (office-js #1643).
  return `<store xmlns="${STORE_NAMESPACE}" version="${STORE_VERSION}">${entries}</store>`;
}

/** Reads the part's entries; entries that do not parse are dropped rather than breaking the pane. */
export function parseStore(xml: string): StoreData {
  const out: StoreData = {};
  let root: Element | null = null;
  try {
    const parsed = new DOMParser({ onError: () => undefined }).parseFromString(xml, "text/xml");
    root = parsed.documentElement as unknown as Element | null;
  } catch {
    return out;
  }
  if (!root || root.namespaceURI !== STORE_NAMESPACE) return out;
  const entries = root.getElementsByTagNameNS(STORE_NAMESPACE, "entry");
  for (let i = 0; i < entries.length; i++) {
    const e = entries.item(i);
    const key = e?.getAttribute("key");
    if (!e || !key) continue;
    try {
      out[key] = JSON.parse(e.textContent ?? "");
    } catch {
      // A hand-edited or damaged entry: skip it.
    }
  }
  return out;
}

/** Whether an XML text is the add-in's store part (its root element in the add-in's namespace). */
export function isStorePart(xml: string): boolean {
  try {
    const root = new DOMParser({ onError: () => undefined }).parseFromString(xml, "text/xml").documentElement as unknown as Element | null;
    return !!root && root.namespaceURI === STORE_NAMESPACE && root.localName === "store";
  } catch {
    return false;
  }
}

/**
 * The store among a document's custom XML parts (a .docx's word/customXml/item*.xml texts, in
 * order): the first of the add-in's parts, as Word reads it; {} when there is none.
 */
export function storeFromParts(parts: readonly string[]): StoreData {
  const ours = parts.find(isStorePart);
  return ours === undefined ? {} : parseStore(ours);
}

/** Entry keys this layer's readers share (the marking layer and src/word name their own entries). */
export const StoreKeys = {
  /** Pass-descriptor ticks. */
  ticks: "ticks",
  /** The whole centre template (validated JSON) the document was made from. */
  centreTemplate: "centreTemplate",
} as const;

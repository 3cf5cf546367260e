/**
 * Data the add-in keeps inside the document (template unit, descriptor
 * ticks, later sources and grades), in one custom XML part under the
 * add-in's namespace, so it travels with the file and never leaves it.
 * Custom XML parts need WordApi 1.4: without it the store says so in one
 * sentence instead of failing.
 *
 * Format: <store xmlns="urn:..." version="1"><entry key="ticks">JSON</entry>...</store>.
 * JSON inside XML keeps each value's shape free while the part stays valid,
 * namespaced XML that Word round-trips.
 */
import { DOMParser } from "@xmldom/xmldom";
import { runInWord, WordActionError, type WordRunner } from "./word-runner";
import { requireDocumentStore, supportsDocumentStore } from "./requirements";
import type { WordContext } from "./word-api";
import { STORE_NAMESPACE } from "../model/document-store";

export { STORE_NAMESPACE };
const STORE_VERSION = "1";

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
  return `<?xml version="1.0" encoding="UTF-8"?><store xmlns="${STORE_NAMESPACE}" version="${STORE_VERSION}">${entries}</store>`;
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

/** Finds the add-in's parts and reads the first one: two syncs. */
async function readParts(context: WordContext) {
  const parts = context.document.customXmlParts.getByNamespace(STORE_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  const first = parts.items[0];
  if (!first) return { parts: parts.items, data: {} as StoreData };
  const xml = first.getXml();
  await context.sync();
  return { parts: parts.items, data: parseStore(xml.value) };
}

export async function readStore(word: WordRunner): Promise<StoreData> {
  requireDocumentStore(word);
  return runInWord(word, "read the add-in's data in this document", async (context) => (await readParts(context)).data);
}

/** Merges `patch` into the stored data (undefined removes a key); find-or-create, three syncs. */
export async function writeStore(word: WordRunner, patch: StoreData): Promise<StoreData> {
  requireDocumentStore(word);
  return runInWord(word, "save the add-in's data in this document", async (context) => {
    const { parts, data } = await readParts(context);
    const merged: StoreData = { ...data };
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) delete merged[k];
      else merged[k] = v;
    }
    const xml = serializeStore(merged);
    if (parts.length === 0) context.document.customXmlParts.add(xml);
    else {
      parts[0]!.setXml(xml);
      // Copies (a document pasted into another) would shadow each other: keep one.
      for (const extra of parts.slice(1)) extra.delete();
    }
    await context.sync();
    return merged;
  });
}

/** Pass-descriptor ticks: AC id -> indexes of ticked descriptors. */
export type Ticks = Record<string, number[]>;

function asTicks(value: unknown): Ticks {
  const out: Ticks = {};
  if (!value || typeof value !== "object") return out;
  for (const [ac, list] of Object.entries(value as Record<string, unknown>)) {
    if (Array.isArray(list)) out[ac] = list.filter((n): n is number => Number.isInteger(n) && n >= 0);
  }
  return out;
}

/** null when this Word cannot keep data in the document. */
export async function loadTicks(word: WordRunner): Promise<Ticks | null> {
  if (!supportsDocumentStore(word)) return null;
  return asTicks((await readStore(word)).ticks);
}

/** false when this Word cannot keep data in the document; other failures throw a WordActionError. */
export async function saveTicks(word: WordRunner, ticks: Ticks): Promise<boolean> {
  if (!supportsDocumentStore(word)) return false;
  await writeStore(word, { ticks });
  return true;
}

export { WordActionError };

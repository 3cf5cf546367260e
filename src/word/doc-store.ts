/**
 * Data the add-in keeps inside the document (template unit, descriptor
 * ticks, later sources and grades), in one custom XML part under the
 * add-in's namespace, so it travels with the file and never leaves it.
 * Custom XML parts need WordApi 1.4: without it the store says so in one
 * sentence instead of failing.
 *
 * Format (src/model/document-store.ts, docs/document-data.md):
 * <store xmlns="urn:..." version="1"><entry key="ticks">JSON</entry>...</store>.
 */
import { parseStore, serializeStore, STORE_NAMESPACE, type StoreData } from "../model/document-store";
import { runInWord, WordActionError, type WordRunner } from "./word-runner";
import { requireDocumentStore, supportsDocumentStore } from "./requirements";
import type { WordContext } from "./word-api";

// The format itself is pure (src/model/document-store.ts), so the .docx reader shares it.
export { parseStore, serializeStore, STORE_NAMESPACE, type StoreData };

/** Finds the add-in's parts and reads the first one: two syncs (one when there is none). For use inside a batch. */
export async function readStoreInContext(context: WordContext) {
  const scoped = context.document.customXmlParts.getByNamespace(STORE_NAMESPACE);
  // (an emptied load loads every scalar property, as load() does: a surviving mutant)
  scoped.load("items/id");
  await context.sync();
  // Word on the web gives undefined, not [], when no part has the namespace (office-js #6673).
  const parts = scoped.items ?? [];
  const first = parts[0];
  if (!first) return { parts, data: {} as StoreData };
  const xml = first.getXml();
  await context.sync();
  return { parts, data: parseStore(xml.value) };
}

export async function readStore(word: WordRunner): Promise<StoreData> {
  requireDocumentStore(word);
  return runInWord(word, "read the add-in's data in this document", async (context) => (await readStoreInContext(context)).data);
}

/** Merges `patch` into the stored data (undefined removes a key); find-or-create, three syncs. */
export async function writeStore(word: WordRunner, patch: StoreData): Promise<StoreData> {
  requireDocumentStore(word);
  return runInWord(word, "save the add-in's data in this document", async (context) => {
    const { parts, data } = await readStoreInContext(context);
    const merged = queueStoreWrite(context, parts, data, patch);
    await context.sync();
    return merged;
  });
}

/**
 * Queues the write of `patch` merged into `data` (what readStoreInContext returned) without
 * syncing, so an operation can save its entry in the same round trip as its other writes.
 */
export function queueStoreWrite(
  context: WordContext,
  parts: Awaited<ReturnType<typeof readStoreInContext>>["parts"],
  data: StoreData,
  patch: StoreData,
): StoreData {
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
  return merged;
}

/** Pass-descriptor ticks: AC id -> indexes of ticked descriptors. */
export type Ticks = Record<string, number[]>;

function asTicks(value: unknown): Ticks {
  const out: Ticks = {};
  // (the typeof test only says what is meant: Object.entries of a string gives one-character strings, never
  // arrays, and of a number or boolean nothing, so leaving it out changes nothing: a surviving mutant)
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

/**
 * The tutor's grades in the document: the "marking" entry of the add-in's custom XML part
 * (format: src/marking/stored.ts, docs/document-data.md), so the grades travel with the file and
 * the pane reads them back when the document is opened again. WordApi 1.4, like every entry.
 */
import type { Marking } from "../marking/marking";
import { MARKING_KEY, markingEntry, storedMarking, type StoredEntry } from "../marking/stored";
import { queueStoreWrite, readStore, readStoreInContext } from "./doc-store";
import { supportsDocumentStore } from "./requirements";
import { runInWord, WordActionError, type WordRunner } from "./word-runner";

/** The grades saved in the document; null when this Word cannot keep data in the document. Two syncs. */
export async function loadMarking(word: WordRunner): Promise<StoredEntry<Marking> | null> {
  if (!supportsDocumentStore(word)) return null;
  return storedMarking((await readStore(word))[MARKING_KEY]);
}

/**
 * Saves the grades, keeping every other entry of the part (ticks, sources, the comment list).
 * false when this Word cannot keep data in the document; refuses to overwrite grades a newer
 * version of the add-in saved. Three syncs.
 */
export async function saveMarking(word: WordRunner, marking: Marking): Promise<boolean> {
  if (!supportsDocumentStore(word)) return false;
  await runInWord(word, "save the grades in this document", async (context) => {
    const { parts, data } = await readStoreInContext(context);
    const current = storedMarking(data[MARKING_KEY]);
    if (current.state === "newer") throw new WordActionError(current.message, "unsupported");
    queueStoreWrite(context, parts, data, { [MARKING_KEY]: markingEntry(marking) });
    await context.sync();
  });
  return true;
}

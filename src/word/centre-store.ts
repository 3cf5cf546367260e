/**
 * The centre template a document was made from, kept whole in the add-in's custom XML part
 * (doc-store.ts), so the learner's check follows its word range, guidance and Harvard settings
 * wherever the file goes: in Word without the template file, and in `ilm-check`, whose .docx
 * reader finds the same part. The value is stored as given and validated when read
 * (src/centre/parse.ts): a document is not trusted to hold a valid template.
 */
import { StoreKeys } from "../model/document-store";
import { readStore, writeStore } from "./doc-store";
import { supportsDocumentStore } from "./requirements";
import type { WordRunner } from "./word-runner";

/** false when this Word cannot keep data in the document; other failures throw a WordActionError. */
export async function saveCentreTemplate(word: WordRunner, template: object): Promise<boolean> {
  if (!supportsDocumentStore(word)) return false;
  await writeStore(word, { [StoreKeys.centreTemplate]: template });
  return true;
}

/** The recorded template as stored (unvalidated), null when there is none, undefined when this Word cannot tell. */
export async function loadCentreTemplate(word: WordRunner): Promise<unknown> {
  if (!supportsDocumentStore(word)) return undefined;
  const value = (await readStore(word))[StoreKeys.centreTemplate];
  return value === undefined ? null : value;
}

/**
 * The add-in's data in a saved .docx: Word writes the custom XML part the add-in added
 * (src/word/doc-store.ts) to customXml/itemN.xml. Reading it here lets `ilm-check` apply what
 * the document records, such as the centre template it was made from or a tutor's grades. The
 * format is the one pure reader every host shares (src/model/document-store.ts); a damaged or
 * foreign part is skipped, never an error: the draft itself is still checked.
 */
import { isStorePart, parseStore, type StoreData } from "../model/document-store";
import { decode } from "./package";

/** The first of the add-in's parts, by part name order (Word numbers them item1, item2, ...), or null. */
export function readAddInData(parts: Record<string, Uint8Array>): StoreData | null {
  const paths = Object.keys(parts).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  for (const path of paths) {
    const xml = decode(parts[path]!);
    if (isStorePart(xml)) return parseStore(xml);
  }
  return null;
}

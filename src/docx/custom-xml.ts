/**
 * The texts of a .docx's custom XML parts (customXml/itemN.xml: where the add-in keeps its
 * document store, docs/document-data.md), in Word's order, for storeFromParts()
 * (src/model/document-store.ts) to pick the add-in's own. Word writes them at the package's
 * root; they are taken wherever they are, since what identifies the add-in's is its namespace.
 */
import { unzipSync } from "fflate";
import { decode } from "./package";

const ITEM = /(?:^|\/)customXml\/item(\d+)\.xml$/i;

export function customXmlParts(bytes: Uint8Array): string[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => ITEM.test(f.name) });
  } catch {
    return [];
  }
  const number = (name: string) => Number(ITEM.exec(name)?.[1] ?? 0);
  return Object.keys(files)
    .sort((a, b) => number(a) - number(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => decode(files[name]!));
}

/**
 * The CSL style and locale files shipped in ./csl, read from disk: this is the version Node,
 * Jest and tsx (ilm-check, the bench) use. webpack swaps in csl-files.web.ts, which bundles
 * the same files as strings (see webpack.config.js), so the pane needs no file system and
 * no network.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { CslFileName } from "./csl-names";

const cache = new Map<CslFileName, string>();

/** The text of one shipped CSL file. */
export function cslFile(name: CslFileName): string {
  let text = cache.get(name);
  if (text === undefined) cache.set(name, (text = readFileSync(join(__dirname, "csl", name), "utf8")));
  return text;
}

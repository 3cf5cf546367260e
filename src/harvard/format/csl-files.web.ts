/**
 * The browser build's csl-files.ts: webpack bundles each file in ./csl as a string
 * (type "asset/source", see webpack.config.js), inside the formatting chunk only.
 * Same names and contents as the Node version (tests/harvard/library/csl-files.test.ts).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import type { CslFileName } from "./csl-names";

const FILES: Record<CslFileName, () => string> = {
  "harvard-cite-them-right.csl": () => require("./csl/harvard-cite-them-right.csl") as string,
  "harvard-cite-them-right-11th-edition.csl": () => require("./csl/harvard-cite-them-right-11th-edition.csl") as string,
  "locales-en-GB.xml": () => require("./csl/locales-en-GB.xml") as string,
  "locales-en-US.xml": () => require("./csl/locales-en-US.xml") as string,
};

/** The text of one shipped CSL file. */
export function cslFile(name: CslFileName): string {
  return FILES[name]();
}

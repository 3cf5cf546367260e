/**
 * The browser's own XML parser, standing in for @xmldom/xmldom in the task pane's bundle when
 * src/model/document-store.ts reads the add-in's store part (webpack.config.js swaps the import
 * for that one module only). Every browser Office runs add-ins in has DOMParser, so the pane's
 * start-up need not fetch xmldom (about 30 KB gzipped) to read two entries. Like xmldom with
 * errors ignored, it never throws on bad XML: parseStore then finds no entries in our namespace.
 */
export const DOMParser = globalThis.DOMParser;

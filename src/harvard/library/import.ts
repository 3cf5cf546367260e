/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Import from files exported by Zotero, Mendeley or EndNote (BibTeX, RIS,
 * CSL-JSON), through citation-js. Heavy: the pane loads it on demand.
 */
import type { CslItem } from "./csl";
import { addSource, type SourceLibrary } from "./library";
import { normaliseItem, sourceKey } from "./normalise";

export type ImportFormat = "bibtex" | "ris" | "csl-json";

export class ImportError extends Error {}

interface CiteModule {
  Cite: new (data: unknown, options?: unknown) => { data: CslItem[]; format(f: string, o?: unknown): string };
}

let core: CiteModule | null = null;
/** citation-js with the BibTeX and RIS plugins registered (once). */
export function citationJs(): CiteModule {
  if (!core) {
    core = require("@citation-js/core") as CiteModule;
    require("@citation-js/plugin-bibtex");
    require("@citation-js/plugin-ris");
  }
  return core;
}

/** Which format a file holds, from its name when given, else from its first characters. */
export function detectFormat(text: string, fileName?: string): ImportFormat | null {
  const ext = /\.([a-z]+)$/i.exec(fileName ?? "")?.[1].toLowerCase();
  if (ext === "bib" || ext === "bibtex") return "bibtex";
  if (ext === "ris" || (ext === "txt" && /^\s*TY {2}- /m.test(text))) return "ris";
  if (ext === "json") return "csl-json";
  const t = text.replace(/^\uFEFF/, "").trimStart();
  if (t.startsWith("[") || t.startsWith("{")) return "csl-json";
  if (/^TY {2}- /m.test(t)) return "ris";
  if (/@[a-z]+\s*[{(]/i.test(t)) return "bibtex";
  return null;
}

function parse(text: string, format: ImportFormat): CslItem[] {
  const { Cite } = citationJs();
  if (format === "csl-json") {
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch {
      throw new ImportError("This .json file is not valid CSL-JSON: export it again from Zotero as \"CSL JSON\".");
    }
    const list = Array.isArray(data) ? data : [data];
    if (!list.every((x) => x && typeof x === "object" && typeof (x as CslItem).type === "string"))
      throw new ImportError("This .json file is not CSL-JSON: every entry needs a type, as Zotero exports it.");
    return new Cite(list).data;
  }
  // citation-js's RIS parser wants one line ending; EndNote writes \r\n.
  const input = format === "ris" ? text.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "") : text;
  try {
    const data = new Cite(input, { forceType: format === "ris" ? "@ris/file" : "@biblatex/text" }).data;
    return format === "ris" ? withRisAccessed(input, data) : data;
  } catch {
    throw new ImportError(
      format === "ris" ? "This RIS file could not be read: export it again from EndNote or Zotero as RIS." : "This BibTeX file could not be read: check it opens in Zotero or Mendeley, then export it again.",
    );
  }
}

/**
 * citation-js keeps RIS Y2 (access date) for some types only; EndNote writes it on
 * ELEC (web page) entries too, so it is read back here entry by entry.
 */
function withRisAccessed(ris: string, items: CslItem[]): CslItem[] {
  const entries = ris.split(/^ER {2}-.*$/m).filter((e) => /^TY {2}- /m.test(e));
  if (entries.length !== items.length) return items;
  return items.map((it, i) => {
    if (it.accessed) return it;
    const m = /^Y2 {2}- (\d{4})[/-](\d{1,2})[/-](\d{1,2})/m.exec(entries[i]);
    return m ? { ...it, accessed: { "date-parts": [[Number(m[1]), Number(m[2]), Number(m[3])]] } } : it;
  });
}

export interface ImportResult {
  format: ImportFormat;
  /** New items with fresh ids, ready to add (or to show for confirmation). */
  items: CslItem[];
  /** Entries skipped because the library already holds them (same title and year). */
  duplicates: CslItem[];
}

/** Reads a file's text into library items; nothing is added until the learner confirms. */
export function importSources(text: string, library: SourceLibrary, fileName?: string): ImportResult {
  if (!text.trim()) throw new ImportError("The file is empty.");
  const format = detectFormat(text, fileName);
  if (!format) throw new ImportError("This file is not BibTeX, RIS or CSL-JSON. Export your references in one of those formats and try again.");
  const parsed = parse(text, format).map((x) => normaliseItem(x));
  if (parsed.length === 0) throw new ImportError("No references were found in the file.");
  const seen = new Set(library.items.map(sourceKey));
  let lib = library;
  const items: CslItem[] = [];
  const duplicates: CslItem[] = [];
  for (const raw of parsed) {
    const key = sourceKey(raw);
    if (seen.has(key)) {
      duplicates.push(raw);
      continue;
    }
    seen.add(key);
    const { id: _drop, ...rest } = raw;
    const added = addSource(lib, rest);
    lib = added.library;
    items.push(lib.items[lib.items.length - 1]);
  }
  return { format, items, duplicates };
}

/** The library with the confirmed imported items added. */
export function addImported(library: SourceLibrary, items: readonly CslItem[]): SourceLibrary {
  let lib = library;
  for (const it of items) lib = addSource(lib, it).library;
  return lib;
}

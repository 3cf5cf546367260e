/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Import from files exported by Zotero, Mendeley or EndNote (BibTeX, RIS,
 * CSL-JSON), through citation-js. Heavy: the pane loads it on demand.
 */
import type { CslItem } from "./csl";
import { checkImportedCsl, FIELD_MAX_CHARS, hasSomethingToCite, IMPORT_FILE_MAX_CHARS, overlongField } from "./csl-input";
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
    // Each entry's fields have the schema's types before citation-js sees them; unknown fields are left out.
    const items = list.map((x, i) => {
      const checked = checkImportedCsl(x);
      if (!checked.ok) throw new ImportError(`This .json file was not imported: in ${jsonEntry(x, i)}, ${checked.problem}.`);
      return checked.item;
    });
    return new Cite(items).data;
  }
  if (format === "bibtex") refuseOverlongBibtexEntry(text);
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

/** The longest BibTeX entry read: a real one, abstract and all, is a few thousand characters. */
const BIBTEX_ENTRY_MAX_CHARS = 100_000;

/**
 * citation-js's BibTeX parser recurses as it reads a field, so a field of megabytes overflows the
 * stack; an entry that long is refused by its key before the parser sees it.
 */
function refuseOverlongBibtexEntry(text: string): void {
  for (const entry of text.split(/^(?=@)/m)) {
    if (entry.length <= BIBTEX_ENTRY_MAX_CHARS) continue;
    const key = /^@\w+\s*[{(]\s*([^,\s{}()]+)/.exec(entry)?.[1];
    const name = key ? `the entry ${quoted(key)}` : "an entry";
    throw new ImportError(
      `This BibTeX file was not imported: ${name} is longer than ${BIBTEX_ENTRY_MAX_CHARS.toLocaleString("en-GB")} characters, far more than any reference needs.`,
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
  if (text.length > IMPORT_FILE_MAX_CHARS) {
    throw new ImportError(`The file was not imported: it is larger than ${IMPORT_FILE_MAX_CHARS / 1_000_000} MB, far more than any list of sources needs.`);
  }
  const format = detectFormat(text, fileName);
  if (!format) throw new ImportError("This file is not BibTeX, RIS or CSL-JSON. Export your references in one of those formats and try again.");
  const raw = parse(text, format);
  const parsed = raw.map((x) => normaliseItem(x));
  if (parsed.length === 0) throw new ImportError("No references were found in the file.");
  refuseUnusable(parsed, format, entryNames(text, format, raw));
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

/**
 * Refuses the whole file, naming the first record that is wrong: one with no author, editor or
 * title (nothing to cite it by: an empty RIS record would otherwise become a source "(No date).")
 * or with a field longer than any real one. Nothing is imported from a file that is refused.
 */
function refuseUnusable(items: readonly CslItem[], format: ImportFormat, names: (i: number) => string): void {
  const file = format === "ris" ? "This RIS file" : format === "bibtex" ? "This BibTeX file" : "This .json file";
  items.forEach((item, i) => {
    if (!hasSomethingToCite(item)) {
      throw new ImportError(`${file} was not imported: ${names(i)} has no author, editor or title, so it cannot be cited; fix or remove it and import the file again.`);
    }
    const long = overlongField(item);
    if (long) {
      throw new ImportError(`${file} was not imported: in ${names(i)}, ${long} is longer than ${FIELD_MAX_CHARS.toLocaleString("en-GB")} characters.`);
    }
  });
}

/**
 * How a person finds each record in the file: a RIS record by the line its TY tag is on, a
 * BibTeX entry by its key, a CSL-JSON entry by its place in the list and its id.
 */
function entryNames(text: string, format: ImportFormat, raw: readonly CslItem[]): (i: number) => string {
  const nth = (i: number) => `entry ${i + 1}`;
  if (format === "ris") {
    const starts: number[] = [];
    text.split(/\r\n?|\n/).forEach((line, n) => {
      if (/^TY {2}- /.test(line)) starts.push(n + 1);
    });
    return (i) => (starts.length === raw.length ? `the record starting on line ${starts[i]}` : `record ${i + 1}`);
  }
  if (format === "bibtex") {
    return (i) => {
      const key = raw[i]?.["citation-key"] ?? raw[i]?.id;
      return typeof key === "string" && key ? `the entry ${quoted(key)}` : nth(i);
    };
  }
  return (i) => jsonEntry(raw[i], i);
}

function jsonEntry(x: unknown, i: number): string {
  const id = x && typeof x === "object" ? (x as { id?: unknown }).id : undefined;
  return typeof id === "string" || typeof id === "number" ? `entry ${i + 1} (${quoted(String(id))})` : `entry ${i + 1}`;
}

/** A key or id as the message shows it: quoted, and cut short when it is long. */
function quoted(s: string): string {
  return `"${s.length > 60 ? `${s.slice(0, 57)}...` : s}"`;
}

/** The library with the confirmed imported items added. */
export function addImported(library: SourceLibrary, items: readonly CslItem[]): SourceLibrary {
  let lib = library;
  for (const it of items) lib = addSource(lib, it).library;
  return lib;
}

import type { CslItem } from "./csl";
import { checkStoredCsl } from "./csl-input";
import { yearOf } from "./dates";

import type { SourceLibrary, StoredLibrary } from "./source-library";

export { emptyLibrary, libraryToStored, type SourceLibrary, type StoredLibrary } from "./source-library";

/** A readable, stable id ("covey1989", "covey1989-2") unique in the library. */
export function newSourceId(item: Partial<CslItem>, taken: Iterable<string>): string {
  const used = new Set(taken);
  const first = item.author?.[0] ?? item.editor?.[0];
  // Organisations by their initials: "Institute of Leadership & Management" -> "ilm".
  const words = first?.literal?.trim().split(/\s+/) ?? [];
  const org = words.length < 2 ? undefined
    : /^[A-Z]{2,}$/.test(words[0]) ? words[0]
    : words.filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join("");
  const who = (first?.family ?? (org && org.length > 1 ? org : first?.literal) ?? item.title ?? "source")
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]/g, "")
    .toLowerCase()
    .slice(0, 20) || "source";
  const base = `${who}${yearOf(item.issued) || "nd"}`;
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** Adds a source (giving it a fresh id when it has none or its id is taken); returns the new library and the id. */
export function addSource(lib: SourceLibrary, item: Omit<CslItem, "id"> & { id?: string }): { library: SourceLibrary; id: string } {
  const ids = lib.items.map((x) => x.id);
  const id = item.id && !ids.includes(item.id) ? item.id : newSourceId(item, ids);
  return { library: { ...lib, items: [...lib.items, { ...item, id } as CslItem] }, id };
}

export function updateSource(lib: SourceLibrary, item: CslItem): SourceLibrary {
  if (!lib.items.some((x) => x.id === item.id)) throw new Error(`No source with id ${item.id} in the library.`);
  return { ...lib, items: lib.items.map((x) => (x.id === item.id ? item : x)) };
}

export function removeSource(lib: SourceLibrary, id: string): SourceLibrary {
  return { ...lib, items: lib.items.filter((x) => x.id !== id) };
}

export class LibraryFormatError extends Error {}


const DAMAGED = "The sources saved in this document are damaged and could not be read.";

/** Reads what libraryToStored wrote. Throws LibraryFormatError with a sentence a learner can act on. */
export function libraryFromStored(value: unknown): SourceLibrary {
  if (!value || typeof value !== "object") throw new LibraryFormatError(DAMAGED);
  const v = value as Partial<StoredLibrary>;
  if (v.format !== "csl-json" || v.version !== 1)
    throw new LibraryFormatError("The sources in this document were saved by a newer version of the add-in: update the add-in to read them.");
  const items = v.items;
  if (!Array.isArray(items)) throw new LibraryFormatError(DAMAGED);
  // Written by someone else, perhaps: every field has its CSL-JSON type (src/harvard/library/csl-input.ts).
  const checked = items.map((x) => checkStoredCsl(x));
  if (!checked.every((c) => c.ok)) throw new LibraryFormatError(DAMAGED);
  return { version: 1, items: checked.map((c) => (c as { item: CslItem }).item) };
}

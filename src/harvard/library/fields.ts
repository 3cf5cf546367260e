import type { CslItem, CslName } from "./csl";
import { dayDate, dayText, yearDate, yearOf } from "./dates";
import type { FieldKey } from "./forms";
import { SOURCE_FORMS } from "./forms";
import { KIND_MARKER, cslTypeFor, type SourceKind } from "./kinds";

/** What a source form holds: names as CSL names, every other field as the text typed. */
export type SourceDraft = Partial<Record<Exclude<FieldKey, "authors" | "editors">, string>> & {
  authors?: CslName[];
  editors?: CslName[];
};

const TEXT_VARS: Record<Exclude<FieldKey, "authors" | "editors" | "year" | "accessed" | "doi">, keyof CslItem> = {
  title: "title",
  containerTitle: "container-title",
  edition: "edition",
  place: "publisher-place",
  publisher: "publisher",
  volume: "volume",
  issue: "issue",
  pages: "page",
  number: "number",
  genre: "genre",
  url: "URL",
};

/** "https://doi.org/10.1/x", "doi:10.1/x" and "10.1/x" all store as "10.1/x". */
export function bareDoi(doi: string): string {
  return doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, "");
}

/** The form's view of a stored item. */
export function draftFromItem(item: CslItem): SourceDraft {
  const d: SourceDraft = {};
  if (item.author?.length) d.authors = item.author.map((n) => ({ ...n }));
  if (item.editor?.length) d.editors = item.editor.map((n) => ({ ...n }));
  const y = yearOf(item.issued);
  if (y) d.year = y;
  else if (item.issued?.literal) d.year = item.issued.literal;
  const acc = dayText(item.accessed);
  if (acc) d.accessed = acc;
  if (item.DOI) d.doi = String(item.DOI);
  for (const [key, v] of Object.entries(TEXT_VARS) as Array<[keyof typeof TEXT_VARS, keyof CslItem]>) {
    const val = item[v];
    if (val !== undefined && val !== null && String(val) !== "") d[key] = String(val);
  }
  return d;
}

/**
 * The item a filled-in form stands for. Only the kind's own fields are kept, so
 * switching a source from web page to book drops nothing the book form shows but
 * does not carry a stray URL along. Unknown CSL variables of `previous` (ISBN, abstract
 * from an import) are kept.
 */
export function itemFromDraft(kind: SourceKind, draft: SourceDraft, id: string, previous?: CslItem): CslItem {
  const keys = new Set(SOURCE_FORMS[kind].fields.map((x) => x.key));
  const item: CslItem = { ...(previous ?? {}), id, type: cslTypeFor(kind) };
  const owned: Array<keyof CslItem> = ["author", "editor", "issued", "accessed", "DOI", ...Object.values(TEXT_VARS)];
  for (const v of owned) delete item[v];
  const custom = { ...(item.custom ?? {}) };
  if (kind === "code-of-practice") custom[KIND_MARKER] = kind;
  else delete custom[KIND_MARKER];
  if (Object.keys(custom).length) item.custom = custom;
  else delete item.custom;

  const names = (ns: CslName[] | undefined) => (ns ?? []).filter((n) => (n.literal ?? n.family ?? "").trim() !== "");
  if (keys.has("authors") && names(draft.authors).length) item.author = names(draft.authors);
  if (keys.has("editors") && names(draft.editors).length) item.editor = names(draft.editors);
  if (keys.has("year") && draft.year?.trim()) item.issued = yearDate(draft.year);
  if (keys.has("accessed") && draft.accessed?.trim()) item.accessed = dayDate(draft.accessed);
  if (keys.has("doi") && draft.doi?.trim()) item.DOI = bareDoi(draft.doi);
  for (const [key, v] of Object.entries(TEXT_VARS) as Array<[keyof typeof TEXT_VARS, keyof CslItem]>) {
    const val = draft[key]?.trim();
    if (keys.has(key) && val) item[v] = key === "pages" ? val.replace(/\s*[-–—]+\s*/g, "-") : val;
  }
  return item;
}

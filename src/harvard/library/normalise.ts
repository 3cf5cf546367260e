import type { CslItem, CslName } from "./csl";
import { yearOf } from "./dates";
import { KIND_KEYWORD, KIND_MARKER, sourceKindOf } from "./kinds";

/** Variables that exporters add for their own book-keeping and that mean nothing in a reference. */
const DROP = ["_graph", "citation-key", "citation-label", "abstract", "keyword", "language", "source", "library", "call-number", "annote", "file"];
/** The name variables, lists in CSL; any other list of strings is a repeated tag in the file. */
const LIST_VARIABLES = new Set(["author", "editor", "translator", "container-author", "collection-editor"]);
/** Control characters (a stray NUL from a broken export) are never part of a reference. */
const clean = (s: string): string => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");
/** BibTeX entry types that some converters leave in `genre`, where the style would print them. */
const ENTRY_TYPE_GENRES = /^(techreport|phdthesis|mastersthesis|misc|manual|unpublished)$/i;

function normaliseName(n: CslName): CslName {
  const out: CslName = {};
  for (const [k, v] of Object.entries(n)) if (typeof v === "string" && v.trim() !== "") (out as Record<string, string>)[k] = v.trim();
  // {CIPD} in BibTeX and "International Coaching Federation," in RIS arrive as a family name with no given name.
  if (out.family && !out.given && !out["non-dropping-particle"] && !out.literal) return { literal: out.family };
  return out;
}

function normaliseEdition(e: unknown): string | undefined {
  if (e === undefined || e === null) return undefined;
  const t = String(e).trim();
  const words: Record<string, string> = { first: "1", second: "2", third: "3", fourth: "4", fifth: "5", sixth: "6", seventh: "7", eighth: "8", ninth: "9", tenth: "10" };
  const m = /^(\d+)(?:st|nd|rd|th)?\.?(?:\s*(?:edn?\.?|edition))?$/i.exec(t);
  if (m) return m[1];
  const w = /^([a-z]+)(?:\s*(?:edn?\.?|edition))?$/i.exec(t);
  if (w && words[w[1].toLowerCase()]) return words[w[1].toLowerCase()];
  return t || undefined;
}

/**
 * Makes an item from any exporter look like one the library's forms produce:
 * organisations as literals, numeric years, plain edition numbers, a web page
 * type for @misc entries with a URL, and no exporter book-keeping.
 */
export function normaliseItem(raw: CslItem): CslItem {
  const item: CslItem = { ...raw };
  for (const [k, v] of Object.entries(item)) {
    // A RIS record with a tag twice (TI and TI, as some EndNote exports write) arrives from
    // citation-js as a list; a reference has one title, so the first one given stands.
    if (!LIST_VARIABLES.has(k) && Array.isArray(v) && v.every((x) => typeof x === "string")) item[k] = v.map(clean).find((x) => x !== "") ?? "";
    else if (typeof v === "string") item[k] = clean(v);
  }
  const keywords = String(raw.keyword ?? "").split(/\s*[,;]\s*/);
  if (keywords.includes(KIND_KEYWORD)) item.custom = { ...(item.custom ?? {}), [KIND_MARKER]: "code-of-practice" };
  for (const k of DROP) delete item[k];
  for (const k of ["author", "editor"] as const) {
    const names = item[k];
    if (Array.isArray(names)) {
      const clean = names.map(normaliseName).filter((n) => n.literal || n.family);
      if (clean.length) item[k] = clean;
      else delete item[k];
    }
  }
  for (const k of ["issued", "accessed"] as const) {
    const parts = item[k]?.["date-parts"]?.[0];
    if (parts) item[k] = { "date-parts": [parts.map((p) => (typeof p === "string" && /^\d+$/.test(p) ? Number(p) : p))] };
  }
  const ed = normaliseEdition(item.edition);
  if (ed === undefined || ed === "1") delete item.edition;
  else item.edition = ed;
  if (typeof item.genre === "string" && ENTRY_TYPE_GENRES.test(item.genre)) delete item.genre;
  if (typeof item.page === "string") item.page = item.page.replace(/\s*[-–—]+\s*/g, "-");
  if (typeof item.DOI === "string") item.DOI = item.DOI.replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, "");
  if (!sourceKindOf(item) && item.URL && !item["container-title"] && !item.publisher) item.type = "webpage";
  for (const [k, v] of Object.entries(item)) if (v === "" || v === null || v === undefined) delete item[k];
  return item;
}

/** A loose identity for spotting the same source twice (title words and year). */
export function sourceKey(item: CslItem): string {
  const title = (item.title ?? "").toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, " ").trim();
  return `${title}|${yearOf(item.issued)}`;
}

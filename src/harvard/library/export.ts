/** Export of the library for Zotero, Mendeley, EndNote or pandoc. */
import type { CslItem } from "./csl";
import { citationJs } from "./import";
import { KIND_KEYWORD, sourceKindOf } from "./kinds";
import type { SourceLibrary } from "./library";

/** CSL-JSON exactly as stored (what Zotero's "CSL JSON" import and pandoc read). */
export function exportCslJson(lib: SourceLibrary): string {
  return JSON.stringify(lib.items, null, 2) + "\n";
}

/**
 * A .bib file through citation-js. The default BibLaTeX flavour keeps the accessed
 * date (urldate) and web pages (@online), which Zotero and Mendeley read back;
 * "bibtex" writes classic BibTeX for older tools, with the accessed date in a note.
 */
export function exportBibtex(lib: SourceLibrary, dialect: "biblatex" | "bibtex" = "biblatex"): string {
  const { Cite } = citationJs();
  const items = lib.items.map((x) => {
    const { custom: _c, ...rest } = x;
    // BibLaTeX has no "code of practice": a keyword carries it (Zotero shows it as a tag) and import reads it back.
    const kind = sourceKindOf(x);
    const keyword = kind === "code-of-practice" ? [x.keyword, KIND_KEYWORD].filter(Boolean).join(", ") : x.keyword;
    return { ...rest, "citation-key": x.id, ...(keyword ? { keyword } : {}) } as CslItem;
  });
  return new Cite(items).format(dialect, { format: "text" });
}

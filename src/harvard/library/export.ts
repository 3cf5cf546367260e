/** Export of the library for Zotero, Mendeley, EndNote or pandoc. */
import type { CslItem } from "./csl";
import { citationJs } from "./import";
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
    return { ...rest, "citation-key": x.id } as CslItem;
  });
  return new Cite(items).format(dialect, { format: "text" });
}

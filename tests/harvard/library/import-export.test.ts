import { readFileSync } from "fs";
import { join } from "path";
import type { CslItem } from "../../../src/harvard/library/csl";
import { exportBibtex, exportCslJson } from "../../../src/harvard/library/export";
import { addImported, detectFormat, ImportError, importSources } from "../../../src/harvard/library/import";
import { sourceKindOf } from "../../../src/harvard/library/kinds";
import { emptyLibrary, libraryFromStored, libraryToStored, LibraryFormatError, type SourceLibrary } from "../../../src/harvard/library/library";
import { blockingErrors, validateSource } from "../../../src/harvard/library/validate";
import { createFormatter } from "../../../src/harvard/format/harvard-format";
import { SOURCES } from "./fixtures/sources";

const sample = (f: string) => readFileSync(join(__dirname, "fixtures", "imports", f), "utf8");
const byTitle = (items: CslItem[], start: string) => items.find((x) => x.title?.startsWith(start))!;

describe("import", () => {
  it("reads a Zotero BibTeX export: books, chapters, web pages, reports and theses", () => {
    const r = importSources(sample("zotero.bib"), emptyLibrary(), "My Library.bib");
    expect(r.format).toBe("bibtex");
    expect(r.items.map(sourceKindOf)).toEqual(["book", "chapter", "web-page", "report", "thesis"]);
    expect(byTitle(r.items, "The 7 habits")).toMatchObject({ id: "covey1989", publisher: "Simon & Schuster", "publisher-place": "London" });
    expect(byTitle(r.items, "Coaching and mentoring")).toMatchObject({ author: [{ literal: "CIPD" }], accessed: { "date-parts": [[2024, 3, 12]] } });
    expect(byTitle(r.items, "Creating")).toMatchObject({ id: "ilm2011", author: [{ literal: "Institute of Leadership & Management" }] });
    expect(byTitle(r.items, "Creating").genre).toBeUndefined();
    expect(byTitle(r.items, "Coaching conversations")).toMatchObject({ genre: "PhD thesis", publisher: "Oxford Brookes University" });
    for (const it of r.items) expect(blockingErrors(validateSource(it))).toEqual([]);
  });

  it("reads a Mendeley BibTeX export with its header lines, particles and '2nd' editions", () => {
    const r = importSources(sample("mendeley.bib"), emptyLibrary());
    expect(r.items.map(sourceKindOf)).toEqual(["journal-article", "edited-book", "journal-article"]);
    const t = byTitle(r.items, "Does coaching work");
    expect(t.author?.[2]).toEqual({ family: "Vianen", given: "Annelies E. M.", "non-dropping-particle": "van" });
    expect(byTitle(r.items, "Excellence").edition).toBe("2");
    expect(createFormatter(r.items).citation([{ id: byTitle(r.items, "Four").id }]).text).toBe("(Smith et al., 2020)");
  });

  it("reads an EndNote RIS export (CRLF lines), keeping access dates on web pages", () => {
    const r = importSources(sample("endnote.ris"), emptyLibrary(), "export.ris");
    expect(r.format).toBe("ris");
    expect(r.items.map(sourceKindOf)).toEqual(["book", "journal-article", "chapter", "web-page", "report"]);
    const icf = byTitle(r.items, "ICF code");
    expect(icf).toMatchObject({ author: [{ literal: "International Coaching Federation" }], accessed: { "date-parts": [[2024, 3, 12]] } });
    expect(byTitle(r.items, "An article").page).toBe("30-33");
    expect(byTitle(r.items, "Coaching supervision").editor).toHaveLength(3);
  });

  it("keeps the first of a RIS record's repeated title and drops control characters, rather than failing", () => {
    const r = importSources("TY  - BOOK\nTI  - \u0000Coaching at work\nAU  - Smith, Jo\nTI  - A second title\nPY  - 2019\nER  - ", emptyLibrary(), "refs.ris");
    expect(r.items).toHaveLength(1);
    expect(r.items[0].title).toBe("Coaching at work");
    expect(r.items[0].author).toEqual([{ family: "Smith", given: "Jo" }]);
  });

  it("reads a Zotero CSL-JSON export, replacing its URL ids with readable ones", () => {
    const r = importSources(sample("zotero.json"), emptyLibrary(), "items.json");
    expect(r.format).toBe("csl-json");
    expect(r.items.map((x) => x.id)).toEqual(["rogers2012", "cipd2023", "theeboom2014"]);
    expect(r.items[0].issued).toEqual({ "date-parts": [[2012]] });
  });

  it("skips sources the library already holds and keeps ids unique", () => {
    const first = importSources(sample("zotero.bib"), emptyLibrary());
    const lib = addImported(emptyLibrary(), first.items);
    const again = importSources(sample("endnote.ris"), lib);
    expect(again.duplicates.map((x) => x.title)).toEqual(["Coaching supervision"]);
    const merged = addImported(lib, again.items);
    expect(new Set(merged.items.map((x) => x.id)).size).toBe(merged.items.length);
  });

  it.each([
    ["", "The file is empty."],
    ["Just some notes about coaching.", "This file is not BibTeX, RIS or CSL-JSON. Export your references in one of those formats and try again."],
    ["[{ not json", 'This .json file is not valid CSL-JSON: export it again from Zotero as "CSL JSON".'],
  ])("refuses %j with one sentence", (text, msg) => {
    expect(() => importSources(text, emptyLibrary())).toThrow(new ImportError(msg));
  });

  it("detects formats from names and content", () => {
    expect(detectFormat("x", "a.bib")).toBe("bibtex");
    expect(detectFormat("TY  - BOOK\nER  - ")).toBe("ris");
    expect(detectFormat('[{"type":"book"}]')).toBe("csl-json");
  });
});

describe("export", () => {
  const lib: SourceLibrary = { version: 1, items: SOURCES };
  const essentials = (x: CslItem) => ({
    kind: sourceKindOf(x),
    title: x.title,
    year: x.issued?.["date-parts"]?.[0]?.[0],
    authors: (x.author ?? []).map((n) => n.literal ?? `${n["non-dropping-particle"] ? n["non-dropping-particle"] + " " : ""}${n.family}, ${n.given}`),
    editors: (x.editor ?? []).map((n) => `${n.family}, ${n.given}`),
    url: x.URL, doi: x.DOI, accessed: x.accessed, page: x.page, volume: x.volume, publisher: x.publisher,
  });

  it("CSL-JSON round-trips exactly", () => {
    const r = importSources(exportCslJson(lib), emptyLibrary(), "sources.json");
    expect(r.items).toEqual(SOURCES.map((s) => expect.objectContaining({ ...s, id: expect.any(String) })));
  });

  it("BibLaTeX round-trips every field the forms show, codes of practice included", () => {
    const bib = exportBibtex(lib);
    expect(bib).toMatch(/@book\{/);
    const r = importSources(bib, emptyLibrary(), "sources.bib");
    expect(r.items.map(essentials)).toEqual(SOURCES.map(essentials));
  });

  it("formats imported BibLaTeX exactly as the original sources", () => {
    const r = importSources(exportBibtex(lib), emptyLibrary(), "sources.bib");
    expect(createFormatter(r.items).bibliography().map((e) => e.text)).toEqual(createFormatter(SOURCES).bibliography().map((e) => e.text));
  });

  it("classic BibTeX is available too", () => {
    expect(exportBibtex(lib, "bibtex")).toMatch(/@misc\{icfnd,/);
  });
});

describe("document storage format", () => {
  it("round-trips through the stored JSON, including characters XML must escape", () => {
    const lib: SourceLibrary = { version: 1, items: [...SOURCES, { id: "x", type: "book", title: "A <b> & ]]> \"c\" – ü" }] };
    expect(libraryFromStored(JSON.parse(JSON.stringify(libraryToStored(lib))))).toEqual(lib);
  });
  it("refuses a damaged or newer payload with a sentence", () => {
    expect(() => libraryFromStored("nonsense")).toThrow(LibraryFormatError);
    expect(() => libraryFromStored({ format: "csl-json", version: 1, items: [{ title: "no id" }] })).toThrow(
      "The sources saved in this document are damaged and could not be read.",
    );
    expect(() => libraryFromStored({ format: "csl-json", version: 2, items: [] })).toThrow(/newer version of the add-in/);
  });
});

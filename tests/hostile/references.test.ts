/**
 * Hostile reference files through the importer (BibTeX, RIS, CSL-JSON: src/harvard/library/import.ts)
 * and the typed-list reader (src/harvard/library/from-typed.ts). A file is refused whole, naming
 * the entry (RIS line, BibTeX key, CSL-JSON entry) that is wrong; markup stays text all the way
 * into Word's reference list.
 */
import { Tags } from "../../src/model/document";
import { createFormatter } from "../../src/harvard/format/harvard-format";
import type { CslItem } from "../../src/harvard/library/csl";
import { sourcesFromTypedList, type TypedSource } from "../../src/harvard/library/from-typed";
import { ImportError, importSources, type ImportResult } from "../../src/harvard/library/import";
import { emptyLibrary } from "../../src/harvard/library/library";
import { updateReferenceList } from "../../src/word/reference-list";
import { buildMemoryDocument, memoryWordRunner, snapshot } from "../../src/word-memory/memory-word";
import { jsonRows, MARKUP, TEN_MB } from "./json-rows";
import { accepted, hostileTable, refused } from "./table";

interface FileInput {
  name: string;
  text: string;
}
const file = (name: string, text: string) => (): FileInput => ({ name, text });
const COVEY_RIS = "TY  - BOOK\nAU  - Covey, S.R.\nTI  - The 7 habits of highly effective people\nPY  - 1989\nPB  - Simon & Schuster\nCY  - London\nER  - \n";
const COVEY_BIB = "@book{covey1989,\n  author = {Covey, Stephen R.},\n  title = {The 7 habits of highly effective people},\n  year = {1989},\n  publisher = {Simon \\& Schuster}\n}\n";
const titles = (r: ImportResult) => r.items.map((x) => x.title);

const importer = {
  name: "reference import (importSources)",
  read: (f: FileInput) => importSources(f.text, emptyLibrary(), f.name),
  isRefusal: (e: unknown): e is Error => e instanceof ImportError,
};

hostileTable<FileInput, ImportResult>(importer, [
  { name: "an empty file", input: file("refs.ris", ""), expect: refused("The file is empty.") },
  {
    name: "a file larger than 20 MB",
    input: file("refs.bib", `${COVEY_BIB}% ${"x".repeat(20_000_001)}`),
    expect: refused("The file was not imported: it is larger than 20 MB, far more than any list of sources needs."),
  },
  {
    name: "RIS: an empty record (no author, title or year)",
    input: file("refs.ris", "TY  - JOUR\nER  - \n"),
    expect: refused(
      "This RIS file was not imported: the record starting on line 1 has no author, editor or title, so it cannot be cited; fix or remove it and import the file again.",
    ),
  },
  {
    name: "RIS: an empty record after a good one is named by its line",
    input: file("refs.ris", `${COVEY_RIS}\nTY  - JOUR\nER  - \n`),
    expect: refused(
      "This RIS file was not imported: the record starting on line 9 has no author, editor or title, so it cannot be cited; fix or remove it and import the file again.",
    ),
  },
  {
    name: "RIS: a record with only a year",
    input: file("refs.ris", "TY  - BOOK\nPY  - 2020\nER  - \n"),
    expect: refused(/^This RIS file was not imported: the record starting on line 1 has no author, editor or title/),
  },
  {
    name: "RIS: a record with a title and no year is a source of no date",
    input: file("refs.ris", "TY  - ELEC\nTI  - ICF code of ethics\nUR  - https://coachingfederation.org/ethics\nER  - \n"),
    expect: accepted((r) => expect(titles(r)).toEqual(["ICF code of ethics"])),
  },
  {
    name: "RIS: a 10 MB title",
    input: file("refs.ris", `TY  - BOOK\nAU  - Covey, S.R.\nTI  - ${TEN_MB}\nPY  - 1989\nER  - \n`),
    expect: refused("This RIS file was not imported: in the record starting on line 1, title is longer than 10,000 characters."),
  },
  {
    name: "RIS: markup in a title (kept as text)",
    input: file("refs.ris", `TY  - BOOK\nAU  - Covey, S.R.\nTI  - ${MARKUP}\nPY  - 1989\nER  - \n`),
    expect: accepted((r) => expect(titles(r)).toEqual([MARKUP])),
  },
  {
    name: "BibTeX: an entry with no fields, named by its key",
    input: file("refs.bib", `${COVEY_BIB}\n@book{empty2020,\n}\n`),
    expect: refused(
      'This BibTeX file was not imported: the entry "empty2020" has no author, editor or title, so it cannot be cited; fix or remove it and import the file again.',
    ),
  },
  {
    name: "BibTeX: an entry with only a year",
    input: file("refs.bib", "@misc{onlyyear,\n  year = {2020}\n}\n"),
    expect: refused(/^This BibTeX file was not imported: the entry "onlyyear" has no author, editor or title/),
  },
  {
    name: "BibTeX: unbalanced braces",
    input: file("refs.bib", "@book{broken,\n  title = {Never closed\n"),
    expect: refused("This BibTeX file could not be read: check it opens in Zotero or Mendeley, then export it again."),
  },
  {
    name: "BibTeX: 100,000 nested braces in a title",
    input: file("refs.bib", `@book{deep,\n  author = {Smith, J.},\n  title = {${"{".repeat(100_000)}${"}".repeat(100_000)}},\n  year = {2020}\n}\n`),
    expect: refused(/^This BibTeX file (could not be read|was not imported)/),
  },
  {
    name: "BibTeX: a 10 MB title",
    input: file("refs.bib", `@book{big,\n  author = {Smith, J.},\n  title = {${TEN_MB}},\n  year = {2020}\n}\n`),
    expect: refused('This BibTeX file was not imported: the entry "big" is longer than 100,000 characters, far more than any reference needs.'),
  },
  {
    name: "BibTeX: a 50,000-character title",
    input: file("refs.bib", `@book{long,\n  author = {Smith, J.},\n  title = {${"x".repeat(50_000)}},\n  year = {2020}\n}\n`),
    expect: refused('This BibTeX file was not imported: in the entry "long", title is longer than 10,000 characters.'),
  },
  ...jsonRows<FileInput, ImportResult>({
    valid: () => [{ id: "covey1989", type: "book", title: "The 7 habits", author: [{ family: "Covey", given: "S.R." }], issued: { "date-parts": [[1989]] } }],
    textAt: [0, "title"],
    objectAt: [0],
    encode: (value) => ({ name: "refs.json", text: JSON.stringify(value) }),
    editText: (input, edit) => ({ ...input, text: edit(input.text) }),
    notJsonInput: file("refs.json", "[{ not json"),
    expect: {
      notJson: refused('This .json file is not valid CSL-JSON: export it again from Zotero as "CSL JSON".'),
      wrongKind: refused("This .json file is not CSL-JSON: every entry needs a type, as Zotero exports it."),
      wrongType: refused('This .json file was not imported: in entry 1 ("covey1989"), title must be text.'),
      unknownField: accepted((r) => {
        expect(titles(r)).toEqual(["The 7 habits"]);
        expect(r.items[0]).not.toHaveProperty("colour");
      }),
      tenMegabytes: refused('This .json file was not imported: in entry 1 ("covey1989"), title is longer than 10,000 characters.'),
      markup: accepted((r) => expect(titles(r)).toEqual([MARKUP])),
      deepNesting: refused('This .json file was not imported: in entry 1 ("covey1989"), title must be text.'),
      protoKey: accepted((r) => {
        expect(titles(r)).toEqual(["The 7 habits"]);
        expect(Object.keys(r.items[0]!)).not.toContain("__proto__");
        expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
      }),
    },
  }),
  {
    name: "CSL-JSON: an author that is a string, not a list of names",
    input: file("refs.json", JSON.stringify([{ id: "a", type: "book", title: "T", author: "Smith" }])),
    expect: refused('This .json file was not imported: in entry 1 ("a"), author must be a list of names.'),
  },
  {
    name: "CSL-JSON: date-parts that are not numbers",
    input: file("refs.json", JSON.stringify([{ id: "a", type: "book", title: "T", issued: { "date-parts": "2020" } }])),
    expect: refused('This .json file was not imported: in entry 1 ("a"), issued.date-parts must be lists of numbers.'),
  },
  {
    name: "CSL-JSON: an entry with a type and nothing else",
    input: file("refs.json", JSON.stringify([{ id: "x1", type: "book", title: "Fine" }, { id: "x2", type: "article-journal" }])),
    expect: refused(/^This \.json file was not imported: entry 2 \("x2"\) has no author, editor or title/),
  },
]);

hostileTable<string[], TypedSource[]>(
  { name: "a typed reference list (sourcesFromTypedList)", read: (lines) => sourcesFromTypedList(lines), isRefusal: (_e): _e is Error => false },
  [
    {
      name: "a line with neither names nor a year is read with what it lacks",
      input: () => ["Just some notes."],
      expect: accepted((s) => expect(s[0]!.problems.map((p) => p.field)).toEqual(["year", "title", "publisher"])),
    },
    {
      name: "markup in a typed line (kept as text)",
      input: () => [`Covey, S.R. (1989) ${MARKUP}. London: Simon & Schuster.`],
      expect: accepted((s) => expect(s[0]!.item.title).toContain('<script>alert("x")</script>')),
    },
    { name: "a 10 MB line", input: () => [`Covey, S.R. (1989) ${TEN_MB}`], expect: accepted((s) => expect(s).toHaveLength(1)), timeout: 60_000 },
    {
      name: "100,000 characters of nested brackets, commas and years",
      input: () => [`${"(Smith, 2020, ".repeat(3_000)}${"[(".repeat(20_000)}${")]".repeat(20_000)}`],
      expect: accepted((s) => expect(Array.isArray(s)).toBe(true)),
    },
  ],
);

describe("markup in a source stays text, all the way into Word", () => {
  test("the formatter and the reference list show it as characters, never as HTML or WordprocessingML", async () => {
    const item: CslItem = { id: "m", type: "book", title: MARKUP, author: [{ family: "Smith", given: "A." }], issued: { "date-parts": [[2020]] }, publisher: "P", "publisher-place": "London" };
    const [entry] = createFormatter([item]).bibliography();
    const runText = entry!.runs.map((r) => r.text).join("");
    // The formatter turns straight quotes typographic; every angle bracket and ampersand stays a character.
    const shown = "<script>alert(‘x’)</script><w:p><w:r><w:t>injected</w:t></w:r></w:p>&amp;";
    expect(entry!.text).toContain(`bold${shown}`);
    expect(runText).toContain(shown);
    const doc = buildMemoryDocument([{ text: "1.1 Explain", style: "Heading2" }, { text: "My answer (Smith, 2020)." }]);
    await updateReferenceList(memoryWordRunner(doc), [entry!]);
    const list = snapshot(doc).filter((p) => p.tags.includes(Tags.references));
    expect(list).toHaveLength(1);
    expect(list[0]!.text).toContain(shown);
  });
});

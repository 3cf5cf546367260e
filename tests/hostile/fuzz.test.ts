/**
 * Generated input (fast-check) for the parsers hostile text reaches first: the in-text citation
 * scanner, the reference-list line parser, the typed-list reader, the reference-file importer
 * and the .docx reader. None may throw anything but its own one-sentence refusal. How their
 * time grows on pathological strings is measured by the bench (npm run bench, "pathological"),
 * never timed here. A failure prints fast-check's seed and shrunk counterexample: keep it as a
 * row of the hostile tables.
 */
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { DocxReadError, readDocx } from "../../src/docx/read-docx";
import { scanCitations } from "../../src/harvard/intext";
import { sourcesFromTypedList } from "../../src/harvard/library/from-typed";
import { ImportError, importSources } from "../../src/harvard/library/import";
import { emptyLibrary } from "../../src/harvard/library/library";
import { parseReference } from "../../src/harvard/reference-parse";
import { docxParts } from "./bad-files";

/** The pieces citations and references are made of, and the punctuation that trips parsers. */
const PIECES = [
  "(", ")", "[", "]", "{", "}", ",", ";", ":", ".", " ", "  ", "\u00a0", "\u2009", "\t", "\n", "'", "\u2019", '"', "-", "\u2013", "&", "/",
  "Smith", "van der Berg", "O'Neil", "Ł\u00f3d\u017a", "ICF", "and", "et al.", "et al", "cited in", "in:", "(eds)", "ed.",
  "2020", "1999a", "n.d.", "no date", "(2012)", "p.", "pp.", "12-14", "12\u201314", "para.", "ch.", "xiv", "Available at:",
  "https://doi.org/10.1000/x", "doi:10.1000/y", "<https://example.org>", "(Accessed: 1 May 2020)", "London: Sage.", "3rd edn.",
  "\u{1F600}", "\u0301", "\u200b", "\ud800",
];
const citationText = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join("")),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
);
// FUZZ_RUNS=30000 searches harder when a property is in doubt (a seed once took many CI runs to find)
const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 300) };

describe("fuzz: the citation and reference parsers never throw", () => {
  test("scanCitations: every citation it finds is in the text it was given", () => {
    fc.assert(
      fc.property(citationText, (s) => {
        for (const c of scanCitations(s)) expect(s).toContain(c.text);
      }),
      RUNS,
    );
  });

  test("parseReference: a line of a reference list is read, whatever it holds, and kept as written", () => {
    fc.assert(
      fc.property(citationText, fc.constantFrom("references" as const, "bibliography" as const), (s, list) => {
        const r = parseReference(s, list, 0);
        expect(r.text).toBe(s);
        expect(Array.isArray(r.authors)).toBe(true);
      }),
      RUNS,
    );
  });

  test("sourcesFromTypedList: typed lines give sources or nothing, never an error", () => {
    fc.assert(
      fc.property(fc.array(citationText, { maxLength: 5 }), (lines) => {
        expect(sourcesFromTypedList(lines).length).toBeLessThanOrEqual(lines.length);
      }),
      RUNS,
    );
  });
});

/** An RIS file of records made of known and unknown tags with generated values. */
const risFile = fc
  .array(
    fc.array(fc.tuple(fc.constantFrom("AU", "A2", "ED", "TI", "T2", "JO", "PY", "DA", "Y2", "UR", "DO", "VL", "IS", "SP", "EP", "PB", "CY", "ET", "ZZ"), citationText), { maxLength: 8 }),
    { minLength: 1, maxLength: 4 },
  )
  .chain((records) =>
    fc.constantFrom("BOOK", "JOUR", "CHAP", "ELEC", "RPRT", "NOPE").map((ty) =>
      records.map((fields) => [`TY  - ${ty}`, ...fields.map(([tag, v]) => `${tag}  - ${v.replace(/[\r\n]/g, " ")}`), "ER  - "].join("\n")).join("\n\n"),
    ),
  );
/** A BibTeX file of entries with generated keys and values (braces unbalanced, sometimes). */
const bibtexFile = fc
  .array(
    fc.tuple(
      fc.constantFrom("book", "article", "incollection", "misc", "online", "weird"),
      fc.stringMatching(/^[a-z][a-z0-9:_-]{0,12}$/),
      fc.array(fc.tuple(fc.constantFrom("author", "title", "year", "journal", "publisher", "address", "editor", "booktitle", "url", "doi", "note", "x"), citationText), { maxLength: 6 }),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((entries) => entries.map(([type, key, fields]) => `@${type}{${key},\n${fields.map(([f, v]) => `  ${f} = {${v}}`).join(",\n")}\n}`).join("\n\n"));
/** CSL-JSON: generated JSON values, some of them in the shape of items. */
const cslFile = fc
  .oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.array(fc.record({ id: fc.oneof(fc.string(), fc.integer()), type: fc.constantFrom("book", "article-journal", "webpage"), title: fc.jsonValue({ maxDepth: 2 }), author: fc.jsonValue({ maxDepth: 3 }), issued: fc.jsonValue({ maxDepth: 3 }) }, { requiredKeys: ["type"] }), { maxLength: 3 }),
  )
  .map((v) => JSON.stringify(v));

describe("fuzz: a reference file is imported or refused in one sentence", () => {
  test.each([
    ["RIS", risFile, "refs.ris"],
    ["BibTeX", bibtexFile, "refs.bib"],
    ["CSL-JSON", cslFile, "refs.json"],
  ] as const)("%s", (_name, file, fileName) => {
    fc.assert(
      fc.property(file, (text) => {
        try {
          const r = importSources(text, emptyLibrary(), fileName);
          for (const item of r.items) expect(typeof item.id).toBe("string");
        } catch (e) {
          if (!(e instanceof ImportError)) throw e;
          expect(e.message).not.toMatch(/\n/);
        }
      }),
      { numRuns: 150 },
    );
  });
});

/** A .docx of honest parts whose main document's body is generated WordprocessingML-like text. */
const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const BODY_PIECES = [
  "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", '<w:t xml:space="preserve">', "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>", "<w:tc>", "</w:tc>",
  '<w:pPr><w:pStyle w:val="Heading2"/></w:pPr>', '<w:pPr><w:pStyle w:val="NoSuchStyle"/><w:numPr><w:ilvl w:val="9"/><w:numId w:val="77"/></w:numPr></w:pPr>',
  "<w:br/>", '<w:br w:type="page"/>', "<w:tab/>", "<w:ins>", "</w:ins>", "<w:del>", "</w:del>", "<w:delText>x</w:delText>", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>",
  '<w:footnoteReference w:id="5"/>', '<w:commentRangeStart w:id="1"/>', '<w:altChunk r:id="rId404"/>', "<w:fldSimple>", "</w:fldSimple>",
  "1.1 Explain", "Smith (2020)", "&amp;", "&lt;", "&#x1F600;", "&#0;", "<!-- c -->", "<![CDATA[<w:p>]]>", "<", ">", "&", "\u0000", "\ud800",
];
const docxBody = fc.array(fc.constantFrom(...BODY_PIECES), { maxLength: 80 }).map((p) => p.join(""));
const docxWithBody = (body: string) => {
  const parts = docxParts();
  parts["word/document.xml"] = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}</w:body></w:document>`;
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])));
};

/** Reads bytes: a draft, or DocxReadError with one sentence; anything else fails the property. */
function readOrRefuse(bytes: Uint8Array): void {
  try {
    const doc = readDocx(bytes);
    expect(Array.isArray(doc.paragraphs)).toBe(true);
  } catch (e) {
    if (!(e instanceof DocxReadError)) throw e;
    expect(e.message).not.toMatch(/\n/);
  }
}

describe("fuzz: the .docx reader reads or refuses in one sentence", () => {
  test("generated bytes", () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.uint8Array({ maxLength: 200 }).map((b) => new Uint8Array([0x50, 0x4b, 3, 4, ...b]))), readOrRefuse),
      RUNS,
    );
  });

  test("a real package with generated body XML", () => {
    fc.assert(fc.property(docxBody, (body) => readOrRefuse(docxWithBody(body))), RUNS);
  });

  test("a real package with bytes changed or cut off", () => {
    const good = docxWithBody('<w:p><w:r><w:t>An answer of my own.</w:t></w:r></w:p>');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.nat(good.length), (changes, cut) => {
        const bytes = good.slice(0, Math.max(cut, 1));
        for (const [at, value] of changes) if (at < bytes.length) bytes[at] = value;
        readOrRefuse(bytes);
      }),
      RUNS,
    );
  });
});

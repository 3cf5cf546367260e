/**
 * The .docx reader at the edges of its own module (src/docx/read-docx.ts): how deep embedded
 * Word documents are followed, which elements of footnotes.xml are notes, and a main part that is
 * not a WordprocessingML document.
 */
import { DocxReadError, readDocx } from "../../src/docx/read-docx";
import { makeDocx, para, r, rel, RELS, W_NS, WORD_STYLES } from "./helpers/make-docx";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

/** A Word document saying "Level n" that embeds the next level (w:altChunk) down to `last`. */
function nested(n: number, last: number): Uint8Array {
  if (n === last) return makeDocx({ body: para(r(`Level ${n}`)), styles: WORD_STYLES });
  return makeDocx({
    body: para(r(`Level ${n}`)) + `<w:altChunk r:id="rId9"/>`,
    styles: WORD_STYLES,
    parts: {
      "word/_rels/document.xml.rels": RELS(rel("rId9", "aFChunk", "inner.docx")),
      "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${DOCX_TYPE}"/><Override PartName="/word/inner.docx" ContentType="${DOCX_TYPE}"/></Types>`,
    },
    binary: { "word/inner.docx": nested(n + 1, last) },
  });
}

describe("embedded Word documents", () => {
  test("three levels deep are read; a fourth is listed as not read, where it stands", () => {
    const doc = readDocx(nested(0, 6));
    expect(doc.paragraphs.map((p) => p.text)).toEqual(["Level 0", "Level 1", "Level 2", "Level 3"]);
    expect(doc.unread).toEqual([{ what: "a Word document embedded too deeply to read", paragraph: 3 }]);
  });

  test("three levels in all are read whole", () => {
    const doc = readDocx(nested(0, 3));
    expect(doc.paragraphs.map((p) => p.text)).toEqual(["Level 0", "Level 1", "Level 2", "Level 3"]);
    expect(doc.unread).toBeUndefined();
  });
});

describe("which elements of footnotes.xml are notes", () => {
  const read = (notes: string, body: string) =>
    readDocx(
      makeDocx({
        body,
        styles: WORD_STYLES,
        parts: {
          "word/footnotes.xml": `<?xml version="1.0"?><w:footnotes xmlns:w="${W_NS}" xmlns:x="urn:example:other">${notes}</w:footnotes>`,
          "word/_rels/document.xml.rels": RELS(rel("rId2", "footnotes", "footnotes.xml")),
        },
      }),
    ).paragraphs.map((p) => [p.text, p.part ?? "body"]);
  const ref = (id: string) => `<w:r><w:footnoteReference w:id="${id}"/></w:r>`;

  test("a reference to a separator is not a note (a damaged file may make one)", () => {
    const notes = `<w:footnote w:type="separator" w:id="0"><w:p>${r("SEPARATOR")}</w:p></w:footnote><w:footnote w:type="normal" w:id="1"><w:p>${r("A normal note.")}</w:p></w:footnote>`;
    expect(read(notes, para(r("Text") + ref("0") + ref("1")))).toEqual([
      ["Text", "body"],
      ["A normal note.", "footnote"],
    ]);
  });

  test("only w:footnote elements are notes: another element, or a footnote in another namespace, with the same id is not", () => {
    const notes = `<w:footnote w:id="1"><w:p>${r("The real note.")}</w:p></w:footnote><w:footnotePr w:id="1"><w:p>${r("NOT A NOTE")}</w:p></w:footnotePr><x:footnote w:id="1"><w:p>${r("NOR THIS")}</w:p></x:footnote>`;
    expect(read(notes, para(r("Text") + ref("1")))).toEqual([
      ["Text", "body"],
      ["The real note.", "footnote"],
    ]);
  });
});

describe("a main part that is not a Word document", () => {
  test.each([
    ["another root element", `<w:settings xmlns:w="${W_NS}"><w:body>${para(r("Text."))}</w:body></w:settings>`],
    ["a document element in another namespace", `<document xmlns="urn:example:other"><w:body xmlns:w="${W_NS}">${para(r("Text."))}</w:body></document>`],
  ])("%s: refused with one sentence", (_name, xml) => {
    const bytes = makeDocx({ body: "", parts: { "word/document.xml": `<?xml version="1.0"?>${xml}` } });
    expect(() => readDocx(bytes)).toThrow(DocxReadError);
    expect(() => readDocx(bytes)).toThrow("The Word document is damaged: word/document.xml has no document body.");
  });
});

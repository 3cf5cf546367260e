/**
 * The reader on what lies outside a paragraph's own runs: footnotes and
 * endnotes, text boxes, content controls showing their placeholder, embedded
 * w:altChunk documents, and packages that are not Word's.
 */
import { strToU8, zipSync } from "fflate";
import { DocxReadError, readDocx } from "../../src/docx/read-docx";
import { htmlParagraphs } from "../../src/docx/alt-chunk";
import { makeDocx, para, r, rel, RELS, sdt, W_NS, WORD_STYLES } from "./helpers/make-docx";


describe("footnotes and endnotes", () => {
  const footnotes = `<?xml version="1.0"?><w:footnotes xmlns:w="${W_NS}">
    <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
    <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
    <w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${r(" First note (Kline, 1999).")}</w:p><w:p>${r("Its second paragraph.")}</w:p></w:footnote>
    <w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>${r(" Second note.")}</w:p></w:footnote>
  </w:footnotes>`;
  const endnotes = `<?xml version="1.0"?><w:endnotes xmlns:w="${W_NS}"><w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r>${r(" An endnote.")}</w:p></w:endnote></w:endnotes>`;
  const doc = readDocx(
    makeDocx({
      body:
        para(r("No notes here.")) +
        para(r("Claim") + `<w:r><w:footnoteReference w:id="1"/></w:r>` + r(" and more") + `<w:r><w:endnoteReference w:id="1"/></w:r>`) +
        para(r("Again") + `<w:r><w:footnoteReference w:id="2"/></w:r>` + `<w:r><w:footnoteReference w:id="1"/></w:r>`),
      styles: WORD_STYLES,
      parts: {
        "word/footnotes.xml": footnotes,
        "word/endnotes.xml": endnotes,
        "word/_rels/document.xml.rels": RELS(rel("rId2", "footnotes", "footnotes.xml") + rel("rId3", "endnotes", "endnotes.xml")),
      },
    }),
  );

  test("each note's paragraphs follow the body, in the order of their marks, separators left out, read once", () => {
    expect(doc.paragraphs.map((p) => [p.index, p.text, p.part ?? "body", p.anchor ?? null])).toEqual([
      [0, "No notes here.", "body", null],
      [1, "Claim and more", "body", null],
      [2, "Again", "body", null],
      [3, " First note (Kline, 1999).", "footnote", 1],
      [4, "Its second paragraph.", "footnote", 1],
      [5, " An endnote.", "endnote", 1],
      [6, " Second note.", "footnote", 2],
    ]);
  });
});

describe("content controls showing their placeholder", () => {
  const plc = (content: string) =>
    `<w:sdt><w:sdtPr><w:placeholder><w:docPart w:val="DefaultPlaceholder_1"/></w:placeholder><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
  const styles = `${WORD_STYLES}<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/></w:style>`;
  const read = (body: string) => readDocx(makeDocx({ body, styles })).paragraphs.map((p) => [p.text, p.placeholder ?? false]);

  test.each<[string, string, Array<[string, boolean]>]>([
    ["a block control", plc(para(r("Click or tap here to enter text."))), [["Click or tap here to enter text.", true]]],
    ["an inline control holding the whole paragraph", para(plc(r("Click or tap here to enter text."))), [["Click or tap here to enter text.", true]]],
    ["an inline control beside the learner's words: left out", para(r("My name is ") + plc(r("Click or tap here to enter text."))), [["My name is ", false]]],
    ["a cell control", `<w:tbl><w:tr>${plc(`<w:tc>${para(r("Choose an item."))}</w:tc>`)}</w:tr></w:tbl>`, [["Choose an item.", true]]],
    [
      "a run styled Placeholder Text inside a control that lost its flag",
      para(sdt("box", r("Click or tap here to enter text.", '<w:rStyle w:val="PlaceholderText"/>'))),
      [["Click or tap here to enter text.", true]],
    ],
    ["the learner's text in a control that shows no placeholder", para(sdt("box", r("My answer."))), [["My answer.", false]]],
  ])("%s", (_name, body, expected) => {
    expect(read(body)).toEqual(expected);
  });
});

describe("w:altChunk", () => {
  const chunkDoc = (path: string, type: string, bytes: Uint8Array, around = "") =>
    readDocx(
      makeDocx({
        body: para(r("Before.")) + `<w:altChunk r:id="rId9"/>` + around + para(r("After.")),
        styles: WORD_STYLES,
        parts: {
          "word/_rels/document.xml.rels": RELS(rel("rId9", "aFChunk", path.replace("word/", ""))),
          "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${path}" ContentType="${type}"/></Types>`,
        },
        binary: { [path]: bytes },
      }),
    );

  test("HTML: block elements become paragraphs, headings keep their level, in place", () => {
    const doc = chunkDoc("word/afchunk.htm", "text/html", strToU8("<html><head><title>T</title><style>p{}</style></head><body><h2>1.1 Define coaching</h2><p>One <b>two</b><br>three &amp; four</p><ul><li>Item</li></ul></body></html>"));
    expect(doc.paragraphs.map((p) => [p.index, p.text, p.headingLevel])).toEqual([
      [0, "Before.", 0],
      [1, "1.1 Define coaching", 2],
      [2, "One two\nthree & four", 0],
      [3, "Item", 0],
      [4, "After.", 0],
    ]);
    expect(doc.unread).toBeUndefined();
  });

  test("plain text: a paragraph per line", () => {
    const doc = chunkDoc("word/afchunk.txt", "text/plain", strToU8("Line one\r\nLine two"));
    expect(doc.paragraphs.map((p) => p.text)).toEqual(["Before.", "Line one", "Line two", "After."]);
  });

  test("another Word document: read like the outer one, its footnotes after the outer body, anchored where its paragraphs now are", () => {
    const inner = makeDocx({
      body: para(r("Inner paragraph.") + `<w:r><w:footnoteReference w:id="1"/></w:r>`),
      styles: WORD_STYLES,
      parts: {
        "word/footnotes.xml": `<?xml version="1.0"?><w:footnotes xmlns:w="${W_NS}"><w:footnote w:id="1"><w:p>${r("Inner note.")}</w:p></w:footnote></w:footnotes>`,
        "word/_rels/document.xml.rels": RELS(rel("rId2", "footnotes", "footnotes.xml")),
      },
    });
    const doc = chunkDoc("word/afchunk.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", inner);
    expect(doc.paragraphs.map((p) => [p.index, p.text, p.part ?? "body", p.anchor ?? null])).toEqual([
      [0, "Before.", "body", null],
      [1, "Inner paragraph.", "body", null],
      [2, "After.", "body", null],
      [3, "Inner note.", "footnote", 1],
    ]);
  });

  test.each([
    ["RTF", "word/afchunk.rtf", "application/rtf", "{\\rtf1 Hello}", "an embedded RTF document"],
    ["a web archive", "word/afchunk.mht", "message/rfc822", "MIME-Version: 1.0\r\n", "an embedded web archive (MHT)"],
  ])("%s is listed as not read, at its place", (_name, path, type, content, what) => {
    const doc = chunkDoc(path, type, strToU8(content));
    expect(doc.paragraphs.map((p) => p.text)).toEqual(["Before.", "After."]);
    expect(doc.unread).toEqual([{ what, paragraph: 0 }]);
  });

  test("the HTML reader keeps table cells apart and skips scripts", () => {
    const ps = htmlParagraphs("<table><tr><td>A</td><td>B</td></tr><tr><td>C</td></tr></table><script>x()</script><p>End</p>");
    expect(ps.map((p) => [p.text, p.table ? [p.table.row, p.table.cell] : null])).toEqual([
      ["A", [0, 0]],
      ["B", [0, 1]],
      ["C", [1, 0]],
      ["End", null],
    ]);
  });
});

describe("packages judged by their content", () => {
  const errorOf = (bytes: Uint8Array) => {
    try {
      readDocx(bytes);
    } catch (e) {
      if (e instanceof DocxReadError) return e.message;
    }
    throw new Error("expected a DocxReadError");
  };

  test("a macro-enabled document or template reads like a .docx; its macro project is never inflated", () => {
    const files = {
      "_rels/.rels": strToU8(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      ),
      "[Content_Types].xml": strToU8(
        `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.template.macroEnabledTemplate.main+xml"/></Types>`,
      ),
      "word/document.xml": strToU8(`<?xml version="1.0"?><w:document xmlns:w="${W_NS}"><w:body>${para(r("Read."))}</w:body></w:document>`),
    };
    // A stored entry whose bytes are not a deflate stream: inflating it would throw.
    const zip = zipSync({ ...files, "word/vbaProject.bin": [strToU8("x".repeat(64)), { level: 0 }] });
    const bogus = corruptEntry(zip, "word/vbaProject.bin");
    expect(readDocx(bogus).paragraphs.map((p) => p.text)).toEqual(["Read."]);
  });

  test.each([
    ["an Excel workbook", "xl/workbook.xml", `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`, /^This file is an Excel workbook, not a Word document/],
    ["a PowerPoint presentation", "ppt/presentation.xml", `<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>`, /^This file is a PowerPoint presentation, not a Word document/],
  ])("%s is refused by what it is", (_name, path, xml, message) => {
    const bytes = zipSync({
      "_rels/.rels": strToU8(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${path}"/></Relationships>`,
      ),
      [path]: strToU8(`<?xml version="1.0"?>${xml}`),
    });
    expect(errorOf(bytes)).toMatch(message);
  });

  test.each([
    ["an RTF file", "{\\rtf1\\ansi Hello}", /^This file is a Rich Text \(\.rtf\) document, not a \.docx; open it in Word/],
    ["a PDF", "%PDF-1.7\n", /^This file is a PDF, not a Word document/],
  ])("%s renamed .docx is named", (_name, content, message) => {
    const m = errorOf(strToU8(content));
    expect(m).toMatch(message);
    expect(m).toMatch(/\.$/);
  });
});

/** Flips the compression method of a stored entry to deflate, so inflating it fails. */
function corruptEntry(zip: Uint8Array, name: string): Uint8Array {
  const out = zip.slice();
  const target = strToU8(name);
  for (let i = 0; i + 30 < out.length; i++) {
    const local = out[i] === 0x50 && out[i + 1] === 0x4b && out[i + 2] === 0x03 && out[i + 3] === 0x04;
    const central = out[i] === 0x50 && out[i + 1] === 0x4b && out[i + 2] === 0x01 && out[i + 3] === 0x02;
    if (!local && !central) continue;
    const nameAt = local ? i + 30 : i + 46;
    const len = out[(local ? i + 26 : i + 28)]! | (out[(local ? i + 27 : i + 29)]! << 8);
    if (len !== target.length || !target.every((b, k) => out[nameAt + k] === b)) continue;
    const method = local ? i + 8 : i + 10;
    out[method] = 8;
  }
  return out;
}

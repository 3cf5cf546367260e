import { readFileSync } from "fs";
import { join } from "path";
import { strToU8, zipSync } from "fflate";
import { DocxReadError, readDocx } from "../../src/docx/read-docx";
import { makeDocx, para, r } from "./helpers/make-docx";

const fixture = (name: string) => readFileSync(join(__dirname, "..", "fixtures", name));

function errorOf(bytes: Uint8Array): DocxReadError {
  try {
    readDocx(bytes);
  } catch (e) {
    if (e instanceof DocxReadError) return e;
    throw new Error(`expected a DocxReadError, got ${String(e)}`);
  }
  throw new Error("expected readDocx to throw");
}

describe("files that are not readable Word documents", () => {
  test.each<[string, () => Uint8Array, RegExp]>([
    ["a text file renamed .docx (fixture)", () => fixture("not-a-docx.docx"), /^This file is not a Word document \(\.docx\)\.$/],
    ["an empty file", () => new Uint8Array(), /^This file is not a Word document \(\.docx\)\.$/],
    ["a truncated zip (fixture)", () => fixture("truncated.docx"), /^The Word document is damaged: .*cannot be unzipped/],
    ["an old binary .doc (fixture)", () => fixture("old-word-97.doc"), /^This file is an older Word document \(\.doc\); open it in Word and save it/],
    [
      "a zip with no word/document.xml",
      () => zipSync({ "content.xml": strToU8("<office:document/>") }),
      /^This file is not a Word document \(\.docx\): it has no word\/document\.xml\.$/,
    ],
    [
      "malformed document XML",
      () => makeDocx({ body: "", parts: { "word/document.xml": "<w:document><w:body><w:p></w:body>" } }),
      /^The Word document is damaged: word\/document\.xml is not well-formed XML/,
    ],
    [
      "malformed styles XML",
      () => makeDocx({ body: para(r("x")), styles: "", parts: { "word/styles.xml": "<w:styles><w:style>" } }),
      /^The Word document is damaged: word\/styles\.xml is not well-formed XML/,
    ],
    [
      "a document part that is not a WordprocessingML document",
      () => makeDocx({ body: "", parts: { "word/document.xml": `<?xml version="1.0"?><html><body/></html>` } }),
      /^The Word document is damaged: word\/document\.xml has no document body\.$/,
    ],
  ])("%s", (_name, bytes, message) => {
    const e = errorOf(bytes());
    expect(e.message).toMatch(message);
    // One sentence a person can act on: a single line, ending with a full stop.
    expect(e.message).not.toMatch(/\n/);
    expect(e.message).toMatch(/\.$/);
  });

  test("the main part is found through _rels/.rels when it is not at word/document.xml", () => {
    const bytes = makeDocx({
      body: "",
      parts: {
        "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/doc/main.xml"/></Relationships>`,
        "doc/main.xml": `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para(r("Found"))}</w:body></w:document>`,
      },
    });
    expect(readDocx(bytes).paragraphs.map((p) => p.text)).toEqual(["Found"]);
  });
});

/**
 * Hostile .docx files through the reader (src/docx): each refused in one sentence, or read.
 * ilm-check prints the same sentence after the file's name, with exit status 2
 * (tests/hostile/cli.test.ts runs the tool on them); README's "Reliability" lists them.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { strToU8, zipSync } from "fflate";
import { openDocxPackage } from "../../src/docx/package";
import { DocxReadError, DocxRefusedError, readDocx } from "../../src/docx/read-docx";
import type { DraftDocument } from "../../src/model/document";
import { makeDocx, para, r, styled } from "../docx/helpers/make-docx";
import {
  compoundFile,
  deeplyNestedDocument,
  docxParts,
  docxPastPackageLimit,
  docxWith,
  docxWithBomb,
  ENTITY_BOMB_DOCUMENT,
  EXTERNAL_ENTITY_DOCUMENT,
  PARTS_READ,
  STYLE_LOOP,
  writeZip,
} from "./bad-files";
import { accepted, hostileTable, refused, type HostileRow } from "./table";

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", name)));
const texts = (doc: DraftDocument) => doc.paragraphs.map((p) => p.text);
const GiB = 2 ** 30;
const bomb = (part: string) =>
  `The Word document is refused: ${part} unpacks to more than 100 MB, far more than any real document holds (a "zip bomb", or a damaged file).`;

const rows: Array<HostileRow<Uint8Array, DraftDocument>> = [
  { name: "an empty file", input: () => new Uint8Array(), expect: refused("This file is not a Word document (.docx).") },
  { name: "not a zip (a text file renamed .docx)", input: () => fixture("not-a-docx.docx"), expect: refused("This file is not a Word document (.docx).") },
  {
    name: "a PDF renamed .docx",
    input: () => strToU8("%PDF-1.7\n%âãÏÓ\n1 0 obj"),
    expect: refused("This file is a PDF, not a Word document; check the Word file (.docx) the PDF was made from."),
  },
  {
    name: "a truncated zip (the first 60% of a real file)",
    input: () => fixture("truncated.docx"),
    expect: refused("The Word document is damaged: it cannot be unzipped (the file may be incomplete)."),
  },
  {
    name: "a zip whose directory is intact but a part's data is cut short",
    input: () => {
      const whole = docxWith({});
      const cut = writeZip([{ name: "word/document.xml", data: whole.subarray(30, 60), method: 8, declaredSize: 500 }]);
      return cut;
    },
    expect: refused(/^The Word document is damaged: word\/document\.xml cannot be unpacked \(the file may be incomplete\)\.$/),
  },
  {
    name: "an OpenDocument text file renamed .docx",
    input: () => zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.text"), "content.xml": strToU8("<office:document-content/>") }),
    expect: refused("This file is an OpenDocument text file (.odt), not a Word document; save it as Word (.docx) from LibreOffice, or download it as .docx from Google Docs."),
  },
  {
    name: "an OpenDocument spreadsheet renamed .docx",
    input: () => zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": strToU8("<office:document-content/>") }),
    expect: refused(/^This file is an OpenDocument file, not a Word document;/),
  },
  {
    name: "a zip with no main document part",
    input: () => zipSync({ "content.xml": strToU8("<office:document/>") }),
    expect: refused("This file is not a Word document (.docx): it has no word/document.xml."),
  },
  {
    name: "malformed XML in the main document",
    input: () => makeDocx({ body: "", parts: { "word/document.xml": "<w:document><w:body><w:p></w:body>" } }),
    expect: refused(/^The Word document is damaged: word\/document\.xml is not well-formed XML \(.+\)\.$/),
  },
  {
    name: "malformed XML in the styles",
    input: () => docxWith({ "word/styles.xml": "<w:styles><w:style>" }),
    expect: refused(/^The Word document is damaged: word\/styles\.xml is not well-formed XML \(.+\)\.$/),
  },
  {
    name: "an XML entity-expansion bomb (billion laughs)",
    input: () => docxWith({ "word/document.xml": ENTITY_BOMB_DOCUMENT }),
    expect: refused(
      "The Word document is refused: word/document.xml declares a DTD, which Word documents never contain (it can hide an entity bomb or a link to another file).",
    ),
  },
  {
    name: "an external entity (a link to /etc/passwd)",
    input: () => docxWith({ "word/document.xml": EXTERNAL_ENTITY_DOCUMENT }),
    expect: refused(
      "The Word document is refused: word/document.xml declares a DTD, which Word documents never contain (it can hide an entity bomb or a link to another file).",
    ),
  },
  {
    name: "an entity bomb in the styles",
    input: () => docxWith({ "word/styles.xml": ENTITY_BOMB_DOCUMENT.replace(/w:document/g, "w:styles") }),
    expect: refused(/^The Word document is refused: word\/styles\.xml declares a DTD/),
  },
  {
    name: "200,000 levels of nesting",
    input: () => docxWith({ "word/document.xml": deeplyNestedDocument(200_000) }),
    expect: refused("The Word document is refused: word/document.xml nests its XML more than 1,000 levels deep, far deeper than any real document."),
  },
  {
    name: "nesting just within the limit (990 levels) is read",
    input: () => docxWith({ "word/document.xml": deeplyNestedDocument(990) }),
    expect: accepted((doc) => expect(texts(doc)).toContain("Deep.")),
  },
  {
    name: "2.1 million empty elements (more than the file's allowance)",
    input: () => makeDocx({ body: "<w:bookmarkEnd/>".repeat(2_100_000) }),
    expect: refused(
      "The Word document is refused: word/document.xml has too many XML elements (the file holds more than 2,000,000, far more than any real document).",
    ),
  },
  {
    name: "a zip bomb: word/document.xml inflating to 2 GiB, its size declared",
    input: () => docxWithBomb("word/document.xml", 2 * GiB),
    expect: refused(bomb("word/document.xml")),
  },
  {
    name: "a zip bomb: word/document.xml inflating to 2 GiB, declaring 1 KB (sizes can lie)",
    input: () => docxWithBomb("word/document.xml", 2 * GiB, 1000),
    expect: refused(bomb("word/document.xml")),
  },
  ...PARTS_READ.filter((p) => p !== "word/document.xml").map(
    (part): HostileRow<Uint8Array, DraftDocument> => ({
      name: `a zip bomb in ${part} (150 MB, declaring 500 bytes)`,
      input: () => docxWithBomb(part, 150_000_000, 500),
      expect: refused(bomb(part)),
    }),
  ),
  {
    name: "a zip bomb in a part never read (a picture) leaves the draft readable",
    input: () => docxWithBomb("word/media/image1.png", 2 * GiB, 500),
    expect: accepted((doc) => expect(texts(doc)).toEqual(["An answer of my own.", "Embedded answer."])),
  },
  {
    name: "parts within the part limit, together past the file's (3 x 90 MB)",
    input: () => docxPastPackageLimit(),
    expect: refused(
      'The Word document is refused: its parts unpack to more than 250 MB, far more than any real document holds (a "zip bomb", or a damaged file).',
    ),
    timeout: 120_000,
  },
  {
    name: "a zip bomb in an embedded .docx (w:altChunk) refuses the whole draft",
    input: () => {
      const inner = docxWithBomb("word/document.xml", 2 * GiB, 500);
      const parts = docxParts();
      return writeZip([
        ...Object.entries(parts)
          .filter(([n]) => n !== "word/chunk.htm")
          .map(([name, text]) => ({ name, data: strToU8(text) })),
        { name: "word/chunk.htm", data: inner },
      ]);
    },
    expect: refused(bomb("word/document.xml")),
  },
  {
    name: "a part encrypted inside the zip",
    input: () => {
      const parts = docxParts();
      return writeZip(Object.entries(parts).map(([name, text]) => ({ name, data: strToU8(text), flags: name === "word/document.xml" ? 1 : 0 })));
    },
    expect: refused("The Word document cannot be read: word/document.xml is encrypted inside the zip, which Word never does."),
  },
  {
    name: "a password-protected document (compound file with EncryptedPackage)",
    input: () => compoundFile(["EncryptionInfo", "EncryptedPackage"]),
    expect: refused(
      "This Word document is protected with a password, so it cannot be read; open it in Word, remove the password (File > Info > Protect Document > Encrypt with Password), save it and try again.",
    ),
  },
  {
    name: "an old binary .doc (written by LibreOffice)",
    input: () => fixture("old-word-97.doc"),
    expect: refused("This file is an older Word document (.doc); open it in Word and save it as a Word document (.docx)."),
  },
  {
    name: "another program's compound file (an old .xls)",
    input: () => compoundFile(["Workbook"]),
    expect: refused("This file is not a Word document (.docx)."),
  },
  {
    name: "styles that inherit from each other in a loop",
    input: () => docxWith({ "word/styles.xml": STYLE_LOOP, "word/document.xml": docxParts()["word/document.xml"].replace(para(r("An answer of my own.")), `${styled("A", r("A heading"))}${styled("Self", r("Body text"))}`) }),
    expect: accepted((doc) => {
      // A is based on B, which sets outline level 2 (w:outlineLvl 1); the loop back to A is not followed.
      expect(doc.paragraphs.map((p) => [p.text, p.headingLevel])).toEqual([
        ["A heading", 2],
        ["Body text", 0],
        ["Embedded answer.", 0],
      ]);
    }),
  },
];

hostileTable<Uint8Array, DraftDocument>({ name: "the .docx reader (readDocx)", read: (bytes) => readDocx(bytes), isRefusal: (e): e is Error => e instanceof DocxReadError }, rows);

describe("the limits hold across parts and embedded documents", () => {
  test("a refusal is a DocxRefusedError, which ilm-check and the embedded-document reader pass on", () => {
    expect(() => readDocx(docxWithBomb("word/styles.xml", 150_000_000, 500))).toThrow(DocxRefusedError);
    // A merely damaged file is not "refused": an embedded one is reported as unread instead.
    expect(() => readDocx(fixture("truncated.docx"))).not.toThrow(DocxRefusedError);
  });

  test("the allowance is shared by the parts of one file: a small one runs out part by part", () => {
    const bytes = docxWith({});
    // Enough for the package's relationships and the main document, not for the styles as well.
    const budget = { bytes: 0, elements: 1_000_000 };
    const sizes = Object.fromEntries(Object.entries(docxParts()).map(([n, t]) => [n, strToU8(t).length]));
    budget.bytes = sizes["_rels/.rels"]! + sizes["word/document.xml"]! + sizes["word/_rels/document.xml.rels"]! + 10;
    expect(() => openDocxPackage(bytes, budget)).toThrow(/^The Word document is refused: its parts unpack to more than/);
    expect(() => openDocxPackage(bytes, { bytes: 1_000_000, elements: 1_000_000 })).not.toThrow();
  });

  test("so is the allowance of elements", () => {
    expect(() => openDocxPackage(docxWith({}), { bytes: 1_000_000, elements: 20 })).toThrow(/has too many XML elements/);
  });
});

/**
 * Hostile files through ilm-check as a tutor runs it (node bin/ilm-check.js, the build Jest's
 * global set-up has just made): each bad file costs one line on stderr and exit status 2,
 * never a crash or a stack trace, and the rest of a batch is still checked, in this thread
 * and in worker threads alike.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { readFileSync } from "fs";
import { strToU8, zipSync } from "fflate";
import {
  compoundFile,
  deeplyNestedDocument,
  docxParts,
  docxWith,
  docxWithBomb,
  emptyParagraphsDocx,
  ENTITY_BOMB_DOCUMENT,
  EXTERNAL_ENTITY_DOCUMENT,
  longParagraphDocx,
  STYLE_LOOP,
} from "./bad-files";
import { expectOneSentence } from "./table";
import { runBuiltCli } from "../cli/run-built";

const ROOT = resolve(__dirname, "..", "..");
const GOOD = join(ROOT, "tests", "fixtures", "unit-8580-503-libreoffice.docx");

const run = (args: string[]) => runBuiltCli(args, { env: { ILM_CHECK_DEBUG: "" }, timeout: 240_000 });

/** The bad files, by name (sorted as a folder lists them), with the sentence each gets. */
const FIXTURES = join(ROOT, "tests", "fixtures");
const fixture = (name: string) => () => new Uint8Array(readFileSync(join(FIXTURES, name)));
const bomb = (part: string) =>
  `The Word document is refused: ${part} unpacks to more than 100 MB, far more than any real document holds (a "zip bomb", or a damaged file).`;
const DTD =
  "The Word document is refused: word/document.xml declares a DTD, which Word documents never contain (it can hide an entity bomb or a link to another file).";

/** The bad files, by name (sorted as a folder lists them, between a-good and z-good), with the sentence each gets. */
const BAD: Array<[string, () => Uint8Array, string]> = [
  ["b01-not-a-zip.docx", fixture("not-a-docx.docx"), "This file is not a Word document (.docx)."],
  ["b02-truncated.docx", fixture("truncated.docx"), "The Word document is damaged: it cannot be unzipped (the file may be incomplete)."],
  ["b03-no-main-part.docx", () => zipSync({ "content.xml": strToU8("<office:document/>") }), "This file is not a Word document (.docx): it has no word/document.xml."],
  [
    "b04-malformed.docx",
    () => docxWith({ "word/document.xml": "<w:document><w:body><w:p></w:body>" }),
    "The Word document is damaged: word/document.xml is not well-formed XML (prefix is non-null and namespace is null).",
  ],
  ["b05-entities.docx", () => docxWith({ "word/document.xml": ENTITY_BOMB_DOCUMENT }), DTD],
  ["b06-external-entity.docx", () => docxWith({ "word/document.xml": EXTERNAL_ENTITY_DOCUMENT }), DTD],
  [
    "b07-nesting.docx",
    () => docxWith({ "word/document.xml": deeplyNestedDocument(200_000) }),
    "The Word document is refused: word/document.xml nests its XML more than 1,000 levels deep, far deeper than any real document.",
  ],
  ["b08-bomb-document.docx", () => docxWithBomb("word/document.xml", 2 ** 31), bomb("word/document.xml")],
  ["b09-bomb-styles.docx", () => docxWithBomb("word/styles.xml", 2 ** 31, 900), bomb("word/styles.xml")],
  ["b10-bomb-numbering.docx", () => docxWithBomb("word/numbering.xml", 150_000_000, 500), bomb("word/numbering.xml")],
  ["b11-bomb-embedded.docx", () => docxWithBomb("word/chunk.htm", 150_000_000, 500), bomb("word/chunk.htm")],
  [
    "b12-password.docx",
    () => compoundFile(["EncryptionInfo", "EncryptedPackage"]),
    "This Word document is protected with a password, so it cannot be read; open it in Word, remove the password (File > Info > Protect Document > Encrypt with Password), save it and try again.",
  ],
  ["b13-old-word.doc", fixture("old-word-97.doc"), "This file is an older Word document (.doc); open it in Word and save it as a Word document (.docx)."],
  ["b14-empty.docx", () => new Uint8Array(), "This file is not a Word document (.docx)."],
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ilm-hostile-"));
  copyFileSync(GOOD, join(dir, "a-good.docx"));
  for (const [name, make] of BAD) writeFileSync(join(dir, name), make());
  copyFileSync(GOOD, join(dir, "z-good.docx"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ilm-check on hostile files", () => {
  test.each(BAD)("%s alone: one sentence, exit 2", (name, _make, message) => {
    const file = join(dir, name);
    const r = run([file]);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`ilm-check: ${file}: ${message}\n`);
    expectOneSentence(r.stderr.trimEnd());
  });

  test.each([["1"], ["2"]])("a folder mixing them with good drafts, --jobs %s: every good draft is reported, one line per bad one, exit 2", (jobs) => {
    const r = run([dir, "--jobs", jobs]);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    // A folder's Word documents are its .docx files (and the like): the .doc is given by name only.
    const inFolder = BAD.filter(([name]) => !name.endsWith(".doc"));
    expect(r.stderr.trimEnd().split("\n")).toEqual(inFolder.map(([name, , message]) => `ilm-check: ${join(dir, name)}: ${message}`));
    expect(r.stdout.match(/^Unit 8580-503 \(detected\)/gm)).toHaveLength(2);
    expect(r.stdout).toContain(`Checked ${inFolder.length + 2} drafts: 0 with errors, ${inFolder.length} could not be read.`);
  });
});

/** Files that look hostile but are honest (big, or with odd styles): checked, never refused. */
describe("ilm-check on big or odd drafts: checked, not refused", () => {
  let big: string;
  beforeAll(() => {
    big = mkdtempSync(join(tmpdir(), "ilm-big-"));
    writeFileSync(join(big, "empty-paragraphs.docx"), emptyParagraphsDocx(1_000_000));
    writeFileSync(join(big, "long-paragraph.docx"), longParagraphDocx(20_000_000));
    const loop = docxParts()["word/document.xml"].replace("An answer of my own.", "My answer.");
    writeFileSync(join(big, "style-loop.docx"), docxWith({ "word/styles.xml": STYLE_LOOP, "word/document.xml": loop }));
  });
  afterAll(() => rmSync(big, { recursive: true, force: true }));

  test.each([
    ["empty-paragraphs.docx", / · 0 answer words/],
    ["long-paragraph.docx", / · 4,000,000 answer words/],
    ["style-loop.docx", / · \d+ answer words?/],
  ])("%s is checked: a report, nothing on stderr, not exit 2", (name, report) => {
    const r = run([join(big, name)]);
    expect(r.signal).toBeNull();
    expect(r.stderr).toBe("");
    expect([0, 1]).toContain(r.status);
    expect(r.stdout).toMatch(report);
  }, 300_000);
});

describe("ilm-check --annotate copies every part within the same limits", () => {
  test("a zip bomb in a picture: the draft is checked, its annotated copy refused in one line, exit 2", () => {
    const out = mkdtempSync(join(tmpdir(), "ilm-annotate-"));
    try {
      const file = join(out, "bomb-in-picture.docx");
      writeFileSync(file, docxWithBomb("word/media/image1.png", 2 ** 31, 500));
      const r = run([file, "--annotate", join(out, "annotated")]);
      expect(r.signal).toBeNull();
      expect(r.status).toBe(2);
      const lines = r.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(bomb("word/media/image1.png"));
      expectOneSentence(lines[0]!);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});

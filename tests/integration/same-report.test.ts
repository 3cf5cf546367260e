/**
 * One analysis, three hosts: a draft read from its .docx and the same draft read through the
 * Office.js path (src/word/read-document over the in-memory Word, filled with the .docx's
 * paragraphs, styles, bold, tables and content controls) get the same report, without a unit
 * given (so detection is compared too). Covers the project's fixtures and ../shared/samples.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { analyse } from "../../src/check/analyse";
import { readDocx } from "../../src/docx/read-docx";
import { memoryDocumentFromDraft, memoryWordRunner } from "../../src/word-memory/memory-word";
import { readDocument } from "../../src/word/read-document";

const FIXTURES = join(__dirname, "..", "fixtures");
const SAMPLES = join(__dirname, "..", "..", "..", "shared", "samples");
const BROKEN = new Set(["not-a-docx.docx", "truncated.docx"]);

const files = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith(".docx") && !BROKEN.has(f)).map((f) => join(FIXTURES, f)),
  ...(existsSync(SAMPLES) ? readdirSync(SAMPLES).filter((f) => f.endsWith(".docx")).map((f) => join(SAMPLES, f)) : []),
];
if (!existsSync(SAMPLES)) console.warn(`Comparing fixtures only: ${SAMPLES} is absent (it lives beside the repository as ../shared).`);

describe("the same draft gets the same report from .docx and through Word", () => {
  it("has drafts to compare", () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  test.each(files.map((f) => [f.split("/").pop()!, f]))("%s", async (_name, file) => {
    const fromDocx = readDocx(new Uint8Array(readFileSync(file)), file);
    const doc = memoryDocumentFromDraft(fromDocx);
    const fromWord = await readDocument(memoryWordRunner(doc));

    const viaDocx = analyse(fromDocx);
    const viaWord = analyse(fromWord);
    expect(viaWord.unit).toBe(viaDocx.unit);
    // Only the label of where the draft came from may differ.
    expect({ ...viaWord, file: undefined }).toEqual({ ...viaDocx, file: undefined });
    // Not a vacuous comparison: every draft here has paragraphs and answer words.
    expect(fromDocx.paragraphs.length).toBeGreaterThan(3);
    expect(viaDocx.wordCount).toBeGreaterThan(0);
  });
});

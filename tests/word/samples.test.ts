/**
 * The shared sample drafts, read from .docx, put into the in-memory Word and
 * mended with "Insert missing sections": the ACs the checker reports missing
 * get inserted in place, and every learner paragraph stays as it was.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { analyse } from "../../src/check/analyse";
import { readDocx } from "../../src/docx/read-docx";
import { memoryDocumentFromDraft, memoryWordRunner, snapshot } from "../../src/word-memory/memory-word";
import { insertMissingSections } from "../../src/word/insert-missing";
import { readDocument } from "../../src/word/read-document";
import { unit } from "./helpers";
import { sharedMissing, suiteNeeding } from "../helpers/requirement";

const SAMPLES = join(__dirname, "..", "..", "..", "shared", "samples");
const have = existsSync(join(SAMPLES, "expected.json"));

interface Expected {
  file: string;
  unit: string;
  expected: Array<{ code: string; ac?: string }>;
}
const cases: Expected[] = have ? JSON.parse(readFileSync(join(SAMPLES, "expected.json"), "utf8")) : [];

suiteNeeding("the sample-draft tests", sharedMissing(join(SAMPLES, "expected.json")))("insert missing sections on the shared samples", () => {
  test.each(cases.map((c) => [c.file, c] as const))("%s", async (_file, c) => {
    const u = unit(c.unit);
    const draft = readDocx(new Uint8Array(readFileSync(join(SAMPLES, c.file))), c.file);
    const doc = memoryDocumentFromDraft(draft);
    const before = snapshot(doc);
    const uids = new Set(before.map((p) => p.uid));
    const missing = c.expected.filter((p) => p.code === "ac-missing").map((p) => p.ac!);
    const missingBefore = analyse(draft, { unit: u.id }).problems.filter((p) => p.code === "ac-missing");
    expect(missingBefore.map((p) => p.ac)).toEqual(missing);

    const result = await insertMissingSections(memoryWordRunner(doc), u, { guidance: true, lockHeadings: true });
    expect(result.inserted).toEqual(missing);
    expect(snapshot(doc).filter((p) => uids.has(p.uid))).toEqual(before);

    const report = analyse(await readDocument(memoryWordRunner(doc)), { unit: u.id });
    expect(report.problems.filter((p) => p.code === "ac-missing" || p.code === "ac-out-of-order")).toEqual([]);
  });
});

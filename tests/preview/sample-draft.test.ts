import { analyse } from "../../src/check/analyse";
import { buildSampleDraft, SAMPLE_UNIT } from "../../src/preview/sample-draft";
import { memoryWordRunner } from "../../src/word-memory/memory-word";
import { readDocument } from "../../src/word/read-document";
import { loadSources } from "../../src/word/sources-store";

/** The preview's sample must show what the pane is for: a half-written draft with real problems. */
describe("the preview's sample draft", () => {
  it("reads back through Word as an 8580-500 draft with a missing AC, guidance left in and referencing gaps", async () => {
    const memory = await buildSampleDraft();
    const doc = await readDocument(memoryWordRunner(memory));
    const report = analyse(doc);
    expect(report.unit).toBe(SAMPLE_UNIT);
    const codes = report.problems.map((p) => `${p.code}${p.ac ? ` ${p.ac}` : ""}`);
    expect(codes).toEqual(expect.arrayContaining(["ac-missing 1.4", "guidance-left-in 1.2", "word-count-out-of-range"]));
    expect(codes).not.toContain("guidance-left-in 1.1");
    const answered = report.sections.filter((s) => s.words > 0).map((s) => s.ac);
    expect(answered).toEqual(["1.1", "1.2", "1.3", "2.1"]);
    expect(report.citations.find((c) => c.authors[0] === "Hawkins")?.matched).toBe(false);
    expect(report.references.find((r) => r.authors[0] === "Kolb")?.cited).toBe(false);
  });

  it("keeps its source library in the document, as a learner's would be", async () => {
    const memory = await buildSampleDraft();
    const lib = await loadSources(memoryWordRunner(memory));
    expect(lib.items.map((x) => x.id)).toEqual(["clutterbuck2014", "kolb1984", "starr2016", "whitmore2017"]);
  });
});

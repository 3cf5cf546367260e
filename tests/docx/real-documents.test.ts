/**
 * The "real documents" (tests/fixtures/make/real-documents.ts): drafts holding
 * what a learner's Word file can hold, each checked against what a tutor would
 * count and report (tests/fixtures/real-documents.json): the unit, the answer
 * words within 3%, and exactly the problems planted, among the codes a tutor's
 * report is judged on. The same drafts go through the in-memory Word in
 * tests/integration/same-report.test.ts.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { analyse } from "../../src/check/analyse";
import type { DocParagraph, DraftDocument } from "../../src/model/document";
import type { Report } from "../../src/model/report";
import { readDocx } from "../../src/docx/read-docx";

const FIXTURES = join(__dirname, "..", "fixtures");

interface RealDocument {
  file: string;
  what: string;
  unit: string;
  words: number;
  problems: Array<{ code: string; ac?: string }>;
}

const REAL: RealDocument[] = JSON.parse(readFileSync(join(FIXTURES, "real-documents.json"), "utf8"));

/** The codes a report is judged on (the samples' scorer's), and the two notes these drafts plant. */
const COMPARED = new Set([
  "ac-missing", "ac-heading-altered", "ac-empty", "ac-out-of-order", "ac-duplicate", "guidance-left-in",
  "word-count-out-of-range", "citation-unmatched", "reference-uncited", "section-needs-reference",
  "content-not-read", "reference-list-is-bibliography",
]);

function realReportKeys(report: Report): string[] {
  return report.problems.filter((p) => COMPARED.has(p.code)).map((p) => `${p.code}${p.ac ? ` ${p.ac}` : ""}`).sort();
}

const read = (file: string): DraftDocument => readDocx(new Uint8Array(readFileSync(join(FIXTURES, file))), file);
const byText = (doc: DraftDocument, start: string): DocParagraph => {
  const p = doc.paragraphs.find((q) => q.text.trim().startsWith(start));
  if (!p) throw new Error(`no paragraph starting "${start}"`);
  return p;
};

describe("real documents: what a tutor counts and reports", () => {
  it("has a draft for every class of content", () => {
    expect(REAL.length).toBeGreaterThanOrEqual(15);
    expect(REAL.map((r) => r.file.split(".").pop())).toEqual(expect.arrayContaining(["docx", "docm", "dotx", "dotm"]));
  });

  test.each(REAL.map((r) => [r.file, r] as const))("%s", (_file, real) => {
    const report = analyse(read(real.file));
    expect(report.unit).toBe(real.unit);
    expect(report.unitSource).toBe("detected");
    expect(Math.abs(report.wordCount - real.words)).toBeLessThanOrEqual(real.words * 0.03);
    expect(realReportKeys(report)).toEqual(real.problems.map((p) => `${p.code}${p.ac ? ` ${p.ac}` : ""}`).sort());
  });
});

describe("what the reader gives for each class", () => {
  test("Word's heading numbering: the number shown, never in the text", () => {
    const doc = read("numbered-headings-500.docx");
    const h = doc.paragraphs.filter((p) => p.headingLevel > 0);
    expect(h.find((p) => p.text === "Introduction")!.listNumber).toBeUndefined();
    expect(byText(doc, "The purpose of coaching").listNumber).toBe("1.");
    expect(byText(doc, "Define what coaching").listNumber).toBe("1.1");
    expect(byText(doc, "Review the knowledge, skills and behaviors").listNumber).toBe("2.1");
    expect(byText(doc, "Explain how to manage").listNumber).toBe("3.2");
    expect(h.every((p) => !/^\d/.test(p.text))).toBe(true);
  });

  test("Word's list definitions: style-linked levels, bullets, letters and a restart", () => {
    const doc = read("list-numbered-headings-503.docx");
    expect(byText(doc, "Introduction").listNumber).toBeUndefined();
    expect(byText(doc, "Critically evaluate your own skills").listNumber).toBe("2.2");
    expect(byText(doc, "Provide a linked and relevant plan").listNumber).toBe("3.3");
    expect(byText(doc, "Self-assessment questionnaire").listNumber).toBe("\uF0B7");
    expect(["Contracting", "Exploring", "Action planning"].map((t) => byText(doc, t).listNumber)).toEqual(["a)", "b)", "c)"]);
    // The second lettered list restarts (w:startOverride).
    expect(["Confidentiality", "Boundaries of the relationship"].map((t) => byText(doc, t).listNumber)).toEqual(["a)", "b)"]);
  });

  test("notes and text boxes: their own paragraphs, anchored in the paragraph that holds them", () => {
    const doc = read("notes-and-boxes-502.docx");
    const parts = doc.paragraphs.filter((p) => p.part);
    expect(parts.map((p) => [p.part, p.text.trim().split(" ")[0]])).toEqual([
      ["footnote", "Kline"],
      ["endnote", "A"],
      ["textbox", "Key"],
      ["textbox", "Goal-focused"],
    ]);
    const body = doc.paragraphs.filter((p) => !p.part);
    // After every body paragraph, each anchored in the answer paragraph that holds its mark or box.
    expect(parts.every((p) => p.index >= body.length && body[p.anchor!]!.text.length > 100)).toBe(true);
    expect(body.some((p) => /Kline \(1999\) describes|Key learning/.test(p.text))).toBe(false);
  });

  test("placeholders: flagged, and never the learner's text", () => {
    const doc = read("placeholder-501.docx");
    const flagged = doc.paragraphs.filter((p) => p.placeholder);
    expect(flagged.map((p) => p.text)).toEqual(["Click or tap here to enter text.", "Click or tap here to enter text."]);
  });

  test("a Subtitle-styled line is flagged", () => {
    expect(byText(read("cover-subtitle-502.docx"), "ILM Level 5 Certificate").isSubtitle).toBe(true);
  });

  test("w:altChunk: HTML and .docx chunks read as body paragraphs, an RTF chunk listed as unread", () => {
    const doc = read("alt-chunk-503.docx");
    const answer22 = doc.paragraphs.findIndex((p) => p.text.startsWith("2.2 "));
    expect(doc.paragraphs[answer22 + 1]!.text.length).toBeGreaterThan(100);
    const answer31 = doc.paragraphs.findIndex((p) => p.text.startsWith("3.1 "));
    expect(doc.paragraphs[answer31 + 1]!.text.length).toBeGreaterThan(100);
    expect(doc.paragraphs.every((p, i) => p.index === i)).toBe(true);
    expect(doc.unread).toEqual([{ what: "an embedded RTF document", paragraph: expect.any(Number) }]);
  });

  test("Title and Subtitle used as headings: the appendix after the list is no part of it", () => {
    const report = analyse(read("subtitle-headings-502.docx"));
    // Not one problem of any kind: the log's lines are not taken for incomplete references.
    expect(report.problems.map((p) => p.code)).toEqual([]);
  });

  test("Word's Bibliography: the list is there, so a missing entry never says the list is missing", () => {
    const report = analyse(read("word-bibliography-503.docx"));
    expect(report.references.length).toBeGreaterThan(10);
    expect(report.problems.filter((p) => /no reference list/i.test(p.message))).toEqual([]);
    expect(report.problems.filter((p) => p.code === "citation-matched-with-warning")).toEqual([]);
    expect(report.problems.filter((p) => p.code === "reference-list-is-bibliography")).toHaveLength(1);
  });

  test("hidden text, comments, headers and footers are not read", () => {
    for (const file of ["word-markup-501.docx", "libreoffice-markup-503.docx"]) {
      const text = read(file).paragraphs.map((p) => p.text).join("\n");
      expect(text).not.toMatch(/HIDDEN|COMMENT|HEADER|FOOTER|DRAFT/);
    }
  });
});

import { makeParagraph, Tags, type DraftDocument } from "../../../src/model/document";
import type { Report } from "../../../src/check/rules";
import { assessReadiness, coverState } from "../../../src/taskpane/model/readiness";

const cover = (index: number, text: string) => makeParagraph({ index, text, role: "cover", tags: [Tags.cover] });

const filledCover: DraftDocument = {
  paragraphs: [
    cover(0, "ILM submission cover sheet"),
    cover(1, "Learner name: Priya Shah"),
    cover(2, "Declaration of authenticity"),
    cover(3, "I declare that the work submitted is my own."),
    cover(4, "Learner signature: P. Shah"),
  ],
};

function report(partial: Partial<Report>): Report {
  return {
    unit: "8580-500",
    wordCount: 4500,
    wordRange: [4000, 5500],
    sections: [
      { ac: "1.1", status: "ok", heading: "1.1", words: 400, citations: 1 },
      { ac: "1.2", status: "ok", heading: "1.2", words: 400, citations: 1 },
    ],
    citations: [{ text: "(Starr, 2016)", authors: ["Starr"], year: "2016", ac: "1.1", matched: true }],
    references: [{ text: "Starr, J. (2016) The coaching manual.", authors: ["Starr"], year: "2016", list: "references", cited: true }],
    problems: [],
    ...partial,
  };
}

describe("assessReadiness", () => {
  it("says the draft is ready only when every check passes", () => {
    const r = assessReadiness(report({}), filledCover);
    expect(r.checks.filter((c) => c.ok === false)).toEqual([]);
    expect(r.ready).toBe(true);
    expect(r.verdict).toBe("Your draft is ready to submit.");
  });

  it("names the missing and unanswered ACs", () => {
    const r = assessReadiness(
      report({
        sections: [
          { ac: "1.1", status: "missing", heading: "", words: 0, citations: 0 },
          { ac: "1.2", status: "empty", heading: "1.2", words: 0, citations: 0 },
        ],
      }),
      filledCover,
    );
    const answered = r.checks.find((c) => c.id === "answered")!;
    expect(answered.ok).toBe(false);
    expect(answered.detail).toBe("Missing: 1.1. Not answered yet: 1.2.");
    expect(r.ready).toBe(false);
  });

  it("fails on word count, unmatched citations, uncited references and guidance left in", () => {
    const doc: DraftDocument = {
      paragraphs: [...filledCover.paragraphs, makeParagraph({ index: 5, text: "To pass, make sure…", role: "guidance", tags: [Tags.guidance("1.1")] })],
    };
    const r = assessReadiness(
      report({
        wordCount: 3000,
        citations: [{ text: "(Hawkins, 2012)", authors: ["Hawkins"], year: "2012", ac: "1.2", matched: false, paragraph: 9 }],
        references: [{ text: "Kolb (1984)", authors: ["Kolb"], year: "1984", list: "references", cited: false }],
      }),
      doc,
    );
    const failed = Object.fromEntries(r.checks.map((c) => [c.id, c.ok]));
    expect(failed).toMatchObject({ words: false, citations: false, references: false, guidance: false, cover: true });
    expect(r.checks.find((c) => c.id === "citations")!.paragraph).toBe(9);
    expect(r.checks.find((c) => c.id === "guidance")!.paragraph).toBe(5);
    expect(r.verdict).toBe("4 things to sort out before you submit.");
  });

  it("does not fail a unit that gives no word range", () => {
    const r = assessReadiness(report({ wordRange: null }), filledCover);
    expect(r.checks.find((c) => c.id === "words")!.ok).toBeNull();
    expect(r.ready).toBe(true);
  });

  it("shows the exact-wording pass with its caveat where the unit's wording is still to be confirmed", () => {
    const plain = assessReadiness(report({}), filledCover).checks.find((c) => c.id === "headings")!;
    expect(plain).toMatchObject({ ok: true, detail: "Every side-heading matches the mark sheet." });
    expect(plain.caveat).toBeUndefined();
    const unsure = assessReadiness(report({}), filledCover, { wordingToBeConfirmed: true }).checks.find((c) => c.id === "headings")!;
    expect(unsure).toMatchObject({
      ok: true,
      detail: "Every side-heading matches the add-in's wording for this unit.",
      caveat: "This unit's AC wording is still to be confirmed against your centre's mark sheet: check the side-headings with your tutor.",
    });
  });
});

describe("coverState", () => {
  it("finds template lines left empty and centres' placeholders", () => {
    const s = coverState({
      paragraphs: [cover(0, "Learner name:"), cover(1, "Centre: [Centre name]"), cover(2, "Signed: ______"), cover(3, "Declaration: this is my own work")],
    });
    expect(s.unfilled.map((u) => u.index)).toEqual([0, 1, 2]);
    expect(s.hasDeclaration).toBe(true);
  });

  it("names the cover-sheet fields still to fill in by their labels", () => {
    const r = assessReadiness(report({}), {
      paragraphs: [
        cover(0, "I declare that the work submitted is my own."),
        cover(1, "Word count (suggested 4,000 to 5,500 words, not including appendices):"),
        cover(2, "Centre: [Centre name]"),
        cover(3, "Learner signature:"),
      ],
    });
    expect(r.checks.find((c) => c.id === "cover")!.detail).toBe("Still to fill in: Word count, Centre, Learner signature.");
  });

  it("reports a draft without the add-in's cover sheet", () => {
    const s = coverState({ paragraphs: [makeParagraph({ index: 0, text: "Learner name:" })] });
    expect(s.present).toBe(false);
    expect(assessReadiness(report({}), { paragraphs: [] }).checks.find((c) => c.id === "cover")!.ok).toBe(false);
  });
});

describe("assessReadiness of a document that is not a draft yet", () => {
  const empty: DraftDocument = { paragraphs: [makeParagraph({ index: 0, text: "" })] };

  it("an empty document with no unit is not ready, and shows nothing as passed", () => {
    const r = assessReadiness(report({ unit: null, wordCount: 0, wordRange: null, sections: [], citations: [], references: [] }), empty);
    expect(r.ready).toBe(false);
    expect(r.verdict).toBe("No unit chosen yet, so nothing could be checked: choose your unit (or insert its template) and write your answers.");
    expect(r.checks.filter((c) => c.ok === true)).toEqual([]);
    expect(r.checks.find((c) => c.id === "answered")!.ok).toBe(false);
  });

  it("a unit with no answer is not ready, and shows nothing as passed", () => {
    const r = assessReadiness(
      report({ wordCount: 0, sections: [{ ac: "1.1", status: "missing", heading: "", words: 0, citations: 0 }], citations: [], references: [] }),
      filledCover,
    );
    expect(r.ready).toBe(false);
    expect(r.verdict).toBe("No AC has an answer yet: write your answers under the side-headings, then check again.");
    expect(r.checks.filter((c) => c.ok === true)).toEqual([]);
    // What would have passed waits for a draft; what fails still says what to do.
    expect(r.checks.find((c) => c.id === "cover")).toMatchObject({ ok: null, detail: "Checked once the draft has a unit and an answer." });
    expect(r.checks.find((c) => c.id === "answered")).toMatchObject({ ok: false, detail: "Missing: 1.1." });
  });
});

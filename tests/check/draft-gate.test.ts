import { DRAFT_GATE_MESSAGE, draftGate, isAnswered } from "../../src/check/draft-gate";
import { analyse } from "../../src/check/analyse";
import type { SectionReport } from "../../src/model/report";
import { makeParagraph, type DraftDocument } from "../../src/model/document";

const section = (ac: string, status: SectionReport["status"], words: number): SectionReport => ({ ac, status, heading: status === "missing" ? "" : ac, words, citations: 0 });
const doc = (texts: string[]): DraftDocument => ({ paragraphs: texts.map((text, index) => makeParagraph({ index, text })) });

describe("draftGate: a unit and an answer before anything can be ready", () => {
  test.each([
    ["no unit, no sections", { unit: null, sections: [] }, "no-unit"],
    ["a unit named but no sections (a unit with no ACs is no unit)", { unit: "8580-500", sections: [] }, "no-unit"],
    ["every AC missing", { unit: "8580-500", sections: [section("1.1", "missing", 0), section("1.2", "missing", 0)] }, "no-answer"],
    ["headings with no words under them", { unit: "8580-500", sections: [section("1.1", "empty", 0), section("1.2", "missing", 0)] }, "no-answer"],
    ["one answer", { unit: "8580-500", sections: [section("1.1", "ok", 120), section("1.2", "missing", 0)] }, null],
    ["one answer under an altered heading", { unit: "8580-500", sections: [section("1.1", "altered", 5), section("1.2", "empty", 0)] }, null],
  ] as const)("%s", (_, report, expected) => {
    expect(draftGate(report as never)).toBe(expected);
  });

  test("an empty document with no unit, as analyse reports it, is not a draft", () => {
    expect(draftGate(analyse(doc([""])))).toBe("no-unit");
    expect(draftGate(analyse(doc([""]), { unit: "8580-500" }))).toBe("no-answer");
  });

  test("isAnswered needs a heading and words", () => {
    expect([isAnswered("ok", 1), isAnswered("altered", 1), isAnswered("ok", 0), isAnswered("empty", 10), isAnswered("missing", 10)]).toEqual([true, true, false, false, false]);
  });

  test("each gate has one sentence", () => {
    expect(DRAFT_GATE_MESSAGE).toEqual({
      "no-unit": "No unit chosen yet, so nothing could be checked: choose your unit (or insert its template) and write your answers.",
      "no-answer": "No AC has an answer yet: write your answers under the side-headings, then check again.",
    });
  });
});

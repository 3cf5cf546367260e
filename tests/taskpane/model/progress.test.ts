import { problem } from "../../helpers/problem";
import { emptyReport } from "../report";
import { getUnit } from "../../../src/units/catalogue";
import { isNotStarted, reportToShow } from "../../../src/taskpane/model/progress";
import { summarise } from "../../../src/taskpane/model/summary";

const unit = getUnit("8580-500")!;
const emptySections = unit.criteria.map((c) => ({ ac: c.id, status: "empty" as const, heading: c.wording, words: 0, citations: 0 }));
const fresh = emptyReport({
  sections: emptySections,
  problems: [
    ...unit.criteria.map((c) => problem({ code: "ac-empty", ac: c.id, message: "empty" })),
    problem({ code: "guidance-left-in", ac: "1.1", message: "guidance" }),
    problem({ code: "word-count-out-of-range", message: "0 words" }),
    problem({ code: "ac-heading-altered", ac: "1.2", message: "altered" }),
  ],
});

describe("a draft not started yet", () => {
  it("is a template with every side-heading and nothing written", () => {
    expect(isNotStarted(fresh)).toBe(true);
    expect(summarise(fresh).notStarted).toBe(true);
  });

  it("shows only the problems that are real already, not the ones that mean 'not written yet'", () => {
    expect(reportToShow(fresh).problems.map((p) => p.code)).toEqual(["ac-heading-altered"]);
  });

  it("ends with the first words written, or the first citation", () => {
    const written = { ...fresh, wordCount: 12, sections: [{ ...emptySections[0]!, status: "ok" as const, words: 12 }, ...emptySections.slice(1)] };
    expect(isNotStarted(written)).toBe(false);
    expect(reportToShow(written)).toBe(written);
    expect(isNotStarted({ ...fresh, citations: [{ text: "(Starr, 2016)", authors: ["Starr"], year: "2016", ac: "1.1", matched: false }] })).toBe(false);
  });

  it("is not a document with no side-headings at all", () => {
    expect(isNotStarted(emptyReport({ sections: unit.criteria.map((c) => ({ ac: c.id, status: "missing" as const, heading: "", words: 0, citations: 0 })) }))).toBe(false);
  });
});

import { problem } from "../../helpers/problem";
import { describeWords, describeWordStatus, summarise, wordStatus } from "../../../src/taskpane/model/summary";
import { emptyReport } from "../report";

const report = emptyReport;

describe("summarise", () => {
  it("counts answered ACs: present with words, heading changed or not; missing and empty ones are not answered", () => {
    const s = summarise(
      report({
        sections: [
          { ac: "1.1", status: "ok", heading: "1.1 Define", words: 300, citations: 2 },
          { ac: "1.2", status: "altered", heading: "1.2 Evaluate (changed)", words: 120, citations: 0 },
          { ac: "1.3", status: "empty", heading: "1.3 Present", words: 0, citations: 0 },
          { ac: "1.4", status: "missing", heading: "", words: 0, citations: 0 },
          { ac: "1.5", status: "ok", heading: "1.5 Identify", words: 0, citations: 0 },
        ],
      }),
    );
    expect(s.acsAnswered).toBe(2);
    expect(s.acsTotal).toBe(5);
  });

  it("says when there is no draft to judge yet: no unit, or no answer", () => {
    expect(summarise(report({ unit: null, sections: [] })).gate).toBe("no-unit");
    expect(summarise(report({ unit: "8580-500", sections: [{ ac: "1.1", status: "missing", heading: "", words: 0, citations: 0 }] })).gate).toBe("no-answer");
    expect(summarise(report({ unit: "8580-500", sections: [{ ac: "1.1", status: "ok", heading: "1.1 Define", words: 3, citations: 0 }] })).gate).toBeNull();
  });

  it("counts problems by severity", () => {
    const s = summarise(
      report({
        problems: [
          problem({ code: "ac-missing", severity: "error", message: "x" }),
          problem({ code: "ac-missing", severity: "error", message: "y" }),
          problem({ code: "guidance-left-in", severity: "warning", message: "z" }),
          problem({ code: "citation-style", severity: "info", message: "w" }),
        ],
      }),
    );
    expect(s.problems).toEqual({ error: 2, warning: 1, info: 1 });
  });

  it("measures words against the top of the range, capped at a full bar", () => {
    expect(summarise(report({ wordCount: 2750 })).progress).toBeCloseTo(0.5);
    expect(summarise(report({ wordCount: 9000 })).progress).toBe(1);
    expect(summarise(report({ wordCount: 9000, wordRange: null })).progress).toBe(0);
  });
});

describe("word status", () => {
  it.each([
    [3999, "under"],
    [4000, "in-range"],
    [5500, "in-range"],
    [5501, "over"],
  ] as const)("%i words against 4,000–5,500 is %s", (words, status) => {
    expect(wordStatus(words, [4000, 5500])).toBe(status);
  });

  it("has no status without a range", () => {
    expect(wordStatus(1000, null)).toBe("no-range");
  });

  it("describes the count and the gap in British number format", () => {
    expect(describeWords(3120, [4000, 5500])).toBe("3,120 of 4,000–5,500 words");
    expect(describeWords(3120, null)).toBe("3,120 words");
    expect(describeWordStatus("under", 3120, [4000, 5500])).toBe("880 words short of the suggested range.");
    expect(describeWordStatus("over", 6000, [4000, 5500])).toBe("500 words over the suggested range.");
  });
});

import { compareWording, foldAcWording, wordingSimilarity } from "../../src/core/wording";

const OFFICIAL = "Review the responsibilities of the coach or mentor to manage relationships (including values and power) and remain ethical and nonjudgemental";

describe("compareWording", () => {
  it.each([
    [OFFICIAL],
    [OFFICIAL.toUpperCase()],
    [`${OFFICIAL}.`],
    [`  ${OFFICIAL.replace(/ /g, "   ")}  `],
    [`AC 2.3: ${OFFICIAL}`],
  ])("exact: %j", (learner) => {
    expect(compareWording(learner, OFFICIAL)).toEqual({ exact: true });
  });

  it("folds curly quotes and dashes", () => {
    expect(compareWording("Explore the coach’s role – “fully”", "Explore the coach's role - \"fully\"").exact).toBe(true);
  });

  it("names missing words", () => {
    const r = compareWording("Review the responsibilities of the coach or mentor", OFFICIAL);
    expect(r.exact).toBe(false);
    expect(r.difference).toMatch(/^words missing: “to manage relationships/);
  });

  it("names added and changed words", () => {
    const r = compareWording("Review the many responsibilities of the coach", "Review the responsibilities of the coach");
    expect(r).toEqual({ exact: false, difference: "words added: “many”" });
    const c = compareWording("Define what coaching is", "Explain what coaching is");
    expect(c.difference).toBe("words missing: “explain”; words added: “define”");
  });

  it("keeps long differences short", () => {
    const r = compareWording("Something else", OFFICIAL);
    expect(r.difference!.split(" ").length).toBeLessThan(25);
    expect(r.difference).toContain("…");
  });

  it("does not fold a changed hyphen or spelling", () => {
    expect(compareWording(OFFICIAL.replace("nonjudgemental", "non-judgemental"), OFFICIAL).exact).toBe(false);
  });

  it("handles a heading-styled essay paragraph without a quadratic table", () => {
    const long = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(" ");
    const r = compareWording(long, OFFICIAL);
    expect(r.exact).toBe(false);
  });
});

describe("foldAcWording", () => {
  it("drops the number and AC prefix", () => {
    expect(foldAcWording("AC1.1: Define  Coaching.")).toBe("define coaching");
  });
});

describe("wordingSimilarity", () => {
  it("is 1 for the same words, 0 for none shared, between otherwise", () => {
    expect(wordingSimilarity(OFFICIAL, OFFICIAL)).toBe(1);
    expect(wordingSimilarity("alpha beta", "gamma delta")).toBe(0);
    const s = wordingSimilarity("Review the responsibilities of the coach", OFFICIAL);
    expect(s).toBeGreaterThan(0.3);
    expect(s).toBeLessThan(1);
  });
});

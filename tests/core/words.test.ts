import { countWords, splitWords } from "../../src/core/words";

describe("countWords", () => {
  it.each([
    ["", 0],
    ["   \t\n ", 0],
    ["one", 1],
    ["two words", 2],
    ["  leading and trailing  ", 3],
    ["(Starr, 2016) argues", 3],
    ["don't e-learning 3rd", 3],
    ["coaching — mentoring", 2],
    ["• – & / ... ?", 0],
    ["a\u00a0b\u2009c\u3000d", 4],
    ["line\nbreak\ttab", 3],
    ["Schön café naïve", 3],
    ["日本語 テキスト", 2],
    ["🙂 smile", 1],
    ["𝐁𝐨𝐥𝐝", 1],
    ["1.1", 1],
    ["50%", 1],
  ])("%j has %i words", (text, n) => {
    expect(countWords(text)).toBe(n);
  });

  it("agrees with splitWords", () => {
    const text = "The OSCAR model — (Gilbert & Whittleworth, 2009) — builds on GROW: 5 stages.";
    expect(splitWords(text)).toEqual(["The", "OSCAR", "model", "(Gilbert", "Whittleworth,", "2009)", "builds", "on", "GROW:", "5", "stages."]);
    expect(countWords(text)).toBe(splitWords(text).length);
  });
});

import { foldForWordingMatch as foldWording } from "../../../src/shared/text/fold";

describe("foldForWordingMatch", () => {
  const same: Array<[string, string, string]> = [
    ["case", "Define What Coaching IS", "define what coaching is"],
    ["runs of white space, tabs and line breaks", "Define  what\tcoaching\n is", "define what coaching is"],
    ["leading and trailing white space", "  Define what coaching is  ", "define what coaching is"],
    ["non-breaking and narrow spaces", "Define\u00A0what\u202Fcoaching is", "define what coaching is"],
    ["curly single quotes", "the coachee\u2019s \u2018issues\u2019", "the coachee's 'issues'"],
    ["curly double quotes", "\u201Celements of good practice\u201D", '"elements of good practice"'],
    ["en dash", "coaching \u2013 mentoring", "coaching - mentoring"],
    ["em dash", "coaching\u2014mentoring", "coaching-mentoring"],
    ["non-breaking hyphen", "non\u2011judgemental", "non-judgemental"],
    ["minus sign", "two\u2212way", "two-way"],
    ["a trailing full stop", "Evaluate the application of coaching.", "evaluate the application of coaching"],
    ["trailing punctuation runs", "Evaluate the application of coaching ;:. ", "evaluate the application of coaching"],
    ["a trailing ellipsis", "Evaluate the application\u2026", "evaluate the application"],
    ["a leading AC and space", "AC 1.1 Define coaching", "1.1 define coaching"],
    ["a leading AC with no space", "AC1.1: Define coaching", "1.1: define coaching"],
    ["a leading AC with a colon", "AC: Define coaching", "define coaching"],
    ["lower-case ac prefix", "ac 2.2 Analyse", "2.2 analyse"],
    ["zero-width space and soft hyphen", "Def\u200Bine coach\u00ADing", "define coaching"],
    ["decomposed accents", "Scho\u0308n", "sch\u00F6n"],
  ];
  it.each(same)("folds %s", (_what, input, expected) => {
    expect(foldWording(input)).toBe(expected);
  });

  const kept: Array<[string, string, string]> = [
    ["a changed word", "Define what coaching is", "Define what mentoring is"],
    ["a missing word", "Define what coaching and mentoring is", "Define what coaching mentoring is"],
    ["a hyphen inside a word", "ethical and nonjudgemental", "ethical and non-judgemental"],
    ["spelling", "focussing particularly", "focusing particularly"],
    ["and/or", "a coach and/or mentor", "a coach and mentor"],
    ["brackets", "practice (including evidence of supervision)", "practice including evidence of supervision"],
    ["inner punctuation", "skills, behaviours and knowledge", "skills behaviours and knowledge"],
  ];
  it.each(kept)("keeps %s", (_what, a, b) => {
    expect(foldWording(a)).not.toBe(foldWording(b));
  });

  it("does not take 'Ac' off a word that starts with it", () => {
    expect(foldWording("Accurate descriptions")).toBe("accurate descriptions");
    expect(foldWording("Action learning")).toBe("action learning");
  });

  it("is idempotent", () => {
    const s = "AC 1.1: Define \u2018what\u2019 coaching\u2014and mentoring is.";
    expect(foldWording(foldWording(s))).toBe(foldWording(s));
  });
});

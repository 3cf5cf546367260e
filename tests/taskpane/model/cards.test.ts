import { problem } from "../../helpers/problem";
import type { Problem } from "../../../src/check/rules";
import { emptyReport } from "../report";
import { getUnit } from "../../../src/units/catalogue";
import { badgeFor, buildCards, draftWideProblems, sourceLabel } from "../../../src/taskpane/model/cards";

const unit = getUnit("8580-500")!;

const report = emptyReport;

describe("buildCards", () => {
  it("gives one card per AC of the unit, in the unit's order, with its exact wording and pass descriptors", () => {
    const cards = buildCards(unit, report({}));
    expect(cards.map((c) => c.ac)).toEqual(unit.criteria.map((c) => c.id));
    expect(cards[0].wording).toBe(unit.criteria[0].wording);
    expect(cards[0].descriptors).toEqual(unit.criteria[0].passDescriptors);
  });

  it("treats an AC the report does not mention as missing", () => {
    const cards = buildCards(unit, report({ sections: [{ ac: "1.1", status: "ok", heading: "h", words: 10, citations: 0 }] }));
    expect(cards.find((c) => c.ac === "1.1")!.badge.label).toBe("Answered");
    expect(cards.find((c) => c.ac === "1.2")!.status).toBe("missing");
    expect(cards.find((c) => c.ac === "1.2")!.badge).toEqual({ label: "Missing", colour: "danger" });
  });

  it("puts each problem on its AC's card, errors first, and selects the side-heading on click", () => {
    const problems: Problem[] = [
      problem({ code: "guidance-left-in", severity: "warning", ac: "1.2", message: "Guidance left in", paragraph: 14 }),
      problem({ code: "section-needs-reference", severity: "error", ac: "1.2", message: "Needs a source" }),
      problem({ code: "word-count-out-of-range", severity: "warning", message: "Too short" }),
    ];
    const cards = buildCards(
      unit,
      report({ sections: [{ ac: "1.2", status: "ok", heading: "1.2 …", words: 80, citations: 1, sources: ["hawkins 2012"], paragraphs: [12, 16] }], problems }),
    );
    const c12 = cards.find((c) => c.ac === "1.2")!;
    expect(c12.problems.map((p) => p.code)).toEqual(["section-needs-reference", "guidance-left-in"]);
    expect(c12.badge.label).toBe("Needs work");
    expect(c12.paragraph).toBe(12);
    expect(c12.sources).toEqual(["Hawkins (2012)"]);
    expect(draftWideProblems(unit, report({ problems })).map((p) => p.code)).toEqual(["word-count-out-of-range"]);
  });

  it("explains each command verb from the glossary, whatever its case", () => {
    const cards = buildCards(unit, report({}), { define: "Say precisely what something means.", Explain: "Make clear how or why." });
    expect(cards[0].verbs).toEqual([
      { verb: "Define", meaning: "Say precisely what something means." },
      { verb: "Explain", meaning: "Make clear how or why." },
    ]);
  });
});

describe("sourceLabel", () => {
  it.each([
    ["starr 2016", "Starr (2016)"],
    ["whitmore 2009a", "Whitmore (2009a)"],
    ["gilbert-smith 2010", "Gilbert-Smith (2010)"],
    ["international coaching federation no date", "International Coaching Federation (no date)"],
    ["cipd", "cipd"],
  ])("%s reads as %s", (key, label) => {
    expect(sourceLabel(key)).toBe(label);
  });
});

describe("badgeFor", () => {
  it.each([
    ["missing", 0, [], "Missing"],
    ["empty", 0, [], "Not answered"],
    ["ok", 0, [], "Not answered"],
    ["altered", 200, [], "Heading changed"],
    ["ok", 200, [{ severity: "warning" }], "Review"],
    ["ok", 200, [{ severity: "info" }], "Answered"],
  ] as const)("%s with %i words and %j is %s", (status, words, problems, label) => {
    expect(badgeFor({ status, words }, problems as unknown as Problem[]).label).toBe(label);
  });
});

describe("a draft not started yet", () => {
  const fresh = (partial = {}) =>
    report({
      sections: unit.criteria.map((c) => ({ ac: c.id, status: "empty" as const, heading: c.wording, words: 0, citations: 0 })),
      problems: [problem({ code: "ac-empty", ac: "1.1", message: "x" })],
      ...partial,
    });

  it("shows empty sections as a neutral Not started, not a red Not answered", () => {
    const cards = buildCards(unit, fresh());
    expect(new Set(cards.map((c) => JSON.stringify(c.badge)))).toEqual(new Set([JSON.stringify({ label: "Not started", colour: "informative" })]));
  });

  it("is red again once anything is written", () => {
    const started = fresh({ wordCount: 40, sections: [{ ac: "1.1", status: "ok", heading: "h", words: 40, citations: 0 }, { ac: "1.2", status: "empty", heading: "h", words: 0, citations: 0 }] });
    expect(buildCards(unit, started).find((c) => c.ac === "1.2")!.badge).toEqual({ label: "Not answered", colour: "danger" });
  });
});

describe("sources an AC needs", () => {
  const c14 = unit.criteria.find((c) => c.sources)!;
  const cardWith = (words: number, problems: Problem[]) =>
    buildCards(unit, report({ wordCount: words, sections: [{ ac: c14.id, status: "ok", heading: "h", words, citations: 2 }], problems })).find((c) => c.ac === c14.id)!;

  it("are met once the answer cites enough (no shortfall reported)", () => {
    expect(cardWith(300, []).sourcesNeeded).toEqual({ min: c14.sources!.min, reason: c14.sources!.reason, met: true });
  });

  it("are not met while the check reports a shortfall, or before the answer is written", () => {
    expect(cardWith(300, [problem({ code: "section-needs-reference", ac: c14.id, message: "x" })]).sourcesNeeded!.met).toBe(false);
    expect(cardWith(0, []).sourcesNeeded!.met).toBe(false);
  });
});

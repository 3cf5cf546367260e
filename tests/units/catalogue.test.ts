/**
 * The catalogue's content, as the team brief specifies it: which units, how many ACs, in what
 * order, word ranges, marks, and which ACs ask for sources.
 */
import { COMMAND_VERBS, UNITS, VERB_GLOSSARY, explainVerb, getUnit, listUnits } from "../../src/units/catalogue";

const EXPECTED_ACS: Record<string, string[]> = {
  "8580-500": ["1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2"],
  "8580-500-2017": ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2"],
  "8580-501": ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3"],
  "8580-502": ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "4.1", "4.2", "4.3"],
  "8580-503": ["1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3"],
  "8581-700": ["1.1", "1.2", "1.3", "1.4", "2.1", "3.1", "3.2", "4.1", "4.2"],
};

describe("the unit catalogue", () => {
  it("holds the six units, in order", () => {
    expect(UNITS.map((u) => u.id)).toEqual(Object.keys(EXPECTED_ACS));
  });

  it.each(Object.entries(EXPECTED_ACS))("%s has its ACs, in order", (id, acs) => {
    expect(getUnit(id)!.criteria.map((c) => c.id)).toEqual(acs);
  });

  it.each(UNITS.map((u) => [u.id, u] as const))("%s: each AC's outcome exists and matches its number", (_id, u) => {
    const outcomes = new Set(u.outcomes.map((o) => o.id));
    for (const c of u.criteria) {
      expect(outcomes.has(c.outcome)).toBe(true);
      expect(c.id.split(".")[0]).toBe(c.outcome);
    }
  });

  it("word ranges: 8580-500 4,000–5,500, 8581-700 4,000–5,000, none given for the others", () => {
    const ranges = Object.fromEntries(UNITS.map((u) => [u.id, u.wordRange]));
    expect(ranges).toEqual({
      "8580-500": [4000, 5500],
      "8580-500-2017": null,
      "8580-501": null,
      "8580-502": null,
      "8580-503": null,
      "8581-700": [4000, 5000],
    });
  });

  it("8581-700 carries the seed's marks per AC (100 in all) and its pass rule", () => {
    const u = getUnit("8581-700")!;
    expect(Object.fromEntries(u.criteria.map((c) => [c.id, c.marks]))).toEqual({
      "1.1": 12, "1.2": 8, "1.3": 8, "1.4": 8, "2.1": 16, "3.1": 16, "3.2": 16, "4.1": 8, "4.2": 8,
    });
    expect(u.criteria.reduce((n, c) => n + (c.marks ?? 0), 0)).toBe(100);
    expect(u.passRule).toBe("A minimum of 50% for each section");
    expect(u.level).toBe(7);
  });

  it("no Level 5 unit has marks (the seeds give none)", () => {
    for (const u of UNITS.filter((x) => x.level === 5)) {
      expect(u.criteria.filter((c) => c.marks !== undefined).map((c) => c.id)).toEqual([]);
    }
  });

  it("only 8580-502 is marked as wording to be confirmed", () => {
    expect(UNITS.filter((u) => u.wordingStatus === "to-be-confirmed").map((u) => u.id)).toEqual(["8580-502"]);
  });

  it("8580-500 asks for an introduction and has a brief for every AC; the others ask for none", () => {
    const u = getUnit("8580-500")!;
    expect(u.introduction?.prompt).toMatch(/^As an introduction to the report/);
    expect(u.criteria.every((c) => c.brief && c.passDescriptors.length > 0 && c.indicativeContent.length > 0)).toBe(true);
    expect(UNITS.filter((x) => x.introduction).map((x) => x.id)).toEqual(["8580-500"]);
  });

  it("the 2017-era units keep the seed's starting points for every AC", () => {
    for (const id of ["8580-500-2017", "8580-501", "8580-503", "8581-700"]) {
      for (const c of getUnit(id)!.criteria) expect(c.indicativeContent.length).toBeGreaterThan(0);
    }
  });

  // The source requirements are judgements from the seeds' wording (see the comments in each
  // unit file). This table pins them so a change is deliberate.
  it("asks for sources exactly where the seeds' wording calls for them", () => {
    const required = Object.fromEntries(
      UNITS.map((u) => [u.id, Object.fromEntries(u.criteria.filter((c) => c.sources).map((c) => [c.id, `${c.sources!.min}${c.sources!.kind === "code-of-practice" ? " code-of-practice" : ""}`]))]),
    );
    expect(required).toEqual({
      "8580-500": { "1.1": "1", "1.2": "1", "2.1": "3", "2.3": "1", "2.4": "1", "3.1": "1 code-of-practice" },
      "8580-500-2017": { "2.1": "3", "2.3": "1", "3.1": "1", "4.1": "1" },
      "8580-501": { "2.2": "1" },
      "8580-502": {},
      "8580-503": { "2.1": "1" },
      "8581-700": { "1.1": "1", "1.2": "2", "3.1": "2", "4.1": "2" },
    });
    for (const u of UNITS) for (const c of u.criteria) if (c.sources) expect(c.sources.reason).toMatch(/^[A-Z].+\.$/);
  });

  it("getUnit finds units by id and returns undefined for others", () => {
    expect(getUnit("8580-501")?.title).toBe("Undertaking management coaching or mentoring in the workplace");
    expect(getUnit(" 8581-700 ")?.level).toBe(7);
    expect(getUnit("8580-504")).toBeUndefined();
    expect(getUnit("")).toBeUndefined();
  });

  it("listUnits gives the picker what it needs, for every unit", () => {
    const list = listUnits();
    expect(list.map((u) => u.id)).toEqual(UNITS.map((u) => u.id));
    expect(list.find((u) => u.id === "8580-500-2017")).toEqual({
      id: "8580-500-2017",
      title: "Understanding the skills, principles and practice of effective management coaching and mentoring",
      level: 5,
      unitNumber: "8580-500",
      markSheet: "2017 mark sheet (ACs 1.1–1.3, 2.1–2.3, 3.1–3.4, 4.1–4.2)",
      wordingStatus: "confirmed",
    });
  });
});

describe("the command-verb glossary", () => {
  it("explains every verb the catalogue uses", () => {
    const used = new Set(UNITS.flatMap((u) => u.criteria.flatMap((c) => c.verbs)));
    for (const v of used) expect(COMMAND_VERBS[v]).toBeTruthy();
  });

  it("says which explanations come from the seeds", () => {
    const fromSeed = Object.entries(VERB_GLOSSARY).filter(([, e]) => e.fromSeed).map(([v]) => v).sort();
    expect(fromSeed).toEqual([
      "Analyse", "Assess", "Critically assess", "Critically evaluate", "Critically explore", "Critically review",
      "Critique", "Discuss", "Evaluate", "Explain", "Holistically explore", "Justify", "Present the case", "Reflect", "Review",
    ]);
    for (const e of Object.values(VERB_GLOSSARY)) expect(e.fromSeed ? e.seed : "none").toMatch(/^(001|002|none)$/);
    expect(VERB_GLOSSARY.Define.fromSeed).toBe(false);
  });

  it("explainVerb ignores case, spacing and -ize/-ise, and knows what it does not know", () => {
    expect(explainVerb("critically  REVIEW")).toBe(COMMAND_VERBS["Critically review"]);
    expect(explainVerb("Summarize")).toBe(COMMAND_VERBS.Summarise);
    expect(explainVerb("Analyse")).toMatch(/^Examine something in detail/);
    expect(explainVerb("Ponder")).toBeUndefined();
  });
});

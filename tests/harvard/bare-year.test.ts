/**
 * A Title Case phrase before a bracketed year with no author read ("the EMCC Global Code of
 * Ethics (2021)") is matched to a corporate (or personal) author in the reference list when one
 * of that year is there, and is never an error when none is ("Maslow's Hierarchy of Needs (1943)").
 */
import { findBareYears } from "../../src/harvard/intext-bare-year";
import { scanCitations } from "../../src/harvard/intext";
import { SOURCED, acEssay, codes, essay, run } from "./helpers";

const EMCC = "EMCC Global (2021) Global code of ethics for coaches, mentors and supervisors. Available at: https://www.emccglobal.org (Accessed: 12 March 2024).";
const ICF = "International Coaching Federation (2020) ICF code of ethics. Available at: https://coachingfederation.org/ethics (Accessed: 12 March 2024).";
const MASLOW = "Maslow, A.H. (1943) 'A theory of human motivation', Psychological Review, 50(4), pp. 370–396.";
const STARR = "Starr, J. (2016) The coaching manual. 4th edn. Harlow: Pearson.";

describe("a Title Case phrase and a year, matched to the reference list", () => {
  it.each([
    ["the organisation and the title", "We follow the EMCC Global Code of Ethics (2021) in every session.", EMCC, "EMCC Global"],
    ["the organisation's name it goes by", "We follow the EMCC Code of Ethics (2021) in every session.", EMCC, "EMCC Global"],
    ["the title alone", "We follow the Global Code of Ethics (2021) in every session.", EMCC, "EMCC Global"],
    ["an acronym of the organisation", "The ICF Code of Ethics (2020) asks for confidentiality.", ICF, "International Coaching Federation"],
    ["a possessive surname", "Maslow's Hierarchy of Needs (1943) explains motivation.", MASLOW, "Maslow"],
    ["an organisation's survey", "A recent EMCC report (2021) found the same.", EMCC, "EMCC Global"],
  ])("%s", (_name, sentence, entry, author) => {
    const report = run(essay([sentence], [entry, STARR]));
    const matched = report.citations.filter((c) => c.matched);
    expect(matched).toHaveLength(1);
    expect(matched[0]).toMatchObject({ authors: [author], narrative: true, paragraph: 1 });
    // the entry counts as cited: only Starr, cited nowhere, is reported
    expect(report.problems.filter((p) => p.code === "reference-uncited").map((p) => p.reference?.authors[0])).toEqual(["Starr"]);
    expect(codes(report, "citation")).toEqual([]);
  });

  it.each([
    ["no entry of that name", "Maslow's Hierarchy of Needs (1943) explains motivation.", [STARR]],
    ["an entry of another year", "We follow the EMCC Global Code of Ethics (2019) in every session.", [EMCC, STARR]],
    ["a phrase that names no entry", "The Five Factor Model (1992) is widely used.", [EMCC, STARR]],
  ])("is left alone with %s: no citation, no error, no note", (_name, sentence, list) => {
    const report = run(essay([sentence], list));
    expect(report.citations).toEqual([]);
    expect(codes(report, "citation")).toEqual([]);
  });

  it("lets a code of practice named this way count for an AC that asks for one", () => {
    const answer = ["In every session I follow the EMCC Global Code of Ethics (2021), which sets out how I keep the coachee's trust."];
    const named = run(acEssay({ "2.1": answer }, [EMCC]), SOURCED);
    expect(named.problems.filter((p) => p.code === "section-needs-reference" && p.ac === "2.1")).toEqual([]);
    expect(named.sections.find((s) => s.ac === "2.1")?.citations).toBe(1);
    const unnamed = run(acEssay({ "2.1": ["In every session I follow a code of ethics, which sets out how I keep the coachee's trust."] }, [EMCC]), SOURCED);
    expect(unnamed.problems.filter((p) => p.code === "section-needs-reference" && p.ac === "2.1")).toHaveLength(1);
  });

  it("with a letter after the year, matches only the entry with that letter", () => {
    const a = "EMCC Global (2021a) Competence framework. Available at: https://www.emccglobal.org (Accessed: 12 March 2024).";
    const b = EMCC.replace("(2021)", "(2021b)");
    const report = run(essay(["We follow the EMCC Global Code of Ethics (2021b) in every session."], [a, b]));
    expect(report.citations.filter((c) => c.matched).map((c) => c.year)).toEqual(["2021b"]);
    // the 2021a entry is the one left uncited
    expect(report.problems.filter((p) => p.code === "reference-uncited").map((p) => p.paragraph)).toHaveLength(1);
    expect(report.problems.filter((p) => p.code === "reference-uncited").map((p) => p.message).join(" ")).toContain("2021a");
  });

  it("keeps the citations in document order", () => {
    const report = run(essay(["Starr (2016) sets out the models. We follow the EMCC Global Code of Ethics (2021). Later (Starr, 2016, p. 4)."], [EMCC, STARR]));
    expect(report.citations.map((c) => c.authors[0])).toEqual(["Starr", "EMCC Global", "Starr"]);
  });
});

describe("findBareYears", () => {
  const bare = (text: string) => findBareYears(text, scanCitations(text));
  it("reads the phrase or the work noun before a bracketed year that no citation was read from", () => {
    expect(bare("We follow the EMCC Global Code of Ethics (2021) here.")).toMatchObject([
      { text: "EMCC Global Code of Ethics (2021)", phrase: ["EMCC", "Global", "Code", "of", "Ethics"], workNoun: null, year: { text: "2021" } },
    ]);
    expect(bare("Maslow's Hierarchy of Needs (1943) explains it.")).toMatchObject([{ phrase: ["Maslow", "Hierarchy", "of", "Needs"] }]);
    expect(bare("The review (2019) was late.")).toMatchObject([{ text: "The review (2019)", phrase: [], workNoun: "review" }]);
    expect(bare("A recent CIPD survey (2023) found it.")).toMatchObject([{ text: "CIPD survey (2023)", phrase: ["CIPD"], workNoun: null }]);
  });
  it("skips brackets a citation was read from, and paragraphs with no bracketed year", () => {
    expect(bare("Starr (2016) and the review (Starr, 2016) agree.")).toEqual([]);
    expect(bare("Nothing here (none) at all, 2019.")).toEqual([]);
  });
});

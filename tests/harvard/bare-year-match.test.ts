/**
 * matchBareYear (src/harvard/bare-year-match.ts) on its own: which entries a Title Case phrase
 * before a bare year names, by its first author's names or by the start of its title, and which it
 * must not. tests/harvard/bare-year.test.ts checks the same through the whole check.
 */
import { matchBareYear, phraseCitation } from "../../src/harvard/bare-year-match";
import { findBareYears } from "../../src/harvard/intext-bare-year";
import { scanCitations } from "../../src/harvard/intext";
import { ReferenceIndex } from "../../src/harvard/match";
import { parseReference } from "../../src/harvard/reference-parse";

const DFE = "Department for Education (2019) Keeping children safe in education. London: DfE.";
const EMCC_A = "EMCC Global (2021a) Competence framework. Available at: https://www.emccglobal.org (Accessed: 12 March 2024).";
const EMCC_B = "EMCC Global (2021b) Global code of ethics. Available at: https://www.emccglobal.org (Accessed: 12 March 2024).";
const STARR = "Starr, J. (2016) The coaching manual. 4th edn. Harlow: Pearson.";
const LEAD_WELL = "Smith, J. (2016) Lead well: a guide. London: Kogan Page.";
const LEAD_NOW = "Smith, J. (2016) Lead now and then. London: Kogan Page.";
const COACHING = "Jones, K. (2016) Coaching at work. London: Kogan Page.";
const UNDATED = "EMCC Global (n.d.) Global code of ethics. Available at: https://www.emccglobal.org (Accessed: 12 March 2024).";
const NO_YEAR = "EMCC Global. Global code of ethics. Available at: https://www.emccglobal.org (Accessed: 12 March 2024).";
const NO_AUTHOR = "(2019) Keeping children safe in education. London: HMSO.";

/** The entries the first bare year in `sentence` names, by their place in `list`. */
function named(sentence: string, list: string[]): number[] {
  const [bare] = findBareYears(sentence, scanCitations(sentence));
  if (!bare) throw new Error(`no bare year read in: ${sentence}`);
  return matchBareYear(bare, new ReferenceIndex(list.map((text, i) => parseReference(text, "references", i))));
}

describe("matchBareYear", () => {
  it.each([
    ["the start of its title alone (no author named)", "We follow the Keeping Children Safe in Education (2019) guidance.", [STARR, DFE], [1]],
    ["the start of its title, from a later capitalised word", "The statutory Keeping Children Safe in Education (2019) guidance applies.", [DFE], [0]],
    ["the start of its title, after an abbreviation the entry does not give", "We follow the DfE Keeping Children Safe guidance (2019) here.", [STARR, DFE], [1]],
    ["its first author, an organisation", "We follow the EMCC Global Code of Ethics (2021b) here.", [EMCC_A, EMCC_B], [1]],
    ["the start of its title, eight letters long", "The Lead Well report (2016) says so.", [LEAD_WELL], [0]],
    ["both entries of the year when the phrase gives no letter", "We follow the EMCC Global Code of Ethics (2021) here.", [EMCC_A, STARR, EMCC_B], [0, 2]],
  ])("names an entry by %s", (_how, sentence, list, expected) => {
    expect(named(sentence, list)).toEqual(expected);
  });

  it.each([
    ["a title that starts the same but in another year", "We follow the Keeping Children Safe in Education (2020) guidance.", [DFE]],
    ["a letter the entry does not have", "We follow the EMCC Global Code of Ethics (2021c) here.", [EMCC_A, EMCC_B]],
    ["an undated entry", "We follow the EMCC Global Code of Ethics (2021) here.", [UNDATED]],
    ["an entry with no year at all", "We follow the EMCC Global Code of Ethics (2021) here.", [NO_YEAR]],
    ["an entry with no author", "We follow the Keeping Children Safe in Education (2019) guidance.", [NO_AUTHOR]],
    ["a title matched by one capitalised word only", "Our Coaching report (2016) says so.", [COACHING]],
    ["a title matched by fewer than eight letters", "The Lead Now report (2016) says so.", [LEAD_NOW]],
  ])("names nothing with %s", (_how, sentence, list) => {
    expect(named(sentence, list)).toEqual([]);
  });

  it("names nothing for a work noun with no capitalised phrase", () => {
    const [bare] = findBareYears("The review (2016) was late.", scanCitations("The review (2016) was late."));
    expect(bare!.phrase).toEqual([]);
    expect(matchBareYear(bare!, new ReferenceIndex([parseReference(STARR, "references", 0)]))).toEqual([]);
  });

  it("stands for the entry itself: its own names, read as a narrative citation of the work and not a 'cited in'", () => {
    const sentence = "The Lead Well report (2016) says so.";
    const [bare] = findBareYears(sentence, scanCitations(sentence));
    const index = new ReferenceIndex([STARR, LEAD_WELL].map((text, i) => parseReference(text, "references", i)));
    expect(phraseCitation(bare!, [1], index, 3, "1.2")).toStrictEqual({
      citation: {
        text: "Lead Well report (2016)",
        authors: ["Smith"],
        etAl: false,
        corporate: false,
        aliases: [],
        alternatives: [],
        year: { text: "2016", base: "2016", suffix: "" },
        narrative: true,
        secondary: false,
        slips: [],
        paragraph: 3,
        ac: "1.2",
        offset: bare!.offset,
      },
      match: { refs: [1], warnings: [], notes: [], authors: ["Smith"] },
    });
  });
});

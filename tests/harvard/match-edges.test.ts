/**
 * The matcher's edges (src/harvard/match.ts): which of several entries with the same first
 * author and year a citation means, the warnings and notes it comes with, near spellings, the
 * keys an organisation is found under, and what is said when nothing matches. Each case states
 * the whole outcome, so a change in the weighing of letters, author counts, co-authors, initials
 * or list shows up as a different entry or warning.
 */
import { ReferenceIndex, keysOf, matchCitation, workKey, type CitationMatch, type Unmatched } from "../../src/harvard/match";
import { parseReference } from "../../src/harvard/reference-parse";
import { scanCitations } from "../../src/harvard/intext";

/** What the one citation in `text` matches among `references` (then `bibliography`), indices in that order. */
function matchOf(text: string, references: readonly string[], bibliography: readonly string[] = []): CitationMatch | Unmatched {
  const refs = [
    ...references.map((line, i) => parseReference(line, "references", i)),
    ...bibliography.map((line, i) => parseReference(line, "bibliography", references.length + i)),
  ];
  const found = scanCitations(text);
  if (found.length !== 1) throw new Error(`expected one citation in: ${text}`);
  return matchCitation({ ...found[0], paragraph: 0, ac: null }, new ReferenceIndex(refs));
}

const matched = (refs: number[], authors: string[], warnings: CitationMatch["warnings"] = [], notes: CitationMatch["notes"] = []): CitationMatch => ({ refs, warnings, notes, authors });

const WHITMORE = "Whitmore, J. (2009) Coaching for performance. London: Nicholas Brealey.";
const WHITMORE_A = "Whitmore, J. (2009a) Coaching for performance. London: Nicholas Brealey.";
const WHITMORE_B = "Whitmore, J. (2009b) Coaching for performance: growing people. London: Nicholas Brealey.";
const SMITH = "Smith, A. (2020) One view. London: Sage.";
const SMITH_JONES = "Smith, A. and Jones, B. (2020) Two views. London: Sage.";
const SMITH_BROWN = "Smith, A. and Brown, C. (2020) Two other views. London: Sage.";
const SMITH_ET_AL = "Smith, A. et al. (2020) Many views. London: Sage.";

interface EdgeCase {
  name: string;
  text: string;
  list: string[];
  bibliography?: string[];
  expected: CitationMatch | Unmatched;
}

const YEAR_LETTERS: EdgeCase[] = [
  { name: "no letter: the entry without a letter, not the lettered one", text: "It works (Whitmore, 2009).", list: [WHITMORE, WHITMORE_A], expected: matched([0], ["Whitmore"]) },
  { name: "a letter: the entry with that letter, not the one without", text: "It works (Whitmore, 2009b).", list: [WHITMORE, WHITMORE_B], expected: matched([1], ["Whitmore"]) },
  {
    name: "letter left out: all three authors named outweigh a one-author entry without a letter",
    text: "It works (Smith, Jones and Brown, 2009).",
    list: ["Smith, A. (2009) One view. London: Sage.", "Smith, A., Jones, B. and Brown, C. (2009a) A shared view. London: Sage."],
    expected: matched([1], ["Smith", "Jones", "Brown"], [{ kind: "suffix-missing", options: ["2009a"] }]),
  },
  {
    name: "letter left out: both authors named outweigh a one-author entry without a letter",
    text: "It works (Smith and Jones, 2009).",
    list: ["Smith, A. (2009) One view. London: Sage.", "Smith, A. and Jones, B. (2009a) A shared view. London: Sage."],
    expected: matched([1], ["Smith", "Jones"], [{ kind: "suffix-missing", options: ["2009a"] }]),
  },
  {
    name: "letter left out: the letters offered in alphabetical order whatever the list's order",
    text: "It works (Whitmore, 2009).",
    list: [WHITMORE_B, WHITMORE_A],
    expected: matched([0, 1], ["Whitmore"], [{ kind: "suffix-missing", options: ["2009a", "2009b"] }]),
  },
];

const AUTHOR_COUNTS: EdgeCase[] = [
  { name: "et al.: two authors are nearer than one", text: "It works (Smith et al., 2020).", list: [SMITH, SMITH_JONES], expected: matched([1], ["Smith"], [], [{ kind: "et-al-under-four", count: 2 }]) },
  { name: "et al.: an entry ending in et al. is nearer than two authors", text: "It works (Smith et al., 2020).", list: [SMITH_JONES, SMITH_ET_AL], expected: matched([1], ["Smith"]) },
  { name: "et al. for a one-author work: noted with its count", text: "It works (Smith et al., 2020).", list: [SMITH], expected: matched([0], ["Smith"], [], [{ kind: "et-al-under-four", count: 1 }]) },
  { name: "one author cited: the one-author entry, not the et al. one", text: "It works (Smith, 2020).", list: [SMITH, SMITH_ET_AL], expected: matched([0], ["Smith"]) },
  { name: "one author cited: the one-author entry, not the three-author one", text: "It works (Smith, 2020).", list: [SMITH, "Smith, A., Jones, B. and Brown, C. (2020) Three views. London: Sage."], expected: matched([0], ["Smith"]) },
  {
    name: "two authors cited: an et al. entry that may hold the second, not a two-author entry that does not",
    text: "It works (Smith and Jones, 2020).",
    list: [SMITH_BROWN, SMITH_ET_AL],
    expected: matched([1], ["Smith", "Jones"]),
  },
  {
    name: "two authors cited: the two-author entry, not an et al. entry with the same two first",
    text: "It works (Smith and Jones, 2020).",
    list: [SMITH_JONES, "Smith, A., Jones, B. et al. (2020) Many views. London: Sage."],
    expected: matched([0], ["Smith", "Jones"]),
  },
  {
    name: "two authors cited: a three-author entry with the second, not an et al. entry with another",
    text: "It works (Smith and Jones, 2020).",
    list: ["Smith, A., Jones, B. and Green, C. (2020) Three views. London: Sage.", "Smith, A., Brown, C. et al. (2020) Many views. London: Sage."],
    expected: matched([0], ["Smith", "Jones"], [{ kind: "co-authors-omitted", listed: ["Smith", "Jones", "Green"] }]),
  },
  { name: "the second author decides between two two-author entries", text: "It works (Smith and Jones, 2020).", list: [SMITH_BROWN, SMITH_JONES], expected: matched([1], ["Smith", "Jones"]) },
];

const LISTS_AND_INITIALS: EdgeCase[] = [
  { name: "the same work in both lists: the reference list's entry, with no warning", text: "It works (Smith, 2020).", list: [SMITH], bibliography: ["Smith, A. (2020) Another view. London: Sage."], expected: matched([0], ["Smith"]) },
  { name: "an initial that differs rules an entry out before one with no initial", text: "It works (B. Smith, 2020).", list: ["Smith (2020) One view. London: Sage.", "Smith, A. (2020) Another view. London: Sage."], expected: matched([0], ["Smith"]) },
];

const TIES: EdgeCase[] = [
  {
    name: "letter left out between two two-author entries: no co-author list from either",
    text: "It works (Smith, 2009).",
    list: ["Smith, A. and Jones, B. (2009a) One view. London: Sage.", "Smith, A. and Brown, C. (2009b) Another view. London: Sage."],
    expected: matched([0, 1], ["Smith"], [{ kind: "suffix-missing", options: ["2009a", "2009b"] }]),
  },
  {
    name: "letter left out, second author in neither: no co-author named from one of them",
    text: "It works (Smith and Jones, 2009).",
    list: ["Smith, A. and Brown, C. (2009a) One view. London: Sage.", "Smith, A. and Green, D. (2009b) Another view. London: Sage."],
    expected: matched([0, 1], ["Smith", "Jones"], [{ kind: "suffix-missing", options: ["2009a", "2009b"] }]),
  },
  {
    name: "et al. between a three- and a four-author entry: no note about three authors",
    text: "It works (Smith et al., 2009).",
    list: ["Smith, A., Jones, B. and Brown, C. (2009a) One view. London: Sage.", "Smith, A., Jones, B., Brown, C. and Green, D. (2009b) Another view. London: Sage."],
    expected: matched([0, 1], ["Smith"], [{ kind: "suffix-missing", options: ["2009a", "2009b"] }]),
  },
  {
    name: "one work listed with and without its particle: both entries, in list order",
    text: "Skills (van Nieuwerburgh, 2017).",
    list: ["Nieuwerburgh, C. (2017) An introduction to coaching skills. London: Sage.", "van Nieuwerburgh, C. (2017) An introduction to coaching skills. London: Sage."],
    expected: matched([0, 1], ["van Nieuwerburgh"]),
  },
];

const NAMES: EdgeCase[] = [
  { name: "an acronym for an organisation written out in the list", text: "Health (WHO, 2020).", list: ["World Health Organization (2020) World health statistics. Geneva: WHO."], expected: matched([0], ["WHO"]) },
  { name: "an organisation written out for its acronym in the list", text: "Health (World Health Organization, 2020).", list: ["WHO (2020) World health statistics. Geneva: WHO."], expected: matched([0], ["World Health Organization"]) },
  { name: "an abbreviation the citation gives in brackets", text: "Safety (Department for Education (DfE), 2019).", list: ["DfE (2019) Keeping children safe in education. London: DfE."], expected: matched([0], ["Department for Education"]) },
  { name: "an abbreviation the list gives in brackets", text: "Safety (DfE, 2019).", list: ["Department for Education (DfE) (2019) Keeping children safe in education. London: DfE."], expected: matched([0], ["DfE"]) },
  {
    name: "a co-author cited with a particle the list leaves off",
    text: "Coaching (Passmore and Van Nieuwerburgh, 2017).",
    list: ["Passmore, J. and Nieuwerburgh, C. (2017) Coaching psychology. London: Sage."],
    expected: matched([0], ["Passmore", "Van Nieuwerburgh"]),
  },
];

const SPELLINGS: EdgeCase[] = [
  { name: "a four-letter name one letter out", text: "Cycle (Kolp, 1984).", list: ["Kolb, D.A. (1984) Experiential learning. Englewood Cliffs: Prentice Hall."], expected: matched([0], ["Kolp"], [{ kind: "spelling", cited: "Kolp", listed: "Kolb" }]) },
  { name: "an eight-letter name two letters out", text: "It works (Whitemor, 2009).", list: [WHITMORE], expected: matched([0], ["Whitemor"], [{ kind: "spelling", cited: "Whitemor", listed: "Whitmore" }]) },
  { name: "a seven-letter name two letters out is not guessed", text: "It works (Whitmer, 2009).", list: [WHITMORE], expected: {} },
  { name: "a three-letter name is too short to guess", text: "Cycle (Lee, 1984).", list: ["Leek, D.A. (1984) Experiential learning. Englewood Cliffs: Prentice Hall."], expected: {} },
  { name: "a three-letter name in the list is too short to guess", text: "Cycle (Leek, 1984).", list: ["Lee, D.A. (1984) Experiential learning. Englewood Cliffs: Prentice Hall."], expected: {} },
  {
    name: "an entry with no author does not stop the search",
    text: "It works (Whitmor, 2009).",
    list: ["(2009) Anonymous report on coaching. London: HMSO.", WHITMORE],
    expected: matched([1], ["Whitmor"], [{ kind: "spelling", cited: "Whitmor", listed: "Whitmore" }]),
  },
  {
    name: "misspelt and no letter: both lettered entries",
    text: "It works (Whitmor, 2009).",
    list: [WHITMORE_A, WHITMORE_B],
    expected: matched([0, 1], ["Whitmor"], [{ kind: "spelling", cited: "Whitmor", listed: "Whitmore" }, { kind: "suffix-missing", options: ["2009a", "2009b"] }]),
  },
  {
    name: "misspelt with a letter: only the entry with that letter",
    text: "It works (Whitmor, 2009b).",
    list: [WHITMORE_A, WHITMORE_B],
    expected: matched([1], ["Whitmor"], [{ kind: "spelling", cited: "Whitmor", listed: "Whitmore" }]),
  },
  { name: "nothing near: nothing to mention", text: "Emotions matter (Goleman, 1996).", list: ["Covey, S.R. (1989) The 7 habits. London: Simon & Schuster."], expected: {} },
];

describe("matching: edges", () => {
  describe.each([
    ["year letters", YEAR_LETTERS],
    ["author counts and co-authors", AUTHOR_COUNTS],
    ["lists and initials", LISTS_AND_INITIALS],
    ["entries that cannot be told apart", TIES],
    ["names and organisations", NAMES],
    ["near spellings", SPELLINGS],
  ] as const)("%s", (_group, cases) => {
    it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      expect(matchOf(c.text, c.list, c.bibliography)).toStrictEqual(c.expected);
    });
  });
});

describe("keysOf", () => {
  it("keeps apart two lists of abbreviations that run together to the same letters", () => {
    expect(keysOf("Acme Widgets", true, ["AB", "C"])).toEqual(expect.arrayContaining(["ab", "c"]));
    const second = keysOf("Acme Widgets", true, ["A", "BC"]);
    expect(second).toEqual(expect.arrayContaining(["a", "bc"]));
    expect(second).not.toContain("ab");
  });
});

describe("a leading \"The\"", () => {
  it("is left off an organisation's name, as learners cite it", () => {
    expect(keysOf("The Open University", true)).toEqual(expect.arrayContaining(["theopenuniversity", "openuniversity"]));
    expect(matchOf("It works (Open University, 2019).", ["The Open University (2019) Coaching skills. Milton Keynes: Open University."])).toStrictEqual(
      matched([0], ["Open University"]),
    );
  });

  it.each(["Theron", "Theodore", "Thelwall"])("is not read into the surname %s", (surname) => {
    expect(keysOf(surname, false)).not.toContain(surname.toLowerCase().slice(3));
  });

  it("does not let a citation of Ron match an entry for Theron", () => {
    const result = matchOf("It works (Ron, 2010).", ["Theron, C. (2010) Coaching in South Africa. Cape Town: Juta."]);
    expect("refs" in result ? result.refs : []).toEqual([]);
  });
});

describe("workKey", () => {
  it.each([
    ["Starr", "2016", "starr 2016"],
    ["Van  Nieuwerburgh", "2017", "van nieuwerburgh 2017"],
    [" Schön ", "1983", "schon 1983"],
  ])("%s (%s) is %s", (author, year, key) => {
    expect(workKey(author, year)).toBe(key);
  });
});

/**
 * In-text citations: every case of /work/shared/harvard/README.md ("Test cases:
 * in-text citations") and more from real learner and journal writing. Each case
 * runs through the scanner alone and through the whole pipeline (analyse()).
 */
import { scanCitations } from "../../src/harvard/intext";
import type { CitationStyleSlip } from "../../src/harvard/types";
import { essay, run } from "./helpers";

interface Cite {
  /** Author names as reported (surnames, or one organisation). */
  a: string[];
  etAl?: boolean;
  y: string;
  narrative?: boolean;
  loc?: string;
  sec?: boolean;
  slips?: CitationStyleSlip[];
}

type Case = [string, string, Cite[]];

const CASES: Case[] = [
  // README 1–45
  ["R1 two authors", "The OSCAR Model (Gilbert and Whittleworth, 2009) is used.", [{ a: ["Gilbert", "Whittleworth"], y: "2009" }]],
  ["R2 narrative", "Rogers (2012) argues that coaching works.", [{ a: ["Rogers"], y: "2012", narrative: true }]],
  ["R3 three authors", "(Rogers, Whittleworth and Gilbert, 2012)", [{ a: ["Rogers", "Whittleworth", "Gilbert"], y: "2012" }]],
  ["R4 et al.", "(Rogers et al., 2012)", [{ a: ["Rogers"], etAl: true, y: "2012" }]],
  ["R5 et al without stop", "(Rogers et al, 2012)", [{ a: ["Rogers"], etAl: true, y: "2012", slips: ["et-al-punctuation"] }]],
  ["R5 et. al.", "(Rogers et. al. 2012)", [{ a: ["Rogers"], etAl: true, y: "2012", slips: ["et-al-punctuation", "missing-comma"] }]],
  ["R6 narrative et al.", "Rogers et al. (2012) found a gain.", [{ a: ["Rogers"], etAl: true, y: "2012", narrative: true }]],
  ["R7 ampersand", "(Gilbert & Whittleworth, 2009)", [{ a: ["Gilbert", "Whittleworth"], y: "2009", slips: ["ampersand"] }]],
  ["R8 missing comma", "(Gilbert and Whittleworth 2009)", [{ a: ["Gilbert", "Whittleworth"], y: "2009", slips: ["missing-comma"] }]],
  ["R9 page", "(Covey, 1989, p. 42)", [{ a: ["Covey"], y: "1989", loc: "p. 42" }]],
  ["R10 pages", "(Covey, 1989, pp. 42-45)", [{ a: ["Covey"], y: "1989", loc: "pp. 42-45" }]],
  ["R11 p.42", "(Covey, 1989, p.42)", [{ a: ["Covey"], y: "1989", loc: "p.42", slips: ["locator-format"] }]],
  ["R11 page 42", "(Covey, 1989, page 42)", [{ a: ["Covey"], y: "1989", loc: "page 42", slips: ["locator-format"] }]],
  ["R12 narrative with page", "Covey (1989, p. 42) states this.", [{ a: ["Covey"], y: "1989", narrative: true, loc: "p. 42" }]],
  ["R13 suffixes, repeated author", "(Whitmore, 2009a; Whitmore, 2009b)", [{ a: ["Whitmore"], y: "2009a" }, { a: ["Whitmore"], y: "2009b" }]],
  ["R14 suffixes, author inherited", "(Whitmore, 2009a, 2009b)", [{ a: ["Whitmore"], y: "2009a" }, { a: ["Whitmore"], y: "2009b" }]],
  ["R15 bare suffix", "(Bates et al., 2014a, b)", [{ a: ["Bates"], etAl: true, y: "2014a" }, { a: ["Bates"], etAl: true, y: "2014b" }]],
  ["R16 no date", "(International Coaching Federation, no date)", [{ a: ["International Coaching Federation"], y: "no date" }]],
  ["R17 n.d.", "(ICF, n.d.)", [{ a: ["ICF"], y: "n.d.", slips: ["no-date-abbreviation"] }]],
  ["R18 acronym", "(CIPD, 2023)", [{ a: ["CIPD"], y: "2023" }]],
  ["R18 org two words", "(EMCC Global, 2021)", [{ a: ["EMCC Global"], y: "2021" }]],
  ["R19 org with &", "(Institute of Leadership & Management, 2011)", [{ a: ["Institute of Leadership & Management"], y: "2011" }]],
  ["R20 nested acronym", "(Chartered Institute of Personnel and Development (CIPD), 2023)", [{ a: ["Chartered Institute of Personnel and Development"], y: "2023" }]],
  ["R21 three in one bracket", "(Covey, 1989; Gilbert and Whittleworth, 2009; CIPD, 2023)", [{ a: ["Covey"], y: "1989" }, { a: ["Gilbert", "Whittleworth"], y: "2009" }, { a: ["CIPD"], y: "2023" }]],
  ["R22 cited in", "(Brown, 1966, cited in Bassett, 1986, p. 142)", [{ a: ["Bassett"], y: "1986", loc: "p. 142", sec: true }]],
  ["R23 particle", "(van der Merwe, 2015)", [{ a: ["van der Merwe"], y: "2015" }]],
  ["R23 capital particle narrative", "Van der Merwe (2015) notes this.", [{ a: ["Van der Merwe"], y: "2015", narrative: true }]],
  ["R24 curly apostrophe", "(O\u2019Neill, 2007)", [{ a: ["O'Neill"], y: "2007" }]],
  ["R25 Mc", "(McGregor, 1960)", [{ a: ["McGregor"], y: "1960" }]],
  ["R25 hyphen", "(Smith-Jones, 2018)", [{ a: ["Smith-Jones"], y: "2018" }]],
  ["R26 possessive s'", "Hawkins' (2011) CLEAR model", [{ a: ["Hawkins"], y: "2011", narrative: true }]],
  ["R27 in press", "(Passmore, in press)", [{ a: ["Passmore"], y: "in press" }]],
  ["R27 forthcoming", "(Passmore, forthcoming)", [{ a: ["Passmore"], y: "forthcoming" }]],
  ["R28 manual line break", "The model (Gilbert and\nWhittleworth, 2009)", [{ a: ["Gilbert", "Whittleworth"], y: "2009" }]],
  ["R29 soft hyphen", "(Gilbert and Whittle\u00ADworth, 2009)", [{ a: ["Gilbert", "Whittleworth"], y: "2009" }]],
  ["R30 square brackets", "[Gilbert and Whittleworth, 2009]", [{ a: ["Gilbert", "Whittleworth"], y: "2009", slips: ["square-brackets"] }]],
  ["R31 see", "(see Covey, 1989)", [{ a: ["Covey"], y: "1989" }]],
  ["R31 e.g.", "(e.g. Covey, 1989; Whitmore, 2009)", [{ a: ["Covey"], y: "1989" }, { a: ["Whitmore"], y: "2009" }]],
  ["R32 Coventry colon locator", "(Brown 2002: 3)", [{ a: ["Brown"], y: "2002", loc: "3", slips: ["locator-format", "missing-comma"] }]],
  ["R33 sentence adverb", "Indeed, Papp and Müller (2006) observed it.", [{ a: ["Papp", "Müller"], y: "2006", narrative: true }]],
  ["R34 Page is a surname", "(Horne and Page, 2008)", [{ a: ["Horne", "Page"], y: "2008" }]],
  ["R35 table label", "(Table 1 Allmann and Baldwin, 2010)", [{ a: ["Allmann", "Baldwin"], y: "2010" }]],
  ["R35 colon label", "(Dryad: Schuman et al., 2012)", [{ a: ["Schuman"], etAl: true, y: "2012" }]],
  ["R36 orphan year", "The review (2019) was late.", []],
  ["R37 section", "(Section 2, 2019)", []],
  ["R37 unit", "(Unit 501, 2019)", []],
  ["R37 figure", "(Figure 3, 2020)", []],
  ["R38 marks", "Answer all parts (12 Marks)", []],
  ["R38 max marks", "(max 8 Marks)", []],
  ["R39 date", "Submitted (8.8.15) to tutor", []],
  ["R40 AC number", "(AC 1.2)", []],
  ["R40 approx words", "(approx. 2000 words)", []],
  ["R40 academic year", "(2019/20 academic year)", []],
  ["R41 bare year", "In 2009 Gilbert and Whittleworth published", []],
  ["R42 nd whole word", "(Rand, 2011) and (L/H strand)", [{ a: ["Rand"], y: "2011" }]],
  ["R43 initial", "(A. Smith, 2020)", [{ a: ["Smith"], y: "2020" }]],
  ["R44 title as author", "(The untitled author book, 2010)", [{ a: ["The untitled author book"], y: "2010" }]],
  // More from learner writing (seed 002, samples) and eLife
  ["possessive 's narrative", "Mary Beth O\u2019Neill\u2019s (2008) 3 Key Factors Methodology", [{ a: ["Mary Beth O'Neill"], y: "2008", narrative: true }]],
  ["according to", "According to Passmore (2016), trust matters.", [{ a: ["Passmore"], y: "2016", narrative: true }]],
  ["narrative two authors", "Roberts and Jarrett (2006) set out a helpful set of characteristics.", [{ a: ["Roberts", "Jarrett"], y: "2006", narrative: true }]],
  ["narrative three authors", "Rogers, Whittleworth and Gilbert (2012) argue this.", [{ a: ["Rogers", "Whittleworth", "Gilbert"], y: "2012", narrative: true }]],
  ["diacritics", "Reflective practice helps (Schön, 1983).", [{ a: ["Schön"], y: "1983" }]],
  ["de Haan", "as recognised (de Haan, 2008, p. 163).", [{ a: ["de Haan"], y: "2008", loc: "p. 163" }]],
  ["van Nieuwerburgh", "Mentoring (van Nieuwerburgh, 2017).", [{ a: ["van Nieuwerburgh"], y: "2017" }]],
  ["eLife continuation", "(Schafer et al., 2013; Tremblay, 2011a; 2011b; Salter and Beggs, 2014)", [{ a: ["Schafer"], etAl: true, y: "2013" }, { a: ["Tremblay"], y: "2011a" }, { a: ["Tremblay"], y: "2011b" }, { a: ["Salter", "Beggs"], y: "2014" }]],
  ["narrative with two years", "Whitham et al. (2006, 2012) showed it.", [{ a: ["Whitham"], etAl: true, y: "2006", narrative: true }, { a: ["Whitham"], etAl: true, y: "2012", narrative: true }]],
  ["and colleagues", "Goetz and colleagues (2010) showed it.", [{ a: ["Goetz"], etAl: true, y: "2010", narrative: true }]],
  ["narrative inside a bracket", "(as shown by Smith (2010))", [{ a: ["Smith"], y: "2010", narrative: true }]],
  ["multi-word surname", "(Nunes da Fonseca et al., 2010)", [{ a: ["Nunes da Fonseca"], etAl: true, y: "2010" }]],
  ["corporate team", "(R Core Team, 2012)", [{ a: ["R Core Team"], y: "2012" }]],
  ["corporate with commas", "(United Nations, Department of Economic and Social Affairs, Population Division, 2013)", [{ a: ["United Nations, Department of Economic and Social Affairs, Population Division"], y: "2013" }]],
  ["secondary, ARU form", "Brown (1966 cited in Bassett, 1986, p.142)", [{ a: ["Bassett"], y: "1986", loc: "p.142", sec: true, slips: ["locator-format"] }]],
  ["bare in after a citation", "(Whitmore, 2009 in Passmore, 2010)", [{ a: ["Passmore"], y: "2010", sec: true }]],
  ["cited by", "(Whitmore, 2009, cited by Passmore, 2010, p. 3)", [{ a: ["Passmore"], y: "2010", loc: "p. 3", sec: true }]],
  ["quoted in", "Smith states \u2018x\u2019 (2020, quoted in Jones, 2021)", [{ a: ["Jones"], y: "2021", sec: true }]],
  ["Coventry list with commas", "(Brown 2002: 3, Lee 2006: 44 and Padda 2005: 14)", [{ a: ["Brown"], y: "2002", loc: "3", slips: ["locator-format", "missing-comma"] }, { a: ["Lee"], y: "2006", loc: "44", slips: ["locator-format", "missing-comma"] }, { a: ["Padda"], y: "2005", loc: "14", slips: ["locator-format", "missing-comma"] }]],
  ["title-case model name", "Maslow's Hierarchy of Needs (1943) is well known.", []],
  ["the work of", "according to the work of Smith (2010)", [{ a: ["Smith"], y: "2010", narrative: true }]],
  ["see Appendix", "as the log shows (see Appendix 1).", []],
  ["product with number", "using the Saturn 2000 ion trap", []],
  ["product in brackets", "measured (Saturn 2000 ion trap) twice", []],
  ["reviewed in", "(reviewed in Lemke, 2013)", [{ a: ["Lemke"], y: "2013" }]],
  ["for example prefix", "(for example, Starr, 2016)", [{ a: ["Starr"], y: "2016" }]],
  ["Capital See", "(See Hay, 2007)", [{ a: ["Hay"], y: "2007" }]],
  ["narrative de", "De Robertis (2008) describes it.", [{ a: ["De Robertis"], y: "2008", narrative: true }]],
  ["lower particle list", "(Parton and del Pozo, 2013)", [{ a: ["Parton", "del Pozo"], y: "2013" }]],
  ["non-breaking space", "(Kerr et\u00a0al., 2008)", [{ a: ["Kerr"], etAl: true, y: "2008" }]],
  ["tab inside", "(Covey,\t1989)", [{ a: ["Covey"], y: "1989" }]],
  ["en dash page range", "(Covey, 1989, pp. 42\u201345)", [{ a: ["Covey"], y: "1989", loc: "pp. 42\u201345" }]],
  ["year then suffix in narrative", "Whitmore (2009a) and Whitmore (2009b) agree.", [{ a: ["Whitmore"], y: "2009a", narrative: true }, { a: ["Whitmore"], y: "2009b", narrative: true }]],
  ["one word sentence start", "However (Grant, 2014) disagrees.", [{ a: ["Grant"], y: "2014" }]],
  ["percentages", "Scores rose (from 45% in 2019 to 60%).", []],
  ["time span", "(2010-2015)", []],
  ["money", "(\u00a32000 budget)", []],
  ["date in words", "Session 1 (14 March 2019) went well.", []],
  ["unbracketed with et al.", "from birth\u00a0Derecki et al., 2012. These paradigms", [{ a: ["Derecki"], etAl: true, y: "2012", slips: ["unbracketed"] }]],
  ["two citations in two brackets", "(Grant, 2014) and later (Starr, 2016).", [{ a: ["Grant"], y: "2014" }, { a: ["Starr"], y: "2016" }]],
  ["ICF n.d with no final stop", "(ICF, n.d)", [{ a: ["ICF"], y: "n.d.", slips: ["no-date-abbreviation"] }]],
  ["no date upper case", "(EMCC, No date)", [{ a: ["EMCC"], y: "no date" }]],
  ["possessive inside a model name", "Kolb’s Learning Cycle (1984) helps.", [{ a: ["Kolb"], y: "1984", narrative: true }]],
  ["narrative continuation", "Goleman (1995; 1998) argues.", [{ a: ["Goleman"], y: "1995", narrative: true }, { a: ["Goleman"], y: "1998", narrative: true }]],
  ["page without comma", "(Covey, 1989 p. 42)", [{ a: ["Covey"], y: "1989", loc: "p. 42" }]],
  ["statistics", "The results were significant (p < 0.05, n = 2019).", []],
  ["quotation without page", "Coaching is \u2018unlocking a person\u2019s potential\u2019 (Whitmore, 2009).", [{ a: ["Whitmore"], y: "2009", slips: ["quotation-without-page"] }]],
  ["double-quoted quotation with page", "It is \u201cunlocking potential\u201d (Whitmore, 2009, p. 10).", [{ a: ["Whitmore"], y: "2009", loc: "p. 10" }]],
  ["possessive plural is no quotation", "It helped the coachees' (Starr, 2016) progress.", [{ a: ["Starr"], y: "2016" }]],
  ["apostrophe straight possessive", "O'Neill's (2007) backbone model", [{ a: ["O'Neill"], y: "2007", narrative: true }]],
];

function view(c: { authors: string[]; etAl: boolean; year: { text: string } | string; narrative?: boolean; locator?: string; secondary?: boolean }) {
  return {
    a: c.authors,
    etAl: c.etAl,
    y: typeof c.year === "string" ? c.year : c.year.text,
    narrative: c.narrative ?? false,
    loc: c.locator,
    sec: c.secondary ?? false,
  };
}

function expected(e: Cite) {
  return { a: e.a, etAl: e.etAl ?? false, y: e.y, narrative: e.narrative ?? false, loc: e.loc, sec: e.sec ?? false };
}

describe("in-text citations: scanner", () => {
  it("has at least 60 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });
  it.each(CASES)("%s", (_name, text, want) => {
    const got = scanCitations(text);
    expect(got.map(view)).toEqual(want.map(expected));
    got.forEach((c, i) => expect([...c.slips].sort()).toEqual([...(want[i].slips ?? [])].sort()));
  });
});

describe("in-text citations: whole pipeline", () => {
  it.each(CASES.filter(([, , w]) => !w.some((c) => c.slips?.includes("unbracketed"))))("%s", (_name, text, want) => {
    const report = run(essay([text], ["Nobody, A. (1900) Nothing cited."]));
    // citations report the names as written when nothing in the list matches them
    expect(report.citations.map((c) => ({ ...view({ ...c, etAl: false }), etAl: undefined }))).toEqual(
      want.map((e) => ({ ...expected(e), etAl: undefined })),
    );
    for (const c of report.citations) expect(c.matched).toBe(false);
  });

  it("keeps an unbracketed citation only when the list has it", () => {
    const text = "from birth Derecki et al., 2012. In London, 2019 saw growth.";
    const report = run(essay([text], ["Derecki, N.C. et al. (2012) 'Wild-type microglia', Nature, 484, pp. 105–109."]));
    expect(report.citations.map((c) => [c.authors[0], c.year, c.matched])).toEqual([["Derecki", "2012", true]]);
    expect(report.problems.filter((p) => p.code === "citation-unmatched")).toEqual([]);
  });
});

describe("in-text citations: text as the learner wrote it", () => {
  // Word text carries zero-width characters, soft hyphens, curly apostrophes and non-breaking spaces;
  // the scanner reads a cleaned copy, but each citation's text is the learner's own, so that it can be
  // found in the document (comment anchors, findings). Found by the fuzz property in tests/hostile.
  it.each([
    ["a zero-width space before the bracket", "ICF\u200b(2012)", "ICF\u200b(2012)"],
    ["a soft hyphen inside a name", "(Whit\u00admore, 2009) says so.", "(Whit\u00admore, 2009)"],
    ["a curly apostrophe and a non-breaking space", "As O\u2019Neil\u00a0(2015) argues, and (Starr, 2016).", "O\u2019Neil\u00a0(2015)"],
    ["zero-width characters before the citation move it", "\u200b\u200b\ufeffText (Starr, 2016) and (Starr, 2016).", "(Starr, 2016)"],
  ])("%s", (_name, text, first) => {
    const got = scanCitations(text);
    expect(got[0].text).toBe(first);
    for (const c of got) expect(text).toContain(c.text);
  });

  it("still reads the names through the cleaning", () => {
    const [c] = scanCitations("(Whit\u00admore, 2009)");
    expect(c.authors).toEqual(["Whitmore"]);
  });
});

/**
 * Word splitting on unusual spaces, one character at a time. Learners paste from the web, PDFs
 * and other languages' keyboards: a no-break, thin, narrow no-break or ideographic space between
 * two words makes two words, and joiners that sit inside a word (soft hyphen, zero-width joiner,
 * word joiner) do not split it. The audit dropped one of these spaces from the word-space set and
 * the old combined case ("a b c d" with three kinds at once) still passed; here each is its own case.
 */
import { countWords, splitWords } from "../../src/core/words";
import { isWordSpace } from "../../src/shared/text/spaces";
import { analyse } from "../../src/check/analyse";
import { draft } from "./draft";
import { MARKED, TEST_UNITS, filler } from "./fixtures";

const SPACES: [name: string, ch: string][] = [
  ["space", " "],
  ["tab", "\t"],
  ["line feed", "\n"],
  ["carriage return", "\r"],
  ["vertical tab (Word's manual line break)", "\u000B"],
  ["form feed (Word's page break)", "\u000C"],
  ["next line", "\u0085"],
  ["no-break space", "\u00A0"],
  ["ogham space mark", "\u1680"],
  ["en quad", "\u2000"],
  ["em quad", "\u2001"],
  ["en space", "\u2002"],
  ["em space", "\u2003"],
  ["three-per-em space", "\u2004"],
  ["four-per-em space", "\u2005"],
  ["six-per-em space", "\u2006"],
  ["figure space", "\u2007"],
  ["punctuation space", "\u2008"],
  ["thin space", "\u2009"],
  ["hair space", "\u200A"],
  ["zero-width space (Word's optional break)", "\u200B"],
  ["line separator", "\u2028"],
  ["paragraph separator", "\u2029"],
  ["narrow no-break space", "\u202F"],
  ["medium mathematical space", "\u205F"],
  ["ideographic space", "\u3000"],
  ["byte order mark", "\uFEFF"],
];

/** Characters that live inside a word and must not split it. */
const JOINERS: [name: string, ch: string][] = [
  ["soft hyphen", "\u00AD"],
  ["zero-width non-joiner", "\u200C"],
  ["zero-width joiner", "\u200D"],
  ["word joiner", "\u2060"],
  ["non-breaking hyphen", "\u2011"],
  ["apostrophe", "\u2019"],
];

describe("word splitting on unusual spaces", () => {
  test("the tables are not empty", () => {
    expect(SPACES.length).toBeGreaterThan(20);
    expect(JOINERS.length).toBeGreaterThan(3);
  });

  test.each(SPACES)("%s separates two words, alone, doubled and at the ends", (_name, sp) => {
    expect(isWordSpace(sp.codePointAt(0)!)).toBe(true);
    expect(countWords(`coaching${sp}mentoring`)).toBe(2);
    expect(countWords(`${sp}coaching${sp}${sp}mentoring${sp}`)).toBe(2);
    expect(countWords(sp.repeat(3))).toBe(0);
    expect(splitWords(`coaching${sp}mentoring`)).toEqual(["coaching", "mentoring"]);
  });

  test.each(JOINERS)("%s does not split a word", (_name, j) => {
    expect(isWordSpace(j.codePointAt(0)!)).toBe(false);
    expect(countWords(`co${j}aching`)).toBe(1);
    expect(splitWords(`co${j}aching mentoring`)).toEqual([`co${j}aching`, "mentoring"]);
  });

  test("no other character in the Basic Multilingual Plane counts as a space", () => {
    const listed = new Set(SPACES.map(([, ch]) => ch.codePointAt(0)!));
    const extra: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (isWordSpace(c) && !listed.has(c) && c > 32) extra.push(c.toString(16));
    }
    // Every C0 control (Word's field marks, cell ends) separates words too.
    for (let c = 0; c <= 32; c++) expect([c, isWordSpace(c)]).toEqual([c, true]);
    expect(extra).toEqual([]);
  });

  test("an answer written with narrow no-break and ideographic spaces counts every word", () => {
    const answer = filler(120).split(" ");
    const odd = answer.map((w, i) => w + (i % 3 === 0 ? "\u202F" : i % 3 === 1 ? "\u3000" : "\u00A0")).join("");
    const lines = MARKED.criteria.flatMap((c) => [`## ${c.id} ${c.wording}`, odd]);
    const report = analyse(draft(lines), { catalogue: TEST_UNITS, unit: MARKED.id });
    expect(report.sections.map((s) => s.words)).toEqual(MARKED.criteria.map(() => 120));
  });
});

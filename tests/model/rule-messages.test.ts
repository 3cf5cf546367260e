/**
 * Every message of every rule, worded once: the rule tests assert messageId and data, so this
 * table is the one place a rewording shows. Each row fills a message with sample data.
 */
import { ALL_RULES } from "../../src/check/rules";
import { fixTemplate, interpolate } from "../../src/model/rule";

type Row = [rule: string, messageId: string, data: Record<string, string | number>, text: string];

const ROWS: Row[] = [
  ["ac-missing", "before", { ac: "1.2", wording: "Evaluate how the context affects coaching", next: "2.1" },
    "There is no side-heading for AC 1.2 (“Evaluate how the context affects coaching”); add it before AC 2.1 so the assessor can find your answer."],
  ["ac-missing", "after", { ac: "2.2", wording: "Analyse why coaches listen", previous: "2.1" },
    "There is no side-heading for AC 2.2 (“Analyse why coaches listen”); add it after AC 2.1 so the assessor can find your answer."],
  ["ac-missing", "alone", { ac: "1.1", wording: "Define coaching" },
    "There is no side-heading for AC 1.1 (“Define coaching”); add it with your answer under it so the assessor can find your answer."],
  ["ac-heading-altered", "altered", { ac: "1.1", difference: "words missing: “within an organisational context”" },
    "The side-heading for AC 1.1 is not the exact wording of the criterion (words missing: “within an organisational context”); copy the wording exactly so the assessor can see every part is covered."],
  ["ac-empty", "empty", { ac: "2.1" }, "AC 2.1 has a side-heading but no answer under it yet."],
  ["ac-short", "belowShare", { ac: "2.2", words: "239", low: "600", high: "1,200" },
    "Your answer to AC 2.2 has 239 words, far fewer than its share of the word count (about 600 to 1,200 words)."],
  ["ac-short", "veryShort", { ac: "2.1", words: "49" }, "Your answer to AC 2.1 has only 49 words, which is unlikely to cover the criterion in enough depth."],
  ["ac-out-of-order", "between", { ac: "2.1", after: "1.2", before: "2.2" }, "The section for AC 2.1 is out of the unit's order: it belongs after AC 1.2 and before AC 2.2."],
  ["ac-out-of-order", "after", { ac: "2.2", after: "1.1" }, "The section for AC 2.2 is out of the unit's order: it belongs after AC 1.1."],
  ["ac-out-of-order", "before", { ac: "1.1", before: "1.2" }, "The section for AC 1.1 is out of the unit's order: it belongs before AC 1.2."],
  ["ac-duplicate", "second", { ac: "1.1" }, "AC 1.1 has a second side-heading here; keep its answer under one side-heading so the assessor finds it in one place."],
  ["guidance-left-in", "inAnswer", { ac: "1.2" }, "Template guidance is still in your answer to AC 1.2; delete it before you hand in."],
  ["guidance-left-in", "inDraft", {}, "Template guidance is still in your draft; delete it before you hand in."],
  ["word-count-out-of-range", "below", { words: "999", low: "1,000", high: "2,000" }, "Your answers come to 999 words, below the suggested 1,000 to 2,000 words for this unit."],
  ["word-count-out-of-range", "above", { words: "2,001", low: "1,000", high: "2,000" }, "Your answers come to 2,001 words, above the suggested 1,000 to 2,000 words for this unit."],
  ["citation-unmatched", "noList", { citation: "Covey (1989)", repeated: "" },
    'Covey (1989) is cited but not in your reference list. There is no reference list yet: add one under a heading "References".'],
  ["citation-unmatched", "otherYear", { citation: "Covey (1990)", near: "Covey (1989)", repeated: "" },
    "Covey (1990) is cited but not in your reference list. The list has Covey (1989): check which year is right."],
  ["citation-unmatched", "nearName", { citation: "Whtimore (2009)", near: "Whitmore (2009)", repeated: " (Cited 2 times here.)" },
    "Whtimore (2009) is cited but not in your reference list. The nearest entry is Whitmore (2009): check the spelling of the name. (Cited 2 times here.)"],
  ["citation-unmatched", "notListed", { citation: "Goleman (1996)", repeated: "" },
    "Goleman (1996) is cited but not in your reference list. Add its full reference under References, or check the author and year."],
  ["citation-matched-with-warning", "spelling", { citation: "Gilbret (2009)", listed: "Gilbert" },
    "Gilbret (2009) matches the entry for Gilbert only by a near spelling: make the name the same in the text and the list."],
  ["citation-matched-with-warning", "suffixMissing", { citation: "Whitmore (2009)", options: "2009a, 2009b", author: "Whitmore", example: "2009a" },
    "Whitmore (2009) could be any of 2009a, 2009b in your list: add the letter (for example Whitmore, 2009a)."],
  ["citation-matched-with-warning", "suffixNotInList", { citation: "Gilbert (2009a)", suffix: "a" },
    'Gilbert (2009a) has the letter "a" but the list entry has none: give the list entry the same letter, or remove it here.'],
  ["citation-matched-with-warning", "coAuthorsOmitted", { citation: "Gilbert (2009)", listed: "Gilbert and Whittleworth", upTo: "three" },
    "Gilbert (2009) names fewer authors than the list (Gilbert and Whittleworth): name all of up to three authors."],
  ["citation-matched-with-warning", "etAlMissing", { citation: "Smith (2020)", author: "Smith", from: "four" },
    'Smith (2020): the list entry has four or more authors, so write "Smith et al.".'],
  ["citation-matched-with-warning", "coAuthorDiffers", { citation: "Gilbert and Smith (2009)", cited: "Smith", listed: "Whittleworth" },
    "Gilbert and Smith (2009) names Smith, but the list entry has Whittleworth: check the authors."],
  ["citation-matched-with-warning", "bibliographyOnly", { citation: "Kolb (1984)" },
    "Kolb (1984) is listed only under Bibliography: works you cite belong in the reference list."],
  ["citation-no-author", "noAuthor", { text: "The review (2019)", noun: "review", year: "2019" },
    "“The review (2019)” gives a year but no author: say whose work it is, for example “Starr’s review (2019)” or “(Starr, 2019)”, and list it under References."],
  ["citation-style", "slips", { citation: "(Covey 1989)", fixes: "put a comma between the names and the year" }, "In (Covey 1989): put a comma between the names and the year."],
  ["reference-uncited", "uncited", { reference: "Kolb (1984)", excerpt: "Kolb, D.A. (1984) Experiential learning." },
    'Nothing in your answers cites Kolb (1984): "Kolb, D.A. (1984) Experiential learning.". Cite it where you use it, or move it to a Bibliography if you read it without citing it.'],
  ["reference-incomplete", "noAuthorOrYear", { excerpt: "www.cipd.co.uk" }, 'This entry needs an author and a year in Harvard form, e.g. Covey, S.R. (1989) Title: "www.cipd.co.uk".'],
  ["reference-incomplete", "noAuthor", { excerpt: "(2019) Handbook." },
    'This entry needs an author (or, if there is none, the title) in Harvard form, e.g. Covey, S.R. (1989) Title: "(2019) Handbook.".'],
  ["reference-incomplete", "noYear", { excerpt: "Starr, J. The coaching manual." },
    'This entry needs a year (or "no date") in Harvard form, e.g. Covey, S.R. (1989) Title: "Starr, J. The coaching manual.".'],
  ["reference-style", "notes", { reference: "Covey (1989)", notes: "Put the year in round brackets after the names: (1989)" },
    "Covey (1989): Put the year in round brackets after the names: (1989)."],
  ["reference-style", "listStyle", { list: "reference list", count: 3, example: "Starr (2016)" },
    "Your reference list gives the year without brackets in 3 entries (as Word's Harvard - Anglia style does): Cite Them Right puts it in round brackets after the names, for example Starr (2016)."],
  ["reference-list-is-bibliography", "bibliographyOnly", {},
    "Your sources are listed under “Bibliography”: Cite Them Right Harvard asks for a reference list of the works you cite, so head the list “References” (keep a Bibliography only for works you read but did not cite)."],
  ["content-not-read", "notRead", { what: "an embedded RTF document" },
    "This document holds an embedded RTF document, which could not be read: its words are not counted and its citations are not checked."],
  ["content-unreachable", "mayNotBeRead", { what: "footnotes and endnotes" },
    "This version of Word does not let the add-in read footnotes and endnotes: any words in them are not counted and their citations are not checked."],
  ["reference-duplicate", "twice", { reference: "Covey (1989)" }, "Covey (1989) is listed twice: delete one of the entries."],
  ["reference-order", "after", { reference: "Covey (1989)", target: "Berne (1964)", list: "reference list" },
    "Covey (1989) is out of alphabetical order: move it after Berne (1964) so the reference list runs from A to Z by surname."],
  ["reference-order", "atStart", { reference: "Adair (1973)", list: "bibliography" },
    "Adair (1973) is out of alphabetical order: move it at the start so the bibliography runs from A to Z by surname."],
  ["section-needs-reference", "tooFew", { ac: "1.2", have: "1 source", min: 2, reason: "Evaluate means weighing evidence.", sources: "2 sources" },
    "AC 1.2 cites 1 source; it needs at least 2. Evaluate means weighing evidence."],
  ["section-needs-reference", "tooFewWithCode", { ac: "2.1", have: "no sources", min: 1, reason: "Refer to a code.", sources: "one source" },
    "AC 2.1 cites no sources; it needs at least 1, including a professional body's code of practice or ethics. Refer to a code."],
  ["section-needs-reference", "noCode", { ac: "2.1", reason: "Refer to a code." },
    "AC 2.1 should cite a professional body's code of practice or ethics (for example EMCC or ICF). Refer to a code."],
];

const rules = new Map<string, (typeof ALL_RULES)[number]>(ALL_RULES.map((r) => [r.id, r]));

describe("rule messages", () => {
  it.each(ROWS)("%s / %s", (id, messageId, data, text) => {
    const rule = rules.get(id)!;
    const template = (rule.messages as Record<string, string>)[messageId]!;
    expect(interpolate(template, data)).toBe(text);
    // the fix is worded from the same data and says something the message does not
    const fix = interpolate(fixTemplate(rule as { fix: string | Record<string, string> }, messageId), data);
    expect(fix).not.toMatch(/\{\{|undefined/);
    expect(text).not.toContain(fix);
  });

  it("covers every message of every rule", () => {
    const listed = new Set(ROWS.map(([id, messageId]) => `${id}/${messageId}`));
    const declared = ALL_RULES.flatMap((r) => Object.keys(r.messages).map((m) => `${r.id}/${m}`));
    expect(declared.filter((k) => !listed.has(k))).toEqual([]);
    expect([...listed].filter((k) => !declared.includes(k))).toEqual([]);
  });
});

/**
 * Every message of every rule, worded once: the rule tests assert messageId and data, so this
 * table is the one place a rewording shows. Each row fills a message and its fix with sample data:
 * the message says what is wrong, the fix what to do, and the two never repeat each other.
 */
import { ALL_RULES } from "../../src/check/rules";
import { fixTemplate, interpolate } from "../../src/model/rule";

type Row = [rule: string, messageId: string, data: Record<string, string | number>, text: string, fix: string];

const ROWS: Row[] = [
  ["ac-missing", "before", { ac: "1.2", wording: "Evaluate how the context affects coaching", next: "2.1" },
    "AC 1.2 (“Evaluate how the context affects coaching”) has no side-heading in your draft.",
    "Press Insert missing sections to put it back before AC 2.1, then write your answer under it."],
  ["ac-missing", "after", { ac: "2.2", wording: "Analyse why coaches listen", previous: "2.1" },
    "AC 2.2 (“Analyse why coaches listen”) has no side-heading in your draft.",
    "Press Insert missing sections to put it back after AC 2.1, then write your answer under it."],
  ["ac-missing", "alone", { ac: "1.1", wording: "Define coaching" },
    "AC 1.1 (“Define coaching”) has no side-heading in your draft.",
    "Press Insert missing sections to put it back, then write your answer under it."],
  ["ac-heading-altered", "altered", { ac: "1.1", difference: "words missing: “within an organisational context”" },
    "The side-heading for AC 1.1 differs from the criterion's wording (words missing: “within an organisational context”).",
    "Copy the criterion's wording back exactly, so the assessor can match your answer to the mark sheet and see every part is covered."],
  ["ac-empty", "empty", { ac: "2.1" },
    "AC 2.1 has a side-heading but no answer under it yet.",
    "Write your answer in the space below it."],
  ["ac-short", "belowShare", { ac: "2.2", words: "239", low: "600", high: "1,200" },
    "Your answer to AC 2.2 has 239 words, far fewer than its share of the word count (about 600 to 1,200 words).",
    "Develop it: cover each part of the criterion, with examples from your practice and your reading."],
  ["ac-short", "veryShort", { ac: "2.1", words: "49" },
    "Your answer to AC 2.1 has only 49 words, too few to cover the criterion in depth.",
    "Develop it: cover each part of the criterion, with examples from your practice and your reading."],
  ["ac-out-of-order", "between", { ac: "2.1", after: "1.2", before: "2.2" },
    "The section for AC 2.1 is out of the unit's order.",
    "Move its side-heading and answer to between AC 1.2 and AC 2.2, the mark sheet's order."],
  ["ac-out-of-order", "after", { ac: "2.2", after: "1.1" },
    "The section for AC 2.2 is out of the unit's order.",
    "Move its side-heading and answer to just after AC 1.1, the mark sheet's order."],
  ["ac-out-of-order", "before", { ac: "1.1", before: "1.2" },
    "The section for AC 1.1 is out of the unit's order.",
    "Move its side-heading and answer to just before AC 1.2, the mark sheet's order."],
  ["ac-duplicate", "second", { ac: "1.1" },
    "AC 1.1 has a second side-heading here.",
    "Merge the two answers under the first side-heading and delete this one, so the assessor finds the whole answer in one place."],
  ["guidance-left-in", "inAnswer", { ac: "1.2" },
    "Template guidance is still in your answer to AC 1.2.",
    "Press Remove guidance (your own words stay), or delete it by hand before you hand in."],
  ["guidance-left-in", "inDraft", {},
    "Template guidance is still in your draft.",
    "Press Remove guidance (your own words stay), or delete it by hand before you hand in."],
  ["word-count-out-of-range", "below", { words: "999", low: "1,000", high: "2,000" },
    "Your answers come to 999 words, below the suggested 1,000 to 2,000 words for this unit.",
    "Develop your shortest answers until the total reaches at least 1,000 words."],
  ["word-count-out-of-range", "above", { words: "2,001", low: "1,000", high: "2,000" },
    "Your answers come to 2,001 words, above the suggested 1,000 to 2,000 words for this unit.",
    "Tighten your longest answers until the total is at most 2,000 words."],
  ["citation-unmatched", "noList", { citation: "Covey (1989)", repeated: "" },
    "Covey (1989) is cited, but your draft has no reference list yet.",
    'Add a heading "References" at the end and list the source under it, or build the list on the References tab.'],
  ["citation-unmatched", "otherYear", { citation: "Covey (1990)", near: "Covey (1989)", repeated: "" },
    "Covey (1990) is cited, but your reference list has it only as Covey (1989).",
    "Check which year is right, and make the citation and the list agree."],
  ["citation-unmatched", "nearName", { citation: "Whtimore (2009)", near: "Whitmore (2009)", repeated: " (Cited 2 times here.)" },
    "Whtimore (2009) is cited, but your reference list has no such entry; the nearest is Whitmore (2009). (Cited 2 times here.)",
    "Check the spelling of the name, and make the citation and the list agree."],
  ["citation-unmatched", "notListed", { citation: "Goleman (1996)", repeated: "" },
    "Goleman (1996) is cited, but your reference list has no entry for it.",
    "Add its full reference under References, or correct the author or year in the citation."],
  ["citation-matched-with-warning", "spelling", { citation: "Gilbret (2009)", listed: "Gilbert" },
    "Gilbret (2009) matches the entry for Gilbert only by a near spelling.",
    "Spell the name the same way in the text and in the list."],
  ["citation-matched-with-warning", "suffixMissing", { citation: "Whitmore (2009)", options: "2009a, 2009b", author: "Whitmore", example: "2009a" },
    "Whitmore (2009) could be any of 2009a, 2009b in your list.",
    "Add the letter after the year, for example Whitmore, 2009a."],
  ["citation-matched-with-warning", "suffixNotInList", { citation: "Gilbert (2009a)", suffix: "a" },
    'Gilbert (2009a) has the letter "a" but the list entry has none.',
    "Give the list entry the same letter, or take the letter off the citation."],
  ["citation-matched-with-warning", "coAuthorsOmitted", { citation: "Gilbert (2009)", listed: "Gilbert and Whittleworth", upTo: "three" },
    "Gilbert (2009) names fewer authors than the list entry (Gilbert and Whittleworth).",
    "Name every author in the citation when there are up to three."],
  ["citation-matched-with-warning", "etAlMissing", { citation: "Smith (2020)", author: "Smith", from: "four" },
    "Smith (2020) names one author, but the list entry has four or more.",
    'Write "Smith et al." in the citation.'],
  ["citation-matched-with-warning", "coAuthorDiffers", { citation: "Gilbert and Smith (2009)", cited: "Smith", listed: "Whittleworth" },
    "Gilbert and Smith (2009) names Smith, but the list entry has Whittleworth.",
    "Check the authors and make the citation agree with the list."],
  ["citation-matched-with-warning", "bibliographyOnly", { citation: "Kolb (1984)" },
    "Kolb (1984) is listed only under Bibliography.",
    "Move its entry into the reference list: works you cite belong there."],
  ["citation-no-author", "noAuthor", { text: "The review (2019)", noun: "review", year: "2019" },
    "“The review (2019)” gives a year but no author, so a reader cannot tell who wrote it or find it in your list.",
    "Say whose work it is, for example “Starr’s review (2019)” or “(Starr, 2019)”, and list it under References."],
  ["citation-style", "slips", { citation: "(Covey 1989)", fixes: "put a comma between the names and the year" },
    "The citation (Covey 1989) is not quite in Harvard style.",
    "To match your Harvard style: put a comma between the names and the year."],
  ["reference-uncited", "uncited", { reference: "Kolb (1984)", excerpt: "Kolb, D.A. (1984) Experiential learning." },
    'Nothing in your answers cites Kolb (1984) ("Kolb, D.A. (1984) Experiential learning.").',
    "Cite it where you draw on it, or move it to a Bibliography if you read it without citing it."],
  ["reference-incomplete", "noAuthorOrYear", { excerpt: "www.cipd.co.uk" },
    'The entry "www.cipd.co.uk" has no author or year.',
    "Start it with the author and the year in Harvard form, for example Covey, S.R. (1989) Title. Place: Publisher."],
  ["reference-incomplete", "noAuthor", { excerpt: "(2019) Handbook." },
    'The entry "(2019) Handbook." has no author.',
    "Start it with the author's surname and initials (or the title when there is no author), for example Covey, S.R. (1989)."],
  ["reference-incomplete", "noYear", { excerpt: "Starr, J. The coaching manual." },
    'The entry "Starr, J. The coaching manual." has no year.',
    'Add the year in brackets after the names, or "(no date)" when the source gives none.'],
  ["reference-style", "notes", { reference: "Covey (1989)", notes: "Put the year in round brackets after the names: (1989)", house: "Cite Them Right", form: "Cite Them Right form" },
    "Covey (1989) is not set out in Cite Them Right form.",
    "Set it out as Cite Them Right does. Put the year in round brackets after the names: (1989). Update reference list can do it for you."],
  ["reference-style", "listStyle", { list: "reference list", count: 3, example: "Starr (2016)" },
    "Your reference list gives the year without brackets in 3 entries, as Word's Harvard - Anglia style does.",
    "Cite Them Right puts the year in round brackets after the names, for example Starr (2016): Update reference list can set out the whole list that way."],
  ["reference-list-is-bibliography", "bibliographyOnly", {},
    "Your sources are listed under “Bibliography”, but Cite Them Right Harvard asks for a reference list of the works you cite.",
    "Head the list “References”; keep a Bibliography only for works you read but did not cite."],
  ["content-not-read", "notRead", { what: "an embedded RTF document" },
    "This document holds an embedded RTF document, which could not be read: its words are not counted and its citations are not checked.",
    "Check that part of the document yourself, or save it as ordinary text in the draft so it can be checked."],
  ["content-unreachable", "mayNotBeRead", { what: "footnotes and endnotes" },
    "This version of Word does not let the add-in read footnotes and endnotes: any words in them are not counted and their citations are not checked.",
    "Check those parts yourself, or check the draft in a newer Word or with ilm-check."],
  ["reference-duplicate", "twice", { reference: "Covey (1989)" },
    "Covey (1989) is listed twice.",
    "Delete this copy; the first one stays."],
  ["reference-order", "after", { reference: "Covey (1989)", target: "Berne (1964)", list: "reference list" },
    "Covey (1989) is out of alphabetical order in the reference list.",
    "Move it after Berne (1964), or let Update reference list sort the list from A to Z."],
  ["reference-order", "atStart", { reference: "Adair (1973)", list: "bibliography" },
    "Adair (1973) is out of alphabetical order in the bibliography.",
    "Move it to the top, or let Update reference list sort the list from A to Z."],
  ["section-needs-reference", "tooFew", { ac: "1.2", have: "1 source", min: 2, reason: "Evaluate means weighing evidence.", sources: "2 sources" },
    "AC 1.2 cites 1 source; it calls for at least 2.",
    "Draw on your reading here. Evaluate means weighing evidence. Give each source in Harvard style."],
  ["section-needs-reference", "tooFewWithCode", { ac: "2.1", have: "no sources", min: 1, reason: "Refer to a code.", sources: "one source" },
    "AC 2.1 cites no sources; it calls for at least 1, one of them a professional body's code of practice or ethics.",
    "Draw on your reading here. Refer to a code. Give each source in Harvard style."],
  ["section-needs-reference", "noCode", { ac: "2.1", reason: "Refer to a code." },
    "AC 2.1 cites no professional body's code of practice or ethics.",
    "Draw on your reading here. Refer to a code. Give each source in Harvard style."],
];

/** The first run of four words the message and the fix share (ignoring case and punctuation), or null: a fix must not repeat the problem. */
function sharedRun(message: string, fix: string, n = 4): string | null {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const runs = (w: string[]) => new Set(w.slice(0, Math.max(0, w.length - n + 1)).map((_, i) => w.slice(i, i + n).join(" ")));
  const inMessage = runs(words(message));
  return [...runs(words(fix))].find((r) => inMessage.has(r)) ?? null;
}

const rules = new Map<string, (typeof ALL_RULES)[number]>(ALL_RULES.map((r) => [r.id, r]));

describe("rule messages", () => {
  it.each(ROWS)("%s / %s", (id, messageId, data, text, fixText) => {
    const rule = rules.get(id)!;
    const template = (rule.messages as Record<string, string>)[messageId]!;
    expect(interpolate(template, data)).toBe(text);
    // the fix is worded from the same data and says something the message does not
    const fix = interpolate(fixTemplate(rule as { fix: string | Record<string, string> }, messageId), data);
    expect(fix).toBe(fixText);
    expect(fix).not.toMatch(/\{\{|undefined/);
    expect(sharedRun(text, fix)).toBeNull();
  });

  it("covers every message of every rule", () => {
    const listed = new Set(ROWS.map(([id, messageId]) => `${id}/${messageId}`));
    const declared = ALL_RULES.flatMap((r) => Object.keys(r.messages).map((m) => `${r.id}/${m}`));
    expect(declared.filter((k) => !listed.has(k))).toEqual([]);
    expect([...listed].filter((k) => !declared.includes(k))).toEqual([]);
  });
});

describe("the repetition check", () => {
  it("catches a fix that repeats the problem", () => {
    expect(sharedRun("Template guidance is still in your draft.", "Template guidance is still there: delete it.")).toBe("template guidance is still");
    expect(sharedRun("Template guidance is still in your draft.", "Press Remove guidance.")).toBeNull();
  });
});

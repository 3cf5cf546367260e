/**
 * The learner's check follows the centre template: its word range, an unconfirmed unit's
 * wording from the centre's mark sheet, and its house Harvard; given by the host, or found in
 * the document it was made from. A damaged copy in a document is set aside with a notice.
 */
import { analyse } from "../../src/check/analyse";
import { CentreTemplateError } from "../../src/centre/parse";
import { StoreKeys } from "../../src/model/document-store";
import { getUnit } from "../../src/units/catalogue";
import { draft, type Line } from "../core/draft";
import { filler } from "../core/fixtures";
import { MARK_SHEET_502, NORTHGATE, clone } from "../centre/fixtures";

const u500 = getUnit("8580-500")!;

/** A complete 8580-500 draft of `words` answer words per AC, citing one undated source in 1.1. */
function draft500(words: number, extra: Line[] = []): Line[] {
  const lines: Line[] = ["title: 8580-500 assignment", "# Learning outcome 1"];
  for (const c of u500.criteria) {
    lines.push(`## ${c.id} ${c.wording}`);
    lines.push(c.id === "1.1" ? `${filler(words - 8)} as the code says (ICF, n.d.).` : filler(words));
  }
  lines.push(...extra, "# References", "International Coaching Federation (n.d.) ICF code of ethics.");
  return lines;
}

const codes = (r: ReturnType<typeof analyse>, code: string) => r.problems.filter((p) => p.code === code);

describe("a centre template given by the host", () => {
  test("its word range replaces the unit's", () => {
    // 8580-500 suggests 4,000–5,500 words; 12 ACs of 280 words is 3,360: below it, inside 3,000–4,000.
    expect(u500.criteria).toHaveLength(12);
    const doc = draft(draft500(280));
    const plain = analyse(doc);
    expect(plain.wordRange).toEqual([4000, 5500]);
    expect(codes(plain, "word-count-out-of-range")).toHaveLength(1);
    const centred = analyse(doc, { centre: { ...clone(NORTHGATE), wordRange: [3000, 4000] } });
    expect(centred.wordRange).toEqual([3000, 4000]);
    expect(codes(centred, "word-count-out-of-range")).toHaveLength(0);
    expect(centred.centre).toEqual({ id: "northgate-8580-500", name: "Northgate College", source: "given" });
  });

  test("its Harvard settings: n.d. is the centre's rule, so no style note", () => {
    const doc = draft(draft500(300));
    expect(codes(analyse(doc), "citation-style").map((p) => [p.message, p.fix])).toEqual([
      ["The citation (ICF, n.d.) is not quite in Harvard style.", 'To match your Harvard style: Cite Them Right writes "no date" rather than "n.d.".'],
    ]);
    expect(codes(analyse(doc), "reference-style")).toHaveLength(1);
    const centred = analyse(doc, { centre: NORTHGATE });
    expect(codes(centred, "citation-style")).toEqual([]);
    expect(codes(centred, "reference-style")).toEqual([]);
    // Settings given directly win over the template's.
    expect(codes(analyse(doc, { centre: NORTHGATE, harvard: { noDate: "no date" } }), "citation-style")).toHaveLength(1);
  });

  test("its guidance: the centre's own, pasted without the template's controls, is guidance, not answer words", () => {
    const own = "Use at least two published definitions, and compare them with your organisation's own.";
    const centre = { ...clone(NORTHGATE), acGuidance: { "1.1": own, "2.1": "Give an example from your own coaching.\nSay what you would do differently next time." } };
    // As a learner's copy of the template keeps it once the content controls are gone: plain body paragraphs.
    const pasted = draft(draft500(300, []).flatMap((l) => (typeof l === "string" && l.startsWith("## 1.1 ") ? [l, "Guidance from Northgate College:", own] : [l])));
    const answerWords = analyse(draft(draft500(300)), { centre }).sections[0]!.words;
    const plain = analyse(pasted);
    expect(plain.sections[0]!.words).toBe(answerWords + 17);
    expect(codes(plain, "guidance-left-in")).toEqual([]);
    const centred = analyse(pasted, { centre });
    expect(centred.sections[0]!.words).toBe(answerWords);
    expect(centred.wordCount).toBe(plain.wordCount - 17);
    expect(codes(centred, "guidance-left-in").map((p) => p.ac)).toEqual(["1.1"]);
    // A learner's own sentence on the same subject stays an answer.
    const answer = draft(draft500(300).flatMap((l) => (typeof l === "string" && l.startsWith("## 1.1 ") ? [l, "I used two published definitions and compared them with my organisation's own policy."] : [l])));
    expect(analyse(answer, { centre }).sections[0]!.words).toBe(answerWords + 13);
  });

  test("a template for another unit changes nothing", () => {
    const doc = draft(draft500(300));
    const r = analyse(doc, { centre: { ...clone(NORTHGATE), id: "northgate-8580-503", unit: "8580-503", acGuidance: {} }, unit: "8580-500" });
    expect(r.centre).toBeUndefined();
    expect(codes(r, "citation-style")).toHaveLength(1);
  });

  test("an invalid template from the host is an error naming the field, not a report", () => {
    expect(() => analyse(draft(draft500(300)), { centre: { ...clone(NORTHGATE), wordRange: "lots" } })).toThrow(CentreTemplateError);
  });
});

describe("an unconfirmed unit worded by the centre's mark sheet (8580-502)", () => {
  const centre = MARK_SHEET_502;
  const headings = (wording: (ac: string) => string): Line[] => [
    "title: 8580-502 assignment",
    ...centre.criteria!.flatMap((c) => [`## ${c.ac} ${wording(c.ac)}`, filler(200)]),
    "# References",
  ];
  const centreWording = (ac: string) => centre.criteria!.find((c) => c.ac === ac)!.wording;

  test("the centre's wording is what the check expects, and the caveat's unit is confirmed", () => {
    const r = analyse(draft(headings(centreWording)), { centre, unit: "8580-502" });
    expect(r.sections.map((s) => [s.ac, s.status])).toEqual([["1.1", "ok"], ["1.2", "ok"], ["2.1", "ok"], ["2.2", "ok"]]);
    expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  test("without the template, the same draft does not match the catalogue's provisional wording", () => {
    const r = analyse(draft(headings(centreWording)), { unit: "8580-502" });
    expect(r.sections).toHaveLength(12);
    expect(r.sections.filter((s) => s.status === "ok").length).toBeLessThan(4);
  });

  test("the catalogue's provisional wording is now an altered heading", () => {
    const catalogue = getUnit("8580-502")!;
    const r = analyse(draft(headings((ac) => catalogue.criteria.find((c) => c.id === ac)!.wording)), { centre, unit: "8580-502" });
    expect(r.sections.some((s) => s.status === "ok")).toBe(false);
  });

  test("the unit is detected from the centre's wording when nobody names it", () => {
    expect(analyse(draft(headings(centreWording)), { centre }).unit).toBe("8580-502");
  });
});

describe("a centre template the document records", () => {
  test("is followed with no template given, and reported as the document's", () => {
    const doc = { ...draft(draft500(300)), addInData: { [StoreKeys.centreTemplate]: clone(NORTHGATE) } };
    const r = analyse(doc);
    expect(r.centre).toEqual({ id: "northgate-8580-500", name: "Northgate College", source: "document" });
    expect(codes(r, "citation-style")).toEqual([]);
  });

  test("a damaged copy is set aside with one sentence, and the catalogue's settings apply", () => {
    const doc = { ...draft(draft500(300)), addInData: { [StoreKeys.centreTemplate]: { ...clone(NORTHGATE), acGuidance: { "9.9": "?" } } } };
    const r = analyse(doc);
    expect(r.centre).toBeUndefined();
    expect(r.centreNotice).toMatch(/^The centre template recorded in this document was not used: the centre template's "acGuidance\["9\.9"\]" is for AC 9\.9/);
    expect(codes(r, "citation-style")).toHaveLength(1);
  });

  test("a template the host gives wins over the document's", () => {
    const doc = { ...draft(draft500(250)), addInData: { [StoreKeys.centreTemplate]: clone(NORTHGATE) } };
    const r = analyse(doc, { centre: { ...clone(NORTHGATE), id: "other", wordRange: [3000, 4000] } });
    expect(r.centre?.id).toBe("other");
    expect(r.wordRange).toEqual([3000, 4000]);
  });
});

import { centreUnit } from "../../../src/centre/apply";
import { parseCentreTemplate } from "../../../src/centre/parse";
import { centreTemplateFacts, harvardDifferences } from "../../../src/taskpane/centre/describe";
import { MARK_SHEET_502, MINIMAL, NORTHGATE } from "../../centre/fixtures";

test("what Northgate's template does, as the learner's Unit tab says it", () => {
  const t = parseCentreTemplate(NORTHGATE);
  expect(centreTemplateFacts(t, centreUnit(t))).toEqual([
    "Cover sheet asking for Learner name, ILM registration number, Cohort and Tutor, with the centre's name filled in",
    "Guidance under each side-heading, with Northgate College's own for 1.1",
    "Side-headings locked, so they keep the exact wording",
    "Extra sections: Appendix 1: Coaching log; Appendix 2: Supervision notes",
    "Suggested length 4,000–5,500 words",
    'Harvard referencing as Cite Them Right, except "n.d." for undated works',
  ]);
});

test("a minimal template, and one that words an unconfirmed unit", () => {
  const minimal = parseCentreTemplate({ ...MINIMAL, coverSheet: false, guidance: false, lockHeadings: false });
  // 8580-503's seeds give no word range.
  expect(centreUnit(minimal).wordRange).toBeNull();
  expect(centreTemplateFacts(minimal, centreUnit(minimal))).toEqual(["No cover sheet", "No guidance under the side-headings", "No suggested word range", "Harvard referencing as Cite Them Right"]);
  const east = parseCentreTemplate(MARK_SHEET_502);
  expect(centreTemplateFacts(east, centreUnit(east))).toContain("Assessment criteria worded from Eastfield Training's ILM mark sheet");
  expect(centreTemplateFacts(east, centreUnit(east))).toContain("No suggested word range");
});

test("every Harvard difference is named", () => {
  const t = parseCentreTemplate({ ...MINIMAL, harvard: { etAlFrom: 3, ampersandInBrackets: true, noDate: "n.d.", pageLocator: ": 42", edition: "11th" } });
  expect(harvardDifferences(t)).toBe('"et al." from 3 authors, "&" between authors inside brackets, "n.d." for undated works, pages as ": 42" and the 11th edition');
  expect(harvardDifferences(parseCentreTemplate({ ...MINIMAL, harvard: { etAlFrom: 4 } }))).toBeNull();
});

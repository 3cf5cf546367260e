/** What a validated centre template changes: the unit its learners answer, the template options and additions. */
import { centreCustomisation, centreHarvard, centreTemplateOptions, centreUnit, recordedTemplate, verbsIn } from "../../src/centre/apply";
import { parseCentreTemplate } from "../../src/centre/parse";
import { getUnit } from "../../src/units/catalogue";
import { MARK_SHEET_502, MINIMAL, NORTHGATE } from "./fixtures";

test("a confirmed unit keeps every AC's wording and descriptors; only the word range changes", () => {
  const t = parseCentreTemplate({ ...NORTHGATE, wordRange: [3000, 3500] });
  const unit = centreUnit(t);
  const base = getUnit("8580-500")!;
  expect(unit.criteria).toEqual(base.criteria);
  expect(unit.outcomes).toEqual(base.outcomes);
  expect(unit.wordRange).toEqual([3000, 3500]);
  expect(base.wordRange).toEqual([4000, 5500]);
  expect(centreUnit(parseCentreTemplate(MINIMAL)).wordRange).toEqual(getUnit("8580-503")!.wordRange);
});

test("the unconfirmed unit takes the centre's outcomes and ACs, and is confirmed", () => {
  const unit = centreUnit(parseCentreTemplate(MARK_SHEET_502));
  expect(unit.wordingStatus).toBe("confirmed");
  expect(unit.markSheet).toBe("Eastfield Training's ILM mark sheet");
  expect(unit.outcomes.map((o) => o.title)).toEqual(MARK_SHEET_502.outcomes!.map((o) => o.title));
  expect(unit.criteria.map((c) => [c.id, c.outcome, c.wording])).toEqual(MARK_SHEET_502.criteria!.map((c) => [c.ac, c.ac[0], c.wording]));
  expect(unit.criteria.map((c) => c.verbs)).toEqual([["Agree"], ["Plan"], ["Evaluate"], ["Reflect", "Plan"]]);
  // An outcome the centre leaves untitled keeps the catalogue's title.
  const untitled = centreUnit(parseCentreTemplate({ ...MARK_SHEET_502, outcomes: [MARK_SHEET_502.outcomes![0]!] }));
  expect(untitled.outcomes[1]!.title).toBe(getUnit("8580-502")!.outcomes[1]!.title);
});

test("command verbs in a wording: the longest phrase first, American spellings too", () => {
  expect(verbsIn("Critically evaluate the model and evaluate your practice")).toEqual(["Critically evaluate", "Evaluate"]);
  expect(verbsIn("Summarize the activity")).toEqual(["Summarise"]);
  expect(verbsIn("Nothing here")).toEqual([]);
});

test("options, additions and Harvard settings", () => {
  const t = parseCentreTemplate(NORTHGATE);
  expect(centreTemplateOptions(t)).toEqual({ guidance: true, coverSheet: true, lockHeadings: true });
  expect(centreTemplateOptions(parseCentreTemplate({ ...MINIMAL, coverSheet: false, guidance: false, lockHeadings: false }))).toEqual({ guidance: false, coverSheet: false, lockHeadings: false });
  expect(centreCustomisation(t)).toEqual({
    centre: { name: "Northgate College", number: "123456" },
    coverFields: ["Learner name", "ILM registration number", "Cohort", "Tutor"],
    acGuidance: { "1.1": "Use at least two published definitions." },
    extraSections: ["Appendix 1: Coaching log", "Appendix 2: Supervision notes"],
  });
  expect(centreHarvard(t)).toEqual({ etAlFrom: 4, ampersandInBrackets: false, noDate: "n.d." });
  expect(recordedTemplate(t)).not.toHaveProperty("$schema");
  expect(parseCentreTemplate(recordedTemplate(t))).toEqual(recordedTemplate(t));
});

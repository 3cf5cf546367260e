/** The Centre mode's editor without React: typed text becomes the template the one schema checks. */
import { parseCentreTemplate } from "../../../src/centre/parse";
import { editorReducer, emptyForm, formFromTemplate, suggestedId, templateFromForm, type CentreForm, type EditorAction } from "../../../src/taskpane/centre/editor-model";
import { harvardSettings } from "../../../src/harvard/house-style";
import { MARK_SHEET_502, NORTHGATE } from "../../centre/fixtures";

const play = (form: CentreForm, ...actions: EditorAction[]) => actions.reduce(editorReducer, form);

describe("the editor's form", () => {
  test("a new template: the pane's defaults, and an id that follows the centre's name", () => {
    let form = emptyForm("8580-500");
    expect(form.id).toBe("centre-8580-500");
    form = play(form, { type: "set", field: "centreName", value: "St Mary's Adult Education Centre" });
    expect(form.id).toBe("st-mary-s-adult-education-centre-8580-500");
    form = play(form, { type: "unit", unit: "8580-503" });
    expect(form.id).toBe("st-mary-s-adult-education-centre-8580-503");
    // Once the centre types its own id, it stays.
    form = play(form, { type: "id", value: "stmarys-503" }, { type: "set", field: "centreName", value: "St Mary's" }, { type: "unit", unit: "8580-501" });
    expect(form.id).toBe("stmarys-503");
    expect(suggestedId("Ærø Côte-d'Or  College!", "8581-700")).toBe("r-cote-d-or-college-8581-700");
  });

  test("typed fields become the template; the schema accepts it", () => {
    const form = play(
      emptyForm("8580-500"),
      { type: "set", field: "centreName", value: "Northgate College" },
      { type: "set", field: "centreNumber", value: "123456" },
      { type: "set", field: "coverFields", value: "Learner name\n\n ILM registration number \nCohort\nTutor" },
      { type: "acGuidance", ac: "1.1", text: "Use at least two published definitions." },
      { type: "acGuidance", ac: "1.2", text: "   " },
      { type: "set", field: "extraSections", value: "Appendix 1: Coaching log\nAppendix 2: Supervision notes\n" },
      { type: "set", field: "wordRangeLow", value: "4,000" },
      { type: "set", field: "wordRangeHigh", value: "5500" },
      { type: "harvard", settings: { noDate: "n.d." } },
      { type: "id", value: "northgate-8580-500" },
    );
    const { template, problem } = templateFromForm(form, false);
    expect(problem).toBeUndefined();
    const { $schema: _unused, ...expected } = parseCentreTemplate(NORTHGATE);
    expect(parseCentreTemplate(template)).toEqual({ ...expected, harvard: { noDate: "n.d." } });
  });

  test("half a word range is the form's one problem; text in a number is the schema's", () => {
    expect(templateFromForm(play(emptyForm("8580-500"), { type: "set", field: "wordRangeLow", value: "3000" }), false).problem).toMatch(/both ends of the word range/);
    const { template } = templateFromForm(play(emptyForm("8580-500"), { type: "set", field: "centreName", value: "X" }, { type: "set", field: "wordRangeLow", value: "lots" }, { type: "set", field: "wordRangeHigh", value: "5000" }), false);
    expect(() => parseCentreTemplate(template)).toThrow(/"wordRange\[0\]" must be a number, not text/);
  });

  test("a template opened from a file comes back the same (Cite Them Right's own values may be left out)", () => {
    for (const input of [NORTHGATE, MARK_SHEET_502]) {
      const t = parseCentreTemplate(input);
      const form = formFromTemplate(t);
      const { $schema: _unused, harvard, ...expected } = t;
      const { harvard: back, ...rest } = parseCentreTemplate(templateFromForm(form, t.unit === "8580-502").template);
      expect(rest).toEqual(expected);
      expect(harvardSettings(back)).toEqual(harvardSettings(harvard));
    }
  });

  test("the mark sheet's wording for an unconfirmed unit, as typed", () => {
    const form = play(
      emptyForm("8580-502"),
      { type: "set", field: "centreName", value: "Eastfield" },
      { type: "set", field: "outcomes", value: "Learning outcome 1: Plan the programme\nLO2 Reflect on it" },
      { type: "set", field: "criteria", value: "AC 1.1 Agree a contract with each client\n1.2: Plan a programme of sessions\n2.1 Reflect on own practice as a coach" },
    );
    const t = parseCentreTemplate(templateFromForm(form, true).template);
    expect(t.outcomes).toEqual([{ id: "1", title: "Plan the programme" }, { id: "2", title: "Reflect on it" }]);
    expect(t.criteria!.map((c) => c.ac)).toEqual(["1.1", "1.2", "2.1"]);
    // A line without a number is named by the schema.
    const bad = play(form, { type: "set", field: "criteria", value: "Agree a contract with each client" });
    expect(() => parseCentreTemplate(templateFromForm(bad, true).template)).toThrow(/"criteria\[0\]\.ac" must be an AC number/);
    // For a confirmed unit the wording fields are never sent.
    expect(templateFromForm({ ...form, unit: "8580-500" }, false).template).not.toHaveProperty("criteria");
  });

  test("another unit starts without the guidance written for the last one", () => {
    const form = play(emptyForm("8580-500"), { type: "acGuidance", ac: "1.1", text: "x" }, { type: "unit", unit: "8580-503" });
    expect(form.acGuidance).toEqual({});
  });
});

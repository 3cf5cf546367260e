/**
 * The Tutor view's state, without React or Word: grades loaded (none, damaged, newer, another
 * unit's), edited, saved; the comment bank; the learner's view of a marked draft.
 */
import { initialPaneState, paneReducer, type PaneState } from "../../../src/taskpane/model/pane-reducer";
import { hasUnsavedGrades, initialTutorState, tutorReducer, type TutorAction, type TutorState } from "../../../src/taskpane/model/tutor-reducer";
import type { Marking } from "../../../src/marking/marking";
import { getUnit } from "../../../src/units/catalogue";

const u700 = getUnit("8581-700")!;
const u500 = getUnit("8580-500")!;
const TODAY = "2025-03-04";

const saved: Marking = { unit: "8581-700", tutor: "Dr T", date: "2025-03-01", grades: { "1.1": { mark: 9, rationale: "Good." } } };

function apply(state: TutorState, ...actions: TutorAction[]): TutorState {
  return actions.reduce(tutorReducer, state);
}

describe("tutor reducer", () => {
  test("reaches the pane's state through the pane reducer's tutor action; an action that changes nothing keeps the state", () => {
    const pane: PaneState = initialPaneState(undefined, "tutor", "Dr T");
    expect(pane.tutor).toEqual(initialTutorState("Dr T"));
    const next = paneReducer(pane, { type: "tutor", action: { type: "tabChosen", tab: "bank" } });
    expect(next.tutor.tab).toBe("bank");
    expect(next.role).toBe("tutor");
    const same = paneReducer(next, { type: "tutor", action: { type: "gradeChanged", ac: "1.1", mark: { rationale: "" } } });
    expect(same).toBe(next);
  });

  test("no grades in the document: a fresh marking for the unit, dated today, in the tutor's name", () => {
    const s = apply(initialTutorState("Dr T"), { type: "markingLoaded", entry: { state: "none" }, unit: u700, today: TODAY });
    expect(s.draft).toEqual({ unit: "8581-700", tutor: "Dr T", date: TODAY, grades: {} });
    expect(s.saved).toBeNull();
    expect(hasUnsavedGrades(s)).toBe(false);
    // A Word that cannot store grades gives the same fresh start.
    expect(apply(initialTutorState(), { type: "markingLoaded", entry: null, unit: u700, today: TODAY }).draft?.grades).toEqual({});
  });

  test("saved grades are read back; editing makes them unsaved until saved again", () => {
    let s = apply(initialTutorState(), { type: "markingLoaded", entry: { state: "ok", value: saved }, unit: u700, today: TODAY });
    expect(s.draft).toEqual(saved);
    s = apply(s, { type: "gradeChanged", ac: "2.1", mark: { mark: 7, rationale: "Thin." } });
    expect(hasUnsavedGrades(s)).toBe(true);
    expect(s.draft?.grades["2.1"]).toEqual({ mark: 7, rationale: "Thin." });
    s = apply(s, { type: "gradeChanged", ac: "2.1", mark: undefined });
    expect(hasUnsavedGrades(s)).toBe(false);
    s = apply(s, { type: "passPerChosen", passPer: "criterion" });
    expect(s.draft?.passPer).toBe("criterion");
    expect(hasUnsavedGrades(s)).toBe(true);
    const signed = { ...s.draft!, date: TODAY };
    s = apply(s, { type: "markingSaved", marking: signed });
    expect(s.saved).toEqual(signed);
    expect(hasUnsavedGrades(s)).toBe(false);
    s = apply(s, { type: "passPerChosen", passPer: undefined });
    expect(s.draft).not.toHaveProperty("passPer");
  });

  test("damaged grades: said, and marking starts afresh; another unit's grades: said, not mixed in", () => {
    const damaged = apply(initialTutorState(), { type: "markingLoaded", entry: { state: "damaged", message: "Could not read." }, unit: u700, today: TODAY });
    expect(damaged).toMatchObject({ storedNotice: "Could not read.", saved: null, locked: false });
    expect(damaged.draft?.grades).toEqual({});
    const other = apply(initialTutorState(), { type: "markingLoaded", entry: { state: "ok", value: saved }, unit: u500, today: TODAY });
    expect(other.draft).toMatchObject({ unit: "8580-500", grades: {} });
    expect(other.storedNotice).toBe("The grades in this document are for unit 8581-700; marking against 8580-500 starts afresh, and saving replaces them.");
  });

  test("grades from a newer add-in lock the marking: shown as a notice, never edited", () => {
    let s = apply(initialTutorState(), { type: "markingLoaded", entry: { state: "newer", version: 2, message: "Newer." }, unit: u700, today: TODAY });
    expect(s).toMatchObject({ locked: true, draft: null, storedNotice: "Newer." });
    s = apply(s, { type: "gradeChanged", ac: "1.1", mark: { mark: 1, rationale: "" } });
    expect(s.draft).toBeNull();
    // Reading again (another unit, a new document) unlocks.
    expect(apply(s, { type: "markingLoaded", entry: { state: "none" }, unit: u700, today: TODAY }).locked).toBe(false);
  });

  test("the comment bank: loaded, changed with a message, an import refusal shown until the next change", () => {
    let s = apply(initialTutorState(), { type: "bankLoaded", bank: { snippets: [{ id: "a", text: "A" }] } });
    s = apply(s, { type: "importFailed", message: "The comment bank was not imported: snippets[0].text must not be empty. Nothing was imported." });
    expect(s.bank?.snippets).toHaveLength(1);
    expect(s.importError).toMatch(/snippets\[0\]\.text/);
    s = apply(s, { type: "bankChanged", bank: { snippets: [] }, message: "Deleted the snippet." });
    expect(s).toMatchObject({ importError: null, bankMessage: "Deleted the snippet.", bank: { snippets: [] } });
    s = apply(s, { type: "bankQueryChanged", query: "grow" }, { type: "bankAcChosen", ac: "1.2" });
    expect([s.bankQuery, s.bankAc]).toEqual(["grow", "1.2"]);
  });

  test("the learner's view of a marked draft, the findings' result, the CSV to copy by hand", () => {
    const s = apply(
      initialTutorState(),
      { type: "feedbackLoaded", feedback: { comments: [], marking: saved } },
      { type: "findingsDone", message: "Added 3 comments." },
      { type: "csvFallback", csv: "AC,Mark\r\n" },
      { type: "supportKnown", support: { comment: false, store: true } },
      { type: "nameChanged", name: "Dr New" },
    );
    expect(s).toMatchObject({ feedback: { marking: saved }, findingsMessage: "Added 3 comments.", csvFallback: "AC,Mark\r\n", support: { comment: false, store: true }, tutorName: "Dr New" });
  });
});

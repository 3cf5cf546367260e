import type { DraftDocument } from "../../../src/model/document";
import { addSource, emptyLibrary, type SourceLibrary } from "../../../src/harvard/library/library";
import type { Engine } from "../../../src/taskpane/backend";
import { initialPaneState, paneReducer, toggleTick, type PaneAction, type PaneState } from "../../../src/taskpane/model/pane-reducer";
import { getUnit } from "../../../src/units/catalogue";
import { emptyReport } from "../report";

/** The pane's state transitions, without React or Word. */

const UNIT = getUnit("8580-500")!;
const OTHER = getUnit("8581-700")!;
const DOC: DraftDocument = { paragraphs: [], source: "test" };
const REPORT = emptyReport({});
const NO_UNIT_REPORT = emptyReport({ unit: null, wordRange: null });
const ERROR = { title: "The document is read-only", message: "Word would not let the add-in do that.", intent: "error" as const };
const ENGINE = { catalogue: {}, backend: {} } as unknown as Engine;
const NOTICE = { feature: "Storing data in the document (WordApi 1.4)", consequence: "Ticks last until you close the pane." };

const withSource = (lib: SourceLibrary): SourceLibrary => addSource(lib, { type: "book", title: "Coaching skills", author: [{ family: "Starr", given: "Julie" }], issued: { "date-parts": [[2016]] } }).library;
const ONE_SOURCE = withSource(emptyLibrary());

const base = (partial: Partial<PaneState> = {}): PaneState => ({ ...initialPaneState(), ...partial });

type Row = [name: string, from: Partial<PaneState>, action: PaneAction, expected: Partial<PaneState>];

const TRANSITIONS: Row[] = [
  ["the engine loads with the features this Word lacks", {}, { type: "engineLoaded", engine: ENGINE, notices: [NOTICE] }, { engine: ENGINE, notices: [NOTICE], busy: "Loading" }],
  [
    "opening a draft takes the unit from the analysis and shows the Check tab",
    {},
    { type: "opened", doc: DOC, report: REPORT, reportUnit: UNIT, remembered: OTHER },
    { doc: DOC, report: REPORT, unit: UNIT, unitSource: "detected", tab: "check", busy: null },
  ],
  [
    "opening a document with no draft offers the remembered unit, with no report",
    {},
    { type: "opened", doc: DOC, report: NO_UNIT_REPORT, reportUnit: null, remembered: OTHER },
    { doc: DOC, report: null, unit: OTHER, unitSource: "remembered", tab: "start", busy: null },
  ],
  [
    "opening a document with no draft and nothing remembered leaves the unit to pick",
    {},
    { type: "opened", doc: DOC, report: NO_UNIT_REPORT, reportUnit: null, remembered: null },
    { doc: DOC, report: null, unit: null, unitSource: null, tab: "start", busy: null },
  ],
  ["ticks read from the document", {}, { type: "ticksLoaded", ticks: { "1.1": [0, 2] } }, { ticks: { "1.1": [0, 2] }, ticksStored: true }],
  ["a Word that cannot keep ticks", {}, { type: "ticksLoaded", ticks: null }, { ticks: {}, ticksStored: false }],
  ["Word tells the pane about edits", {}, { type: "watchStarted", watching: true }, { watching: true }],
  ["an action starts: the last error and confirmation go", { busy: null, error: ERROR, status: "Done." }, { type: "busyStarted", label: "Check my draft" }, { busy: "Check my draft", error: null, status: null }],
  ["an action ends", { busy: "Check my draft" }, { type: "busyEnded" }, { busy: null }],
  ["a tutor takes the pane: the learner's confirmation goes", { role: "learner", status: "Done." }, { type: "roleChosen", role: "tutor" }, { role: "tutor", status: null }],
  ["a centre's administrator takes the pane", { role: "tutor" }, { type: "roleChosen", role: "centre" }, { role: "centre" }],
  ["an action fails", { busy: "Insert template" }, { type: "failed", error: ERROR }, { error: ERROR, busy: "Insert template" }],
  ["the learner dismisses the error", { error: ERROR }, { type: "errorDismissed" }, { error: null }],
  [
    "a check with no unit chosen takes the report's unit",
    { unit: null, unitSource: null, stale: true },
    { type: "checked", doc: DOC, report: REPORT, unit: UNIT },
    { doc: DOC, report: REPORT, unit: UNIT, unitSource: "detected", stale: false },
  ],
  [
    "a check keeps the unit the learner picked",
    { unit: UNIT, unitSource: "picked", stale: true },
    { type: "checked", doc: DOC, report: REPORT, unit: UNIT },
    { doc: DOC, report: REPORT, unit: UNIT, unitSource: "picked", stale: false },
  ],
  [
    "a check that finds no unit leaves it to pick",
    { unit: null, unitSource: null },
    { type: "checked", doc: DOC, report: NO_UNIT_REPORT, unit: null },
    { doc: DOC, report: NO_UNIT_REPORT, unit: null, unitSource: null },
  ],
  ["an edit after a check marks the results out of date", { report: REPORT }, { type: "documentChanged" }, { stale: true }],
  ["an edit before any check changes nothing", { report: null }, { type: "documentChanged" }, { stale: false }],
  ["choosing a tab clears the confirmation and resets the References section", { tab: "check", status: "Done.", referencesSection: "list" }, { type: "tabChosen", tab: "submit" }, { tab: "submit", status: null, referencesSection: "sources" }],
  ["Update reference list opens References at the list", { tab: "check", status: "Done." }, { type: "referencesOpened", section: "list" }, { tab: "references", referencesSection: "list", status: null }],
  ["picking a unit drops the report made for another", { unit: UNIT, unitSource: "detected", report: REPORT }, { type: "unitChosen", unit: OTHER }, { unit: OTHER, unitSource: "picked", report: null }],
  [
    "template options are remembered",
    {},
    { type: "templateOptionsChosen", options: { guidance: false, coverSheet: true, lockHeadings: false } },
    { templateOptions: { guidance: false, coverSheet: true, lockHeadings: false } },
  ],
  ["the template went in: Check tab, with what to do next", { tab: "start" }, { type: "templateInserted", message: "Inserted the template." }, { tab: "check", status: "Inserted the template. Write your answers under each side-heading." }],
  ["a document action confirms what it did", { tab: "check" }, { type: "confirmed", status: "Inserted 1 missing section." }, { tab: "check", status: "Inserted 1 missing section." }],
  ["ticking a descriptor", { ticks: { "1.1": [2] } }, { type: "ticksToggled", ac: "1.1", index: 0 }, { ticks: { "1.1": [0, 2] } }],
  ["unticking a descriptor", { ticks: { "1.1": [0, 2], "1.2": [1] } }, { type: "ticksToggled", ac: "1.1", index: 2 }, { ticks: { "1.1": [0], "1.2": [1] } }],
  ["the ticks could not be saved", { ticksStored: true }, { type: "storeUnavailable", store: "ticks" }, { ticksStored: false }],
  [
    "the sources could not be saved: the pane keeps them",
    { sources: { library: ONE_SOURCE, stored: true } },
    { type: "storeUnavailable", store: "sources" },
    { sources: { library: ONE_SOURCE, stored: false } },
  ],
  ["the library read from the document", {}, { type: "libraryLoaded", library: ONE_SOURCE }, { sources: { library: ONE_SOURCE, stored: true } }],
  ["a Word that cannot store sources starts an empty library for the session", {}, { type: "libraryLoaded", library: null }, { sources: { library: emptyLibrary(), stored: false } }],
  [
    "the library is read again where Word stores it",
    { sources: { library: emptyLibrary(), stored: true } },
    { type: "libraryLoaded", library: ONE_SOURCE },
    { sources: { library: ONE_SOURCE, stored: true } },
  ],
  [
    "a session-only library is never replaced by reading the document again",
    { sources: { library: ONE_SOURCE, stored: false } },
    { type: "libraryLoaded", library: null },
    { sources: { library: ONE_SOURCE, stored: false } },
  ],
  [
    "a session-only library is not replaced by an older copy in the document either",
    { sources: { library: withSource(ONE_SOURCE), stored: false } },
    { type: "libraryLoaded", library: ONE_SOURCE },
    { sources: { library: withSource(ONE_SOURCE), stored: false } },
  ],
  ["the learner adds a source", { sources: { library: emptyLibrary(), stored: false } }, { type: "libraryChanged", library: ONE_SOURCE }, { sources: { library: ONE_SOURCE, stored: false } }],
];

describe("pane reducer", () => {
  it.each(TRANSITIONS)("%s", (_name, from, action, expected) => {
    const before = base(from);
    const frozen = JSON.stringify({ ...before, engine: null });
    const after = paneReducer(before, action);
    expect(after).toEqual({ ...before, ...expected });
    // Pure: the state it was given is left as it was.
    expect(JSON.stringify({ ...before, engine: null })).toBe(frozen);
  });

  it("starts loading, on the Unit tab, with the learner's last template options", () => {
    const options = { guidance: false, coverSheet: false, lockHeadings: true };
    expect(initialPaneState(options)).toMatchObject({ busy: "Loading", tab: "start", templateOptions: options, sources: null, ticksStored: true });
    expect(initialPaneState().templateOptions).toEqual({ guidance: true, coverSheet: true, lockHeadings: true });
  });

  it("keeps the learner's sources across tab changes where Word cannot store them (regression)", () => {
    const steps: PaneAction[] = [
      { type: "tabChosen", tab: "references" },
      { type: "libraryLoaded", library: null },
      { type: "libraryChanged", library: ONE_SOURCE },
      { type: "tabChosen", tab: "check" },
      { type: "tabChosen", tab: "references" },
      // The References view asks for the library again when it opens.
      { type: "libraryLoaded", library: null },
    ];
    const end = steps.reduce(paneReducer, base({ busy: null }));
    expect(end.sources).toEqual({ library: ONE_SOURCE, stored: false });
    expect(end.sources!.library.items.map((x) => x.title)).toEqual(["Coaching skills"]);
  });

  it("returns the same state when nothing changes, so the pane does not redraw", () => {
    const stale = base({ report: REPORT, stale: true });
    expect(paneReducer(stale, { type: "documentChanged" })).toBe(stale);
  });

  it("toggleTick keeps the indexes in order and leaves other ACs alone", () => {
    expect(toggleTick({}, "2.1", 3)).toEqual({ "2.1": [3] });
    expect(toggleTick({ "2.1": [3], "1.1": [0] }, "2.1", 1)).toEqual({ "2.1": [1, 3], "1.1": [0] });
    expect(toggleTick({ "2.1": [1] }, "2.1", 1)).toEqual({ "2.1": [] });
  });
});

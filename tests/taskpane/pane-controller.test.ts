import { addSource, type SourceLibrary } from "../../src/harvard/library/library";
import type { UserStore } from "../../src/office/storage";
import { buildSampleDraft, SAMPLE_UNIT } from "../../src/preview/sample-draft";
import { createWordEngine } from "../../src/taskpane/engine";
import { createPaneController, type PaneController, type Prefs } from "../../src/taskpane/pane-controller";
import { buildMemoryDocument, memoryRun, type MemoryDocument } from "../../src/word-memory/memory-word";
import { loadSources } from "../../src/word/sources-store";
import { memoryWordRunner } from "../../src/word-memory/memory-word";

/** The pane's effects against the in-memory Word, without React: what the views see after each action. */

function prefsWith(initial: Prefs = {}): UserStore<Prefs> {
  const m = new Map<string, Prefs>([["unit", initial]]);
  return { get: (k) => m.get(k), set: (k, v) => void m.set(k, v) };
}

interface Opened {
  pane: PaneController;
  /** Plays a learner's edit, as the preview's document reports it. */
  edit(): void;
  stop(): void;
}

async function open(memory: MemoryDocument, prefs: UserStore<Prefs> = prefsWith()): Promise<Opened> {
  let onEdit: () => void = () => undefined;
  const engine = await createWordEngine({
    run: memoryRun(memory),
    isSetSupported: memory.isSetSupported,
    watchChanges: (cb) => {
      onEdit = cb;
      return () => undefined;
    },
  });
  const pane = createPaneController({ loadEngine: async () => engine, prefs });
  const stop = pane.start();
  // Start-up ends by watching the document.
  await until(pane, () => pane.getState().watching);
  return { pane, edit: () => onEdit(), stop };
}

async function until(pane: PaneController, done: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((r) => setTimeout(r, 0));
  if (!done()) throw new Error(`pane never settled: ${JSON.stringify({ ...pane.getState(), engine: undefined, doc: undefined, report: undefined })}`);
}

const withHawkins = (lib: SourceLibrary): SourceLibrary =>
  addSource(lib, { type: "book", title: "Creating a coaching culture", author: [{ family: "Hawkins", given: "Peter" }], issued: { "date-parts": [[2012]] } }).library;

describe("pane controller", () => {
  it("opens a draft on the Check tab with the unit the analysis found", async () => {
    const { pane, stop } = await open(await buildSampleDraft(), prefsWith({ unit: "8581-700" }));
    const s = pane.getState();
    expect(s.report?.unit).toBe(SAMPLE_UNIT);
    expect(s.unit?.id).toBe(SAMPLE_UNIT);
    expect(s).toMatchObject({ unitSource: "detected", tab: "check", busy: null, error: null, ticksStored: true });
    stop();
  });

  it("offers the remembered unit on a blank document, with no report", async () => {
    const { pane, stop } = await open(buildMemoryDocument([]), prefsWith({ unit: "8581-700" }));
    const s = pane.getState();
    expect(s.unit?.id).toBe("8581-700");
    expect(s).toMatchObject({ unitSource: "remembered", report: null, tab: "start" });
    stop();
  });

  it("keeps the learner's sources across tab changes where Word cannot store them", async () => {
    const memory = await buildSampleDraft();
    memory.requirements = { WordApi: "1.3" };
    const { pane, stop } = await open(memory);
    pane.actions.setTab("references");
    await pane.actions.loadSources();
    expect(pane.getState().sources).toEqual({ library: { version: 1, items: [] }, stored: false });

    await pane.actions.saveSources(withHawkins(pane.getState().sources!.library));
    pane.actions.setTab("check");
    pane.actions.setTab("references");
    await pane.actions.loadSources();
    expect(pane.getState().sources!.stored).toBe(false);
    expect(pane.getState().sources!.library.items.map((x) => x.id)).toEqual(["hawkins2012"]);
    stop();
  });

  it("saves the learner's sources in the document where Word can, and does not read them again on each visit", async () => {
    const memory = await buildSampleDraft();
    const { pane, stop } = await open(memory);
    await pane.actions.loadSources();
    const loaded = pane.getState().sources!;
    expect(loaded.stored).toBe(true);
    await pane.actions.saveSources(withHawkins(loaded.library));
    expect((await loadSources(memoryWordRunner(memory))).items.map((x) => x.id)).toContain("hawkins2012");

    const runs = memory.runCount;
    pane.actions.setTab("check");
    pane.actions.setTab("references");
    await pane.actions.loadSources();
    expect(memory.runCount).toBe(runs);
    expect(pane.getState().sources!.library.items.map((x) => x.id)).toContain("hawkins2012");
    stop();
  });

  it("marks the results out of date when the learner edits, and current again after a check", async () => {
    const { pane, edit, stop } = await open(await buildSampleDraft());
    edit();
    expect(pane.getState().stale).toBe(true);
    const report = await pane.actions.check();
    expect(report?.unit).toBe(SAMPLE_UNIT);
    expect(pane.getState().stale).toBe(false);
    stop();
  });

  it("says in one sentence when the document is read-only, and stops being busy", async () => {
    const memory = buildMemoryDocument([]);
    memory.readOnly = true;
    const { pane, stop } = await open(memory);
    pane.actions.chooseUnit(SAMPLE_UNIT);
    await pane.actions.insertTemplate({ guidance: true, coverSheet: true, lockHeadings: true });
    expect(pane.getState().busy).toBeNull();
    expect(pane.getState().error).toMatchObject({ title: "The document is read-only", intent: "error" });
    expect(pane.getState().error!.message).toMatch(/^Word would not let the add-in insert the template because .*read-only/);
    stop();
  });

  it("inserts the template on a blank document, checks it and shows the Check tab", async () => {
    const prefs = prefsWith();
    const { pane, stop } = await open(buildMemoryDocument([]), prefs);
    pane.actions.chooseUnit(SAMPLE_UNIT);
    const options = { guidance: false, coverSheet: false, lockHeadings: true };
    await pane.actions.insertTemplate(options);
    const s = pane.getState();
    expect(s).toMatchObject({ tab: "check", error: null, unitSource: "picked", templateOptions: options });
    expect(s.report?.sections.length).toBeGreaterThan(0);
    expect(s.status).toMatch(/Write your answers under each side-heading\.$/);
    expect(prefs.get("unit")).toEqual({ unit: SAMPLE_UNIT, template: options });
    stop();
  });

  it("remembers the role for this user, and opens in it next time", async () => {
    const prefs = prefsWith();
    const first = await open(buildMemoryDocument([]), prefs);
    expect(first.pane.getState().role).toBe("learner");
    first.pane.actions.chooseRole("tutor");
    expect(first.pane.getState().role).toBe("tutor");
    first.stop();
    const again = await open(buildMemoryDocument([]), prefs);
    expect(again.pane.getState().role).toBe("tutor");
    again.stop();
  });

  it("ignores a remembered role it does not know", async () => {
    const prefs = prefsWith();
    prefs.set("role", { role: "examiner" as never });
    const { pane, stop } = await open(buildMemoryDocument([]), prefs);
    expect(pane.getState().role).toBe("learner");
    stop();
  });
});

describe("pane controller start-up reads", () => {
  it("asks Word for the document, the recorded centre template and the ticks at once, not one after another", async () => {
    const memory = await buildSampleDraft();
    const engine = await createWordEngine({ run: memoryRun(memory), isSetSupported: memory.isSetSupported, watchChanges: () => () => undefined });
    const asked: string[] = [];
    let answer!: () => void;
    const held = new Promise<void>((r) => (answer = r));
    const read = engine.backend.readDocument;
    engine.backend.readDocument = async () => {
      asked.push("document");
      await held;
      return read();
    };
    const centre = engine.backend.loadCentreTemplate;
    engine.backend.loadCentreTemplate = () => (asked.push("centre"), centre());
    const ticks = engine.backend.loadTicks;
    engine.backend.loadTicks = () => (asked.push("ticks"), ticks());
    const pane = createPaneController({ loadEngine: async () => engine, prefs: prefsWith() });
    const stop = pane.start();
    await until(pane, () => asked.length === 3);
    // All three asked for while the document's read is still unanswered.
    expect(asked.sort()).toEqual(["centre", "document", "ticks"]);
    answer();
    await until(pane, () => pane.getState().watching);
    expect(pane.getState().report?.unit).toBe(SAMPLE_UNIT);
    expect(pane.getState().ticksStored).toBe(true);
    stop();
  });
});

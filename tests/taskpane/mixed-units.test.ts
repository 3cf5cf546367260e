/**
 * The pane with a document of one unit and a learner who picks another: it asks first, checks
 * against the unit picked only when told to, and never adds that unit's side-headings.
 */
import type { UserStore } from "../../src/office/storage";
import { createWordEngine } from "../../src/taskpane/engine";
import { createPaneController, type PaneController, type Prefs } from "../../src/taskpane/pane-controller";
import { buildMemoryDocument, memoryRun, snapshot, type MemoryDocument } from "../../src/word-memory/memory-word";

function memoryPrefs(): UserStore<Prefs> {
  const m = new Map<string, Prefs>();
  return { get: (k) => m.get(k), set: (k, v) => void m.set(k, JSON.parse(JSON.stringify(v)) as Prefs) };
}

async function open(memory: MemoryDocument): Promise<{ pane: PaneController; prefs: UserStore<Prefs>; stop(): void }> {
  let clock = 0;
  const prefs = memoryPrefs();
  const engine = createWordEngine({ run: memoryRun(memory), isSetSupported: memory.isSetSupported, watchChanges: () => () => undefined });
  // Each request a second after the last: these are separate clicks, not a double-click.
  const pane = createPaneController({ loadEngine: async () => engine, prefs, now: () => (clock += 1000) });
  const stop = pane.start();
  for (let i = 0; i < 500 && !pane.getState().watching; i++) await new Promise((r) => setTimeout(r, 0));
  return { pane, prefs, stop };
}

const OPTIONS = { guidance: true, coverSheet: true, lockHeadings: true };

async function documentOf700() {
  const memory = buildMemoryDocument([]);
  const opened = await open(memory);
  opened.pane.actions.chooseUnit("8581-700");
  await opened.pane.actions.insertTemplate(OPTIONS);
  expect(opened.pane.getState().report?.unit).toBe("8581-700");
  return { memory, ...opened };
}

describe("picking another unit for a document that has one", () => {
  it("asks first, and keeps the document's unit when the learner says so", async () => {
    const { pane, prefs, stop } = await documentOf700();
    pane.actions.chooseUnit("8580-503");
    expect(pane.getState().unit?.id).toBe("8581-700");
    expect(pane.getState().unitQuestion).toMatchObject({ unit: { id: "8580-503" }, documentUnit: { id: "8581-700" } });
    expect(prefs.get("unit")?.unit).toBe("8581-700");
    pane.actions.keepDocumentUnit();
    expect(pane.getState().unitQuestion).toBeNull();
    expect(pane.getState().unit?.id).toBe("8581-700");
    expect(pane.getState().report?.unit).toBe("8581-700");
    stop();
  });

  it("checks against the unit picked once confirmed, and still adds none of its side-headings", async () => {
    const { memory, pane, prefs, stop } = await documentOf700();
    pane.actions.chooseUnit("8580-503");
    pane.actions.confirmUnit();
    expect(pane.getState()).toMatchObject({ unit: { id: "8580-503" }, unitQuestion: null, unitSource: "picked" });
    expect(prefs.get("unit")?.unit).toBe("8580-503");
    const report = await pane.actions.check();
    expect(report?.unit).toBe("8580-503");

    const before = snapshot(memory);
    await pane.actions.insertMissing();
    expect(pane.getState().error).toMatchObject({ title: "Sections not inserted", intent: "warning" });
    expect(pane.getState().error!.message).toMatch(/^This document has the side-headings of unit 8581-700, so the missing sections of unit 8580-503 were not inserted/);
    expect(snapshot(memory)).toEqual(before);

    await pane.actions.insertTemplate(OPTIONS);
    expect(pane.getState().error).toMatchObject({ title: "Template not inserted", intent: "warning" });
    expect(pane.getState().error!.message).toMatch(/^This document has the side-headings of unit 8581-700, so the template of unit 8580-503 was not inserted/);
    expect(snapshot(memory)).toEqual(before);
    stop();
  });

  it("does not ask on a blank document, nor when the learner picks the document's own unit", async () => {
    const blank = await open(buildMemoryDocument([]));
    blank.pane.actions.chooseUnit("8580-503");
    expect(blank.pane.getState()).toMatchObject({ unit: { id: "8580-503" }, unitQuestion: null });
    blank.stop();

    const { pane, stop } = await documentOf700();
    pane.actions.chooseUnit("8581-700");
    expect(pane.getState()).toMatchObject({ unit: { id: "8581-700" }, unitQuestion: null });
    stop();
  });
});

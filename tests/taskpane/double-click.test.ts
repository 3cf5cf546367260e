/**
 * Double clicks: every action that writes to the document runs once at a time. Five requests
 * fired together (as five quick clicks reach the controller before Word answers the first) give
 * one template, one copy of a missing section, one reference list and one citation; a second
 * click just after the first finished is ignored too; a request made later runs again.
 */
import { addSource, type SourceLibrary } from "../../src/harvard/library/library";
import { createFormatter } from "../../src/harvard/format/harvard-format";
import type { UserStore } from "../../src/office/storage";
import { buildSampleDraft, SAMPLE_UNIT } from "../../src/preview/sample-draft";
import { createWordEngine } from "../../src/taskpane/engine";
import { createPaneController, REPEAT_MS, type PaneController, type Prefs } from "../../src/taskpane/pane-controller";
import { FINDING_PREFIX } from "../../src/marking/finding-comments";
import { buildMemoryDocument, commentsSnapshot, memoryRun, snapshot, type MemoryDocument } from "../../src/word-memory/memory-word";

function memoryPrefs(): UserStore<Prefs> {
  const m = new Map<string, Prefs>();
  return { get: (k) => m.get(k), set: (k, v) => void m.set(k, JSON.parse(JSON.stringify(v)) as Prefs) };
}

interface Opened {
  pane: PaneController;
  /** Moves the controller's clock on. */
  tick(ms: number): void;
  stop(): void;
}

async function open(memory: MemoryDocument): Promise<Opened> {
  let clock = 1_000_000;
  const engine = createWordEngine({ run: memoryRun(memory), isSetSupported: memory.isSetSupported, watchChanges: () => () => undefined });
  const pane = createPaneController({ loadEngine: async () => engine, prefs: memoryPrefs(), now: () => clock, tutor: { today: () => "2025-03-04" } });
  const stop = pane.start();
  for (let i = 0; i < 500 && !pane.getState().watching; i++) await new Promise((r) => setTimeout(r, 0));
  if (!pane.getState().watching) throw new Error("the pane never finished opening");
  return { pane, tick: (ms) => void (clock += ms), stop };
}

const FIVE = [0, 1, 2, 3, 4];
const OPTIONS = { guidance: true, coverSheet: true, lockHeadings: true };

const texts = (memory: MemoryDocument) => snapshot(memory).map((p) => p.text);
const count = (memory: MemoryDocument, test: (text: string) => boolean) => texts(memory).filter(test).length;
const heading = (ac: string) => (t: string) => t.startsWith(`${ac} `);

describe("five clicks at once run an action once", () => {
  it("inserts one template", async () => {
    const memory = buildMemoryDocument([]);
    const { pane, stop } = await open(memory);
    pane.actions.chooseUnit("8581-700");
    await Promise.all(FIVE.map(() => pane.actions.insertTemplate(OPTIONS)));
    expect(count(memory, heading("1.1"))).toBe(1);
    expect(pane.getState()).toMatchObject({ busy: null, error: null, tab: "check" });
    stop();
  });

  it("keeps the pane busy from the write to the end of the check after it, so the controls stay disabled", async () => {
    const memory = buildMemoryDocument([]);
    const { pane, stop } = await open(memory);
    pane.actions.chooseUnit("8581-700");
    const seen: Array<string | null> = [];
    const unsubscribe = pane.subscribe(() => seen.push(pane.getState().busy));
    await pane.actions.insertTemplate(OPTIONS);
    unsubscribe();
    // Busy from the first change to the last: never idle (null) in between.
    expect(seen.indexOf(null)).toBe(seen.length - 1);
    expect(seen).toContain("Check my draft");
    stop();
  });

  it("inserts one copy of a missing section", async () => {
    const memory = await buildSampleDraft();
    const { pane, stop } = await open(memory);
    expect(count(memory, heading("1.4"))).toBe(0);
    await Promise.all(FIVE.map(() => pane.actions.insertMissing()));
    expect(count(memory, heading("1.4"))).toBe(1);
    stop();
  });

  it("removes the guidance once: as many calls to Word as one click makes", async () => {
    const runsFor = async (clicks: number) => {
      const memory = buildMemoryDocument([]);
      const { pane, tick, stop } = await open(memory);
      pane.actions.chooseUnit(SAMPLE_UNIT);
      await pane.actions.insertTemplate(OPTIONS);
      tick(REPEAT_MS);
      const before = memory.runCount;
      await Promise.all(FIVE.slice(0, clicks).map(() => pane.actions.removeGuidance()));
      expect(pane.getState().status).toMatch(/^Removed \d+ guidance blocks\.$/);
      stop();
      return memory.runCount - before;
    };
    expect(await runsFor(5)).toBe(await runsFor(1));
  });

  it("replaces the reference list once", async () => {
    const memory = await buildSampleDraft();
    const { pane, stop } = await open(memory);
    const backend = await pane.actions.loadSources();
    const library = pane.getState().sources!.library;
    const entries = createFormatter(library.items).bibliography();
    let writes = 0;
    await Promise.all(
      FIVE.map(() =>
        pane.actions.run("Update reference list", async () => {
          writes++;
          await backend.replaceReferenceList(entries);
          return true;
        }),
      ),
    );
    expect(writes).toBe(1);
    const first = entries[0]!.text;
    expect(count(memory, (t) => t === first)).toBe(1);
    stop();
  });

  it("inserts one citation", async () => {
    const memory = await buildSampleDraft();
    const { pane, stop } = await open(memory);
    const backend = await pane.actions.loadSources();
    const withHawkins: SourceLibrary = addSource(pane.getState().sources!.library, {
      type: "book",
      title: "Creating a coaching culture",
      author: [{ family: "Hawkins", given: "Peter" }],
      issued: { "date-parts": [[2012]] },
    }).library;
    const citation = createFormatter(withHawkins.items).citation([{ id: "hawkins2012" }]);
    const target = memory.paragraphs.find((p) => p.text.endsWith("confidentiality."))!;
    memory.select(target, target, target.text.length, target.text.length);
    await Promise.all(FIVE.map(() => pane.actions.run("Insert citation", () => backend.insertCitation(citation))));
    expect(target.text.split("(Hawkins, 2012)").length - 1).toBe(1);
    stop();
  });

  it("takes a second click just after the first finished for a double-click, and a later one for a new request", async () => {
    const memory = await buildSampleDraft();
    const { pane, tick, stop } = await open(memory);
    const backend = await pane.actions.loadSources();
    const citation = createFormatter(pane.getState().sources!.library.items).citation([{ id: pane.getState().sources!.library.items[0]!.id }]);
    const target = memory.paragraphs.find((p) => p.text.endsWith("confidentiality."))!;
    memory.select(target, target, target.text.length, target.text.length);
    const insert = () => pane.actions.run("Insert citation", () => backend.insertCitation(citation));
    const occurrences = () => target.text.split(citation.text).length - 1;

    await insert();
    tick(REPEAT_MS - 1);
    expect(await insert()).toBeUndefined();
    expect(occurrences()).toBe(1);
    tick(1);
    await insert();
    expect(occurrences()).toBe(2);
    stop();
  });

  it("lets a failed action be asked again at once: nothing was done to repeat", async () => {
    const memory = buildMemoryDocument([]);
    memory.readOnly = true;
    const { pane, stop } = await open(memory);
    pane.actions.chooseUnit(SAMPLE_UNIT);
    await pane.actions.insertTemplate(OPTIONS);
    expect(pane.getState().error?.title).toBe("The document is read-only");
    memory.readOnly = false;
    await pane.actions.insertTemplate(OPTIONS);
    expect(pane.getState().error).toBeNull();
    expect(count(memory, heading("1.1"))).toBe(1);
    stop();
  });

  it("runs the tutor's writes once: findings, grades, the mark sheet and a bank comment", async () => {
    const memory = await buildSampleDraft();
    const { pane, stop } = await open(memory);
    pane.actions.chooseRole("tutor");
    await pane.actions.tutor.open();
    const t = pane.actions.tutor;

    await Promise.all(FIVE.map(() => t.addFindings()));
    const ours = () => commentsSnapshot(memory).filter((c) => c.content.startsWith(FINDING_PREFIX));
    const added = ours().length;
    expect(added).toBeGreaterThan(0);
    expect(pane.getState().tutor.findingsMessage).toBe(`Added ${added} comments.`);

    for (const c of pane.getState().unit!.criteria) t.setGrade(c.id, { grade: "pass", rationale: "" });
    await Promise.all(FIVE.map(() => t.insertMarkSheet()));
    expect(count(memory, (x) => x.startsWith("Mark sheet"))).toBe(1);

    const snippet = pane.getState().tutor.bank!.snippets[0]!;
    const target = memory.paragraphs.find((p) => p.text.endsWith("confidentiality."))!;
    memory.select(target, target, 0, 10);
    const before = commentsSnapshot(memory).length;
    await Promise.all(FIVE.map(() => t.insertSnippet(snippet)));
    expect(commentsSnapshot(memory).length).toBe(before + 1);

    await Promise.all(FIVE.map(() => t.removeFindings()));
    expect(ours()).toEqual([]);
    expect(pane.getState().tutor.findingsMessage).toBe(`Removed the add-in's ${added} comments; everyone else's comments are untouched.`);
    stop();
  });
});

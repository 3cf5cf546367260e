/**
 * The Tutor view's effects against the in-memory Word, without React: what the views see after
 * each action a tutor (and then the learner) takes on the preview's sample draft.
 */
import type { UserStore } from "../../src/office/storage";
import { buildSampleDraft } from "../../src/preview/sample-draft";
import { createWordEngine } from "../../src/taskpane/engine";
import { createPaneController, type PaneController, type Prefs } from "../../src/taskpane/pane-controller";
import { FINDING_PREFIX } from "../../src/marking/finding-comments";
import { bankFile } from "../../src/marking/comment-bank";
import {
  buildMemoryDocument,
  commentsSnapshot,
  controlsSnapshot,
  memoryRun,
  memoryWordRunner,
  setCommentUser,
  snapshot,
  type MemoryDocument,
} from "../../src/word-memory/memory-word";
import { loadMarking } from "../../src/word/marking-store";
import { COMMENTS_MESSAGE } from "../../src/word/requirements";

const TODAY = "2025-03-04";

function memoryPrefs(): UserStore<Prefs> {
  const m = new Map<string, Prefs>();
  return { get: (k) => m.get(k), set: (k, v) => void m.set(k, JSON.parse(JSON.stringify(v)) as Prefs) };
}

async function open(memory: MemoryDocument, prefs = memoryPrefs(), copied: string[] | null = []): Promise<{ pane: PaneController; stop(): void }> {
  const engine = await createWordEngine({ run: memoryRun(memory), isSetSupported: memory.isSetSupported, watchChanges: () => () => undefined });
  const pane = createPaneController({
    loadEngine: async () => engine,
    prefs,
    tutor: {
      today: () => TODAY,
      copyText: async (text) => {
        if (!copied) throw new Error("clipboard blocked");
        copied.push(text);
      },
    },
  });
  const stop = pane.start();
  for (let i = 0; i < 500 && !pane.getState().watching; i++) await new Promise((r) => setTimeout(r, 0));
  return { pane, stop };
}

async function tutorOn(memory: MemoryDocument, prefs = memoryPrefs(), copied: string[] | null = []) {
  const opened = await open(memory, prefs, copied);
  opened.pane.actions.chooseRole("tutor");
  await opened.pane.actions.tutor.open();
  return opened;
}

const ours = (doc: MemoryDocument) => commentsSnapshot(doc).filter((c) => c.content.startsWith(FINDING_PREFIX));

describe("the Tutor view", () => {
  it("opens with what this Word can do, the starter comment bank and a fresh marking for the draft's unit", async () => {
    const { pane, stop } = await tutorOn(await buildSampleDraft());
    const t = pane.getState().tutor;
    expect(t.support).toEqual({ comment: true, store: true });
    expect(t.bank!.snippets.length).toBeGreaterThan(100);
    expect(t.bank!.snippets.some((s) => s.unit === "8580-500" && s.ac === "1.2")).toBe(true);
    expect(t.draft).toEqual({ unit: "8580-500", tutor: "", date: TODAY, grades: {} });
    expect(pane.getState().busy).toBeNull();
    stop();
  });

  it("adds the findings as comments, then removes only the add-in's", async () => {
    const memory = await buildSampleDraft();
    setCommentUser(memory, { name: "Dr A. Tutor", email: "" });
    const before = snapshot(memory);
    const { pane, stop } = await tutorOn(memory);
    await pane.actions.tutor.addFindings();
    const n = ours(memory).length;
    expect(n).toBeGreaterThan(3);
    expect(pane.getState().tutor.findingsMessage).toBe(`Added ${n} comments.`);
    expect(ours(memory).every((c) => c.author === "Dr A. Tutor")).toBe(true);
    await pane.actions.tutor.addFindings();
    expect(ours(memory)).toHaveLength(n);
    await pane.actions.tutor.removeFindings();
    expect(ours(memory)).toHaveLength(0);
    expect(pane.getState().tutor.findingsMessage).toBe(`Removed the add-in's ${n} comments; everyone else's comments are untouched.`);
    expect(snapshot(memory)).toEqual(before);
    stop();
  });

  it("grades with the tutor's name and today's date, saved in the document and read back when it is opened again", async () => {
    const memory = await buildSampleDraft();
    const prefs = memoryPrefs();
    const first = await tutorOn(memory, prefs);
    const a = first.pane.actions.tutor;
    a.setName("Dr A. Tutor");
    for (const c of first.pane.getState().unit!.criteria) a.setGrade(c.id, { grade: "pass", rationale: "" });
    a.setGrade("1.4", { grade: "referral", rationale: "The section is missing." });
    // Looking at the learner's view and coming back keeps grades not saved yet.
    first.pane.actions.chooseRole("learner");
    first.pane.actions.chooseRole("tutor");
    await a.open();
    expect(first.pane.getState().tutor.draft?.grades["1.4"]).toEqual({ grade: "referral", rationale: "The section is missing." });
    await a.saveGrades();
    expect(first.pane.getState().status).toBe("Saved the grades in the document, marked by Dr A. Tutor.");
    const stored = await loadMarking(memoryWordRunner(memory));
    expect(stored).toMatchObject({ state: "ok", value: { tutor: "Dr A. Tutor", date: TODAY, grades: { "1.4": { grade: "referral", rationale: "The section is missing." } } } });
    first.stop();

    // The name is remembered for this tutor; the grades come from the document.
    const again = await tutorOn(memory, prefs);
    const t = again.pane.getState().tutor;
    expect(t.tutorName).toBe("Dr A. Tutor");
    expect(t.saved).toEqual(stored!.state === "ok" ? stored!.value : null);
    again.stop();
  });

  it("inserts the mark sheet (saving unsaved grades first) and copies it as CSV; a blocked clipboard shows the CSV instead", async () => {
    const memory = await buildSampleDraft();
    const copied: string[] = [];
    const { pane, stop } = await tutorOn(memory, memoryPrefs(), copied);
    const a = pane.actions.tutor;
    a.setName("=cmd|' /C calc'!A0");
    a.setGrade("1.2", { grade: "referral", rationale: "Two factors; evaluate three." });
    await a.insertMarkSheet();
    expect(pane.getState().status).toBe("Inserted the mark sheet at the end of the document.");
    expect(pane.getState().tutor.saved?.grades["1.2"]?.grade).toBe("referral");
    expect(controlsSnapshot(memory).filter((c) => c.tag === "ilm:mark-sheet")).toHaveLength(1);
    await a.insertMarkSheet();
    expect(controlsSnapshot(memory).filter((c) => c.tag === "ilm:mark-sheet")).toHaveLength(1);

    await a.copyCsv();
    expect(copied).toHaveLength(1);
    expect(copied[0]).toContain("Outcome,,Referred: AC 1.2 is below the pass standard.,");
    expect(copied[0]).toContain("Tutor,,'=cmd|' /C calc'!A0,");
    stop();

    const blocked = await tutorOn(await buildSampleDraft(), memoryPrefs(), null);
    await blocked.pane.actions.tutor.copyCsv();
    expect(blocked.pane.getState().tutor.csvFallback).toMatch(/^Unit,"ILM 8580-500 Understanding/);
    blocked.stop();
  });

  it("keeps the comment bank per tutor: edits and imports are remembered, a bad file changes nothing", async () => {
    const prefs = memoryPrefs();
    const first = await tutorOn(await buildSampleDraft(), prefs);
    const a = first.pane.actions.tutor;
    const count = () => first.pane.getState().tutor.bank!.snippets.length;
    const n = count();
    a.addSnippet({ text: "Link this to your coaching log.", unit: "8580-500", ac: "2.1" });
    expect(count()).toBe(n + 1);
    a.importBank('{"format":"ilm-comment-bank","version":1,"snippets":[{"text":"ok"},{"text":""}]}');
    expect(first.pane.getState().tutor.importError).toBe("The comment bank was not imported: snippets[1].text must not be empty. Nothing was imported.");
    expect(count()).toBe(n + 1);
    a.importBank(bankFile({ snippets: [{ id: "x", text: "Use a model here." }, { id: "y", text: "Link this to your coaching log.", unit: "8580-500", ac: "2.1" }] }));
    expect(first.pane.getState().tutor.bankMessage).toBe("Imported 1 snippet (1 already in your bank).");
    const mine = first.pane.getState().tutor.bank!.snippets.find((s) => s.text === "Use a model here.")!;
    a.editSnippet(mine.id, { text: "Use a recognised model here." });
    a.deleteSnippet(first.pane.getState().tutor.bank!.snippets[0]!.id);
    const kept = first.pane.getState().tutor.bank;
    first.stop();

    const again = await tutorOn(await buildSampleDraft(), prefs);
    expect(again.pane.getState().tutor.bank).toEqual(kept);
    again.pane.actions.tutor.restoreStarters();
    expect(again.pane.getState().tutor.bankMessage).toBe("Restored 1 starter snippet.");
    again.stop();
  });

  it("inserts a snippet as a comment on the tutor's selection in one action", async () => {
    const memory = await buildSampleDraft();
    const p = memory.paragraphs.find((x) => x.text.startsWith("Our culture is still largely directive"))!;
    memory.select(p, p, 0, 11);
    const { pane, stop } = await tutorOn(memory);
    const snippet = pane.getState().tutor.bank!.snippets.find((s) => s.ac === "1.2" && s.unit === "8580-500")!;
    await pane.actions.tutor.insertSnippet(snippet);
    expect(commentsSnapshot(memory)).toEqual([expect.objectContaining({ quote: "Our culture", content: snippet.text })]);
    expect(pane.getState().status).toBe("Added the comment to the selection.");
    stop();
  });

  it("on a Word without WordApi 1.4: says so, offers the findings as text, keeps working", async () => {
    const memory = await buildSampleDraft();
    memory.requirements = { WordApi: "1.3" };
    const { pane, stop } = await tutorOn(memory);
    expect(pane.getState().tutor.support).toEqual({ comment: false, store: false });
    await pane.actions.tutor.addFindings();
    expect(pane.getState().error?.message).toBe(COMMENTS_MESSAGE);
    expect(pane.actions.tutor.findingsText()).toMatch(/^AC 1\.2: .+ How to fix: /m);
    pane.actions.tutor.setGrade("1.1", { grade: "pass", rationale: "" });
    await pane.actions.tutor.saveGrades();
    expect(pane.getState().status).toBe("This version of Word cannot keep the grades in the document: copy the mark sheet as CSV before you close the pane.");
    stop();
  });
});

describe("the Learner view of a marked draft", () => {
  it("reads the tutor's comments under each AC (the add-in's findings left out) and the grades", async () => {
    const memory = await buildSampleDraft();
    const tutor = await tutorOn(memory);
    await tutor.pane.actions.tutor.addFindings();
    const p = memory.paragraphs.find((x) => x.text.startsWith("Our culture is still largely directive"))!;
    memory.select(p, p, 0, 11);
    await tutor.pane.actions.tutor.insertSnippet({ id: "s", text: "Name a third factor." });
    tutor.pane.actions.tutor.setGrade("1.2", { grade: "referral", rationale: "Two factors." });
    await tutor.pane.actions.tutor.saveGrades();
    tutor.stop();

    const learner = await open(memory);
    expect(learner.pane.getState().role).toBe("learner");
    await learner.pane.actions.tutor.loadFeedback();
    const feedback = learner.pane.getState().tutor.feedback!;
    expect(feedback.comments!.map((c) => [c.ac, c.text])).toEqual([["1.2", "Name a third factor."]]);
    expect(feedback.marking?.grades["1.2"]).toEqual({ grade: "referral", rationale: "Two factors." });
    learner.stop();

    const blank = await open(buildMemoryDocument([]));
    await blank.pane.actions.tutor.loadFeedback();
    expect(blank.pane.getState().tutor.feedback).toBeNull();
    blank.stop();
  });
});

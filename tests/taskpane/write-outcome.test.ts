/**
 * When Word stops answering in the middle of a write (a sync made to fail by the in-memory Word),
 * the pane says which of the two things happened: nothing in the document was changed, or the
 * change was made (and the pane has checked the document again). Every sync of "Insert missing
 * sections" is made to fail in turn, both ways (the request lost, the answer lost).
 */
import type { UserStore } from "../../src/office/storage";
import { createWordEngine } from "../../src/taskpane/engine";
import { WRITE_OUTCOME_SENTENCE } from "../../src/taskpane/model/write-outcome";
import { createPaneController, type Prefs } from "../../src/taskpane/pane-controller";
import { buildMemoryDocument, memoryRun, snapshot, type MemoryDocument } from "../../src/word-memory/memory-word";
import { learnerText, templateDraft, unit } from "../word/helpers";

const U = unit("8580-500");

function memoryPrefs(): UserStore<Prefs> {
  const m = new Map<string, Prefs>();
  return { get: (k) => m.get(k), set: (k, v) => void m.set(k, JSON.parse(JSON.stringify(v)) as Prefs) };
}

async function open(memory: MemoryDocument) {
  const engine = createWordEngine({ run: memoryRun(memory), isSetSupported: memory.isSetSupported, watchChanges: () => () => undefined });
  const pane = createPaneController({ loadEngine: async () => engine, prefs: memoryPrefs(), tutor: { today: () => "2025-03-04" } });
  const stop = pane.start();
  for (let i = 0; i < 500 && !pane.getState().watching; i++) await new Promise((r) => setTimeout(r, 0));
  if (!pane.getState().watching) throw new Error("the pane never finished opening");
  return { pane, stop };
}

const draft = () =>
  buildMemoryDocument(
    templateDraft(U, { guidance: true, coverSheet: true, lockHeadings: true, skip: [U.criteria[2]!.id], answer: (ac) => [{ text: `${ac}: ${learnerText(1)}` }] }),
  );
const texts = (m: MemoryDocument) => snapshot(m).map((p) => p.text).join("\n");

describe("a write Word stopped answering in the middle of", () => {
  test("the pane says whether the document was changed, and it was exactly that", async () => {
    const seen = new Set<string>();
    for (let k = 1; k <= 8; k++) {
      for (const lost of ["request", "response"] as const) {
        const memory = draft();
        const { pane, stop } = await open(memory);
        const before = texts(memory);
        memory.syncFault = { at: memory.syncTotal + k, lost };
        await pane.actions.insertMissing();
        const fired = memory.syncFault === null;
        const error = pane.getState().error;
        if (!fired) {
          // The write needed fewer syncs than k: it simply worked.
          expect(error).toBeNull();
          stop();
          continue;
        }
        const changed = texts(memory) !== before;
        if (error === null) {
          // The failed sync was the check after the write, or a read the pane retried: no write failed.
          stop();
          continue;
        }
        const said = error.message.endsWith(WRITE_OUTCOME_SENTENCE.changed) ? "changed" : error.message.endsWith(WRITE_OUTCOME_SENTENCE.unchanged) ? "unchanged" : "silent";
        expect([k, lost, said]).toEqual([k, lost, changed ? "changed" : "unchanged"]);
        seen.add(said);
        stop();
      }
    }
    // Both outcomes came up: the test saw a write fail before and after Word applied it.
    expect([...seen].sort()).toEqual(["changed", "unchanged"]);
  });
});

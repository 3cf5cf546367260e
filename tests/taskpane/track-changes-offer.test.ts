/**
 * With Track Changes on, "Remove guidance" removes nothing and the pane says why, offering to go
 * ahead with tracking off for that one removal (issue 10, defect 4).
 */
import type { UserStore } from "../../src/office/storage";
import { createWordEngine } from "../../src/taskpane/engine";
import { createPaneController, type PaneController, type Prefs } from "../../src/taskpane/pane-controller";
import { buildMemoryDocument, memoryRun, snapshot } from "../../src/word-memory/memory-word";
import { templateDraft, unit } from "../word/helpers";

const prefs = (): UserStore<Prefs> => {
  const m = new Map<string, Prefs>([["unit", { unit: "8580-500" }]]);
  return { get: (k) => m.get(k), set: (k, v) => void m.set(k, v) };
};

async function until(pane: PaneController, done: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((r) => setTimeout(r, 0));
  if (!done()) throw new Error("pane never settled");
}

describe("Track Changes in the pane", () => {
  it("asks before removing guidance with tracking on, and the offer removes it with tracking off", async () => {
    const u = unit("8580-500");
    const memory = buildMemoryDocument(templateDraft(u, { guidance: true, coverSheet: false, lockHeadings: false }), { changeTrackingMode: "TrackAll" });
    const engine = await createWordEngine({ run: memoryRun(memory), isSetSupported: memory.isSetSupported, watchChanges: () => () => undefined });
    const pane = createPaneController({ loadEngine: async () => engine, prefs: prefs() });
    const stop = pane.start();
    await until(pane, () => pane.getState().watching);
    const guidance = () => snapshot(memory).filter((p) => p.tags.some((t) => t.startsWith("ilm:guidance:"))).length;
    const before = guidance();
    expect(before).toBeGreaterThan(0);

    await pane.actions.removeGuidance();
    const error = pane.getState().error!;
    expect(error).toMatchObject({ title: "Track Changes is on" });
    expect(error.offer?.label).toBe("Go ahead with Track Changes off");
    expect(pane.getState().status).toBeNull();
    expect(guidance()).toBe(before);

    error.offer!.run();
    await until(pane, () => pane.getState().status !== null);
    expect(guidance()).toBe(0);
    expect(pane.getState().status).toMatch(/^Removed \d+ guidance blocks\.$/);
    expect(memory.changeTrackingMode).toBe("TrackAll");
    stop();
  });
});

/**
 * The tutor's actions load on first use (tutor/lazy-tutor-actions.ts): calls made before they are
 * loaded are passed on once they are, and a chunk that cannot be fetched becomes one sentence.
 */
import type { TutorActions, TutorDeps } from "../../src/taskpane/tutor/tutor-controller";
import { lazyTutorActions } from "../../src/taskpane/tutor/lazy-tutor-actions";
import { describeError } from "../../src/taskpane/model/pane-error";
import { CHUNK_FAILED_MESSAGE, isChunkLoadError } from "../../src/taskpane/model/chunk-error";

const deps = {} as TutorDeps;

function recorder(): { calls: string[]; actions: TutorActions } {
  const calls: string[] = [];
  const actions = new Proxy({} as TutorActions, {
    // Not a thenable: the loader's promise resolves to this object.
    get: (_, name: string) => name === "then" ? undefined : (...args: unknown[]) => {
      calls.push(`${name}(${args.map((a) => JSON.stringify(a)).join(",")})`);
      return name === "findingsText" || name === "exportBank" ? `${name} text` : undefined;
    },
  });
  return { calls, actions };
}

function chunkError(): Error {
  return Object.assign(new Error("Loading chunk 123 failed.\n(error: http://localhost/123.js)"), { name: "ChunkLoadError" });
}

describe("lazyTutorActions", () => {
  test("loads the real actions once, on the first call, and passes every call on in order", async () => {
    const real = recorder();
    let loads = 0;
    const failures: unknown[] = [];
    const tutor = lazyTutorActions(deps, (e) => failures.push(e), async () => {
      loads++;
      return { createTutorActions: (d) => (expect(d).toBe(deps), real.actions) };
    });
    expect(loads).toBe(0);
    const first = tutor.setName("Sam");
    const second = tutor.open();
    await Promise.all([first, second]);
    expect(loads).toBe(1);
    expect(real.calls).toEqual(['setName("Sam")', "open()"]);
    // Loaded now: straight through, values returned.
    tutor.chooseTab("bank" as never);
    expect(real.calls[2]).toBe('chooseTab("bank")');
    expect(tutor.findingsText()).toBe("findingsText text");
    expect(tutor.exportBank()).toBe("exportBank text");
    expect(failures).toEqual([]);
  });

  test("a chunk that cannot be fetched is reported, and the next call tries again", async () => {
    const real = recorder();
    const failures: unknown[] = [];
    let attempt = 0;
    const tutor = lazyTutorActions(deps, (e) => failures.push(e), async () => {
      attempt++;
      if (attempt === 1) throw chunkError();
      return { createTutorActions: () => real.actions };
    });
    await tutor.loadFeedback();
    expect(failures).toHaveLength(1);
    expect(real.calls).toEqual([]);
    // Values asked for before anything loaded: nothing to show yet.
    expect(tutor.findingsText()).toBe("");
    await tutor.loadFeedback();
    expect(attempt).toBe(2);
    expect(real.calls).toEqual(["loadFeedback()"]);
  });

  test("the pane words a chunk that failed to load as one sentence about the connection", () => {
    expect(isChunkLoadError(chunkError())).toBe(true);
    expect(isChunkLoadError(new Error("Something else"))).toBe(false);
    expect(isChunkLoadError(new TypeError("Failed to fetch dynamically imported module: http://x/a.js"))).toBe(true);
    const worded = describeError(chunkError(), "open the tutor's tools");
    expect(worded.message).toBe(CHUNK_FAILED_MESSAGE);
    expect(worded.message.split(/[.;] /).length).toBeLessThanOrEqual(2);
    expect(worded.message).not.toMatch(/chunk|http|\.js/i);
  });
});

/**
 * The batch runner behind --jobs (src/cli/batch.ts): results in the order of the files whatever
 * order the workers finish in, a bad file or a dead worker costing only its own file, and the
 * files really shared among several threads. Runs the built tool's worker (bin/ilm-check.js,
 * built by Jest's global set-up) and, for what the real checker cannot show, small stand-in
 * workers written for the test.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { runBatch, type BatchOptions } from "../../src/cli/batch";
import { checkFile, type FileResult, type FileTask } from "../../src/cli/check-file";
import { WORKER_ARG } from "../../src/cli/worker";
import type { Report } from "../../src/check/rules";

const ROOT = resolve(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "ilm-check.js");
const fx = (name: string) => join(ROOT, "tests", "fixtures", name);
const task = (file: string): FileTask => ({ file, options: {} });

async function collect(tasks: FileTask[], opts: BatchOptions) {
  const got: Array<{ index: number; result: FileResult }> = [];
  await runBatch(tasks, opts, (result, index) => got.push({ index, result }));
  return got;
}

/** Results without the thread-dependent stack, for comparing runs. */
const plain = (r: FileResult) => (r.ok ? r : { ...r, stack: undefined });

describe("the built tool's workers", () => {
  const files = [
    fx("unit-8580-503-libreoffice.docx"),
    fx("truncated.docx"),
    fx("problems-503.docx"),
    fx("no-such-draft.docx"),
    fx("unit-8580-501-table.docx"),
    fx("german-headings-503.docx"),
  ];

  test.each<[string, boolean]>([
    ["with this thread checking too", true],
    ["alone", false],
  ])("give the same results as checking in this thread, in the order of the files (workers %s)", async (_how, checkInThisThread) => {
    const inThread = await collect(files.map(task), { jobs: 1 });
    const pooled = await collect(files.map(task), { jobs: 3, workerScript: BIN, workerArgv: [WORKER_ARG], checkInThisThread });
    expect(pooled.map((x) => x.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(pooled.map((x) => x.result.file)).toEqual(files);
    expect(pooled.map((x) => plain(x.result))).toEqual(inThread.map((x) => plain(x.result)));
    expect(pooled.map((x) => x.result.ok)).toEqual([true, false, true, false, true, true]);
    const bad = pooled[1]!.result;
    expect(!bad.ok && !bad.unexpected && bad.message).toMatch(/truncated\.docx: The Word document is damaged/);
    expect(inThread.map((x) => plain(x.result))).toEqual(files.map((f) => plain(checkFile(task(f)))));
  });
});

describe("the pool, with stand-in workers", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ilm-batch-"));
    // Answers after a delay set by the file's name, with the thread that did the work; "crash"
    // ends the worker with no answer, as an out-of-memory or native crash would.
    writeFileSync(
      join(dir, "worker.js"),
      `const { parentPort, threadId, workerData } = require("worker_threads");
       // Counts itself in, for a test that waits until the workers have loaded.
       if (workerData && workerData.loaded) Atomics.add(new Int32Array(workerData.loaded), 0, 1);
       parentPort.on("message", ({ index, task }) => {
         if (task.file.startsWith("crash")) process.exit(3);
         const delay = Number(task.file.split("-")[1] || 0);
         setTimeout(() => parentPort.postMessage({ index, result: { file: task.file, ok: true, report: { thread: threadId } } }), delay);
       });
       parentPort.postMessage({ ready: true });`,
    );
    writeFileSync(join(dir, "broken.js"), "throw new Error('the worker could not start');");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("results come in the order of the files, not the order they finish in", async () => {
    const names = ["a-120", "b-0", "c-60", "d-0", "e-30", "f-0"];
    const got = await collect(names.map(task), { jobs: 3, workerScript: join(dir, "worker.js"), checkInThisThread: false });
    expect(got.map((x) => x.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(got.map((x) => x.result.file)).toEqual(names);
    // The work was shared: more than one thread answered.
    const threads = new Set(got.map((x) => (x.result.ok ? (x.result.report as unknown as { thread: number }).thread : 0)));
    expect(threads.size).toBeGreaterThan(1);
  });

  test("a worker that dies costs only the file it was on; a new worker takes the rest", async () => {
    const names = ["a-0", "crash-0", "c-0", "d-20", "crash-1", "f-0", "g-0"];
    const got = await collect(names.map(task), { jobs: 2, workerScript: join(dir, "worker.js"), checkInThisThread: false });
    expect(got.map((x) => x.result.file)).toEqual(names);
    expect(got.map((x) => x.result.ok)).toEqual([true, false, true, true, false, true, true]);
    const dead = got[1]!.result;
    expect(!dead.ok && dead.unexpected && dead.message).toBe(
      "crash-0: unexpected error (the worker stopped with exit code 3); please report it with this file.",
    );
  });

  test("workers that cannot load leave the files to this thread", async () => {
    const names = ["a-0", "b-0", "c-0", "d-0"];
    const here = (t: FileTask): FileResult => ({ file: t.file, ok: true, report: { thread: 0 } as unknown as Report, criteria: [] });
    const got = await collect(names.map(task), { jobs: 3, workerScript: join(dir, "broken.js"), check: here });
    expect(got.map((x) => x.result)).toEqual(names.map((file) => ({ file, ok: true, report: { thread: 0 }, criteria: [] })));
  });

  test("workers that cannot load, and no thread here to do the work: each file fails with one line, and the batch ends", async () => {
    const names = ["a-0", "b-0", "c-0"];
    const got = await collect(names.map(task), { jobs: 2, workerScript: join(dir, "broken.js"), checkInThisThread: false });
    expect(got.map((x) => x.result.file)).toEqual(names);
    for (const { result } of got) {
      expect(!result.ok && result.message).toBe(`${result.file}: unexpected error (the worker could not start); please report it with this file.`);
    }
  });

  test("this thread and the workers share the files, and the results keep their order", async () => {
    const names = Array.from({ length: 40 }, (_, i) => `f${i}-${i % 3 === 0 ? 15 : 1}`);
    // This thread's stand-in waits, on its first file, until both workers have loaded (however
    // busy the machine), and then takes 10 ms a file, so the workers get some of the files.
    const loaded = new Int32Array(new SharedArrayBuffer(4));
    const nap = new Int32Array(new SharedArrayBuffer(4));
    const here = (t: FileTask): FileResult => {
      const until = Date.now() + 20_000;
      while (Atomics.load(loaded, 0) < 2 && Date.now() < until) Atomics.wait(nap, 0, 0, 5);
      Atomics.wait(nap, 0, 0, 10);
      return { file: t.file, ok: true, report: { thread: 0 } as unknown as Report, criteria: [] };
    };
    const workerData = { loaded: loaded.buffer };
    const got = await collect(names.map(task), { jobs: 3, workerScript: join(dir, "worker.js"), workerData, check: here });
    expect(got.map((x) => x.index)).toEqual(names.map((_, i) => i));
    expect(got.map((x) => x.result.file)).toEqual(names);
    const threads = got.map((x) => (x.result.ok ? (x.result.report as unknown as { thread: number }).thread : -1));
    expect(threads).toContain(0);
    expect(new Set(threads.filter((t) => t > 0)).size).toBe(2);
  });

  test("one job, or one file, is checked in this thread without a worker", async () => {
    const here = (t: FileTask): FileResult => ({ file: t.file, ok: true, report: { thread: 0 } as unknown as Report, criteria: [] });
    for (const [names, jobs] of [[["x-0", "y-0"], 1], [["x-0"], 4]] as const) {
      const got = await collect(names.map(task), { jobs, workerScript: join(dir, "worker.js"), check: here });
      expect(got.map((x) => x.result)).toEqual(names.map((file) => ({ file, ok: true, report: { thread: 0 }, criteria: [] })));
    }
  });
});

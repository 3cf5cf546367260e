/**
 * Checks a list of files with up to `jobs` of them at once and hands each result on in the
 * order of the list, as soon as it and every result before it are in.
 *
 * One job (or one file) is checked in this thread. For more, this thread keeps checking files
 * itself, one per turn of the event loop, and starts jobs - 1 worker threads, which take files
 * from the same list as soon as they have loaded; so a small batch is not kept waiting for
 * workers to start, and a long one has `jobs` threads at work. Each thread reads and checks one
 * file at a time (checkFile), so a slow or large file holds up only its own thread.
 */
import type { Worker } from "worker_threads";
import { checkFile, unexpectedFailure, type FileResult, type FileTask } from "./check-file";

export interface BatchOptions {
  /** At most this many files at once; 1 (or a single file) checks in this thread. */
  jobs: number;
  /**
   * The script a worker runs: it must call runWorker() (src/cli/worker.ts) when started with
   * `workerData`. Without it every file is checked in this thread, whatever `jobs` says.
   */
  workerScript?: string;
  /** What each worker is started with, as process.argv after the script, and as workerData. */
  workerArgv?: string[];
  workerData?: unknown;
  /** How this thread checks a file (checkFile); the tests put a stand-in here. */
  check?: (task: FileTask) => FileResult;
  /** False leaves all the files to the workers (jobs of them); the tests use it to watch the pool alone. */
  checkInThisThread?: boolean;
}

/** What a worker is sent and what it answers (see src/cli/worker.ts). */
export interface WorkerRequest {
  index: number;
  task: FileTask;
}
export type WorkerMessage = { ready: true } | { index: number; result: FileResult };

export async function runBatch(
  tasks: readonly FileTask[],
  opts: BatchOptions,
  onResult: (result: FileResult, index: number) => void,
): Promise<void> {
  const check = opts.check ?? checkFile;
  const inThread = opts.checkInThisThread ?? true;
  const workers = Math.min(opts.jobs, tasks.length) - (inThread ? 1 : 0);
  if (workers < 1 || !opts.workerScript) {
    tasks.forEach((task, i) => onResult(check(task), i));
    return;
  }
  // Loaded only here: a one-file check has no use for worker_threads.
  const threads = await import("worker_threads");
  const newWorker = () => new threads.Worker(opts.workerScript!, { argv: opts.workerArgv ?? [], workerData: opts.workerData });
  await runPool(tasks, workers, inThread ? check : null, newWorker, onResult);
}

function runPool(
  tasks: readonly FileTask[],
  workerCount: number,
  checkHere: ((task: FileTask) => FileResult) | null,
  newWorker: () => Worker,
  onResult: (result: FileResult, index: number) => void,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const results: Array<FileResult | undefined> = new Array(tasks.length);
    const live = new Set<Worker>();
    let handedOut = 0;
    let delivered = 0;
    let finished = false;

    const finish = (error?: unknown) => {
      if (finished) return;
      finished = true;
      void Promise.all([...live].map((w) => w.terminate())).then(() => (error === undefined ? resolve() : reject(error)));
    };

    /** Passes on every result whose predecessors are all in, so the output keeps the input order. */
    const deliver = () => {
      try {
        while (delivered < tasks.length && results[delivered] !== undefined) {
          const result = results[delivered]!;
          results[delivered] = undefined; // a long batch keeps only what is still waiting
          onResult(result, delivered++);
        }
      } catch (e) {
        finish(e);
        return;
      }
      if (delivered === tasks.length) finish();
    };

    /** The next file nobody has taken, or -1. */
    const take = () => (handedOut < tasks.length && !finished ? handedOut++ : -1);

    const startWorker = () => {
      const worker = newWorker();
      live.add(worker);
      let current = -1;
      const feed = () => {
        current = take();
        if (current >= 0) {
          const request: WorkerRequest = { index: current, task: tasks[current]! };
          worker.postMessage(request);
        } else {
          live.delete(worker);
          void worker.terminate();
        }
      };
      // A worker that dies (out of memory, a crash in a library) costs the file it was on,
      // which gets one line like any other bad file; a new worker takes the rest. One that
      // dies before it has loaded costs no file: the others, and this thread, go on.
      let dead = false;
      let loaded = false;
      const died = (reason: unknown) => {
        if (dead) return;
        dead = true;
        live.delete(worker);
        if (current >= 0) results[current] = unexpectedFailure(tasks[current]!.file, reason);
        current = -1;
        // Only a worker that had loaded is replaced: one that cannot even load would fail again.
        if (loaded && handedOut < tasks.length && !finished) startWorker();
        // With no worker left and no thread here to do them, the files left fail as this one did.
        if (live.size === 0 && checkHere === null) {
          for (let i = take(); i >= 0; i = take()) results[i] = unexpectedFailure(tasks[i]!.file, reason);
        }
        deliver();
      };
      worker.on("message", (message: WorkerMessage) => {
        if ("ready" in message) {
          loaded = true;
          feed();
          return;
        }
        results[message.index] = message.result;
        feed();
        deliver();
      });
      worker.on("error", died);
      worker.on("exit", (code) => {
        if (!finished && live.has(worker)) died(new Error(`the worker stopped with exit code ${code}`));
      });
    };

    for (let i = 0; i < workerCount; i++) startWorker();

    // This thread's share: one file per turn of the event loop, so the workers' answers are
    // handled (and the workers fed) in between.
    if (checkHere) {
      const step = () => {
        const i = take();
        if (i < 0) return;
        results[i] = checkHere(tasks[i]!);
        deliver();
        setImmediate(step);
      };
      setImmediate(step);
    }
  });
}

/**
 * Checks a list of files, in the main thread for one job or in a pool of worker threads for
 * several, and hands each result on in the order of the list, as soon as it and every result
 * before it are in. Each worker reads and checks one file at a time (checkFile), so a slow or
 * large file holds up only its own worker.
 */
import { Worker } from "worker_threads";
import { checkFile, unexpectedFailure, type FileResult, type FileTask } from "./check-file";

export interface BatchOptions {
  /** At most this many files at once; 1 (or a single file) checks in this thread. */
  jobs: number;
  /**
   * The script a worker runs: it must call runWorker() (src/cli/worker.ts) when started with
   * `workerData`. Without it every file is checked in this thread, whatever `jobs` says.
   */
  workerScript?: string;
  workerData?: unknown;
}

/** What a worker is sent and what it answers (see src/cli/worker.ts). */
export interface WorkerRequest {
  index: number;
  task: FileTask;
}
export interface WorkerAnswer {
  index: number;
  result: FileResult;
}

export async function runBatch(
  tasks: readonly FileTask[],
  opts: BatchOptions,
  onResult: (result: FileResult, index: number) => void,
): Promise<void> {
  const workers = Math.min(opts.jobs, tasks.length);
  if (workers <= 1 || !opts.workerScript) {
    tasks.forEach((task, i) => onResult(checkFile(task), i));
    return;
  }
  await runPool(tasks, workers, opts.workerScript, opts.workerData, onResult);
}

function runPool(
  tasks: readonly FileTask[],
  size: number,
  script: string,
  workerData: unknown,
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

    const start = () => {
      const worker = new Worker(script, { workerData });
      live.add(worker);
      let current = -1;
      const feed = () => {
        if (handedOut < tasks.length && !finished) {
          current = handedOut++;
          const request: WorkerRequest = { index: current, task: tasks[current]! };
          worker.postMessage(request);
        } else {
          current = -1;
          live.delete(worker);
          void worker.terminate();
        }
      };
      // A worker that dies (out of memory, a crash in a library) costs the file it was on,
      // which gets one line like any other bad file; a new worker takes the rest.
      let dead = false;
      const died = (reason: unknown) => {
        if (dead) return;
        dead = true;
        live.delete(worker);
        if (current >= 0) results[current] = unexpectedFailure(tasks[current]!.file, reason);
        current = -1;
        if (handedOut < tasks.length && !finished) start();
        deliver();
      };
      worker.on("message", (answer: WorkerAnswer) => {
        results[answer.index] = answer.result;
        current = -1;
        feed();
        deliver();
      });
      worker.on("error", died);
      worker.on("exit", (code) => {
        if (current >= 0) died(new Error(`the worker stopped with exit code ${code}`));
      });
      feed();
    };

    for (let i = 0; i < size; i++) start();
  });
}

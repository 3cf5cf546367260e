/**
 * A worker thread of ilm-check's pool (src/cli/batch.ts): says when it has loaded, then checks
 * each file it is sent and answers with the plain result, until the pool terminates it.
 */
import type { WorkerMessage, WorkerRequest } from "./batch";
import { checkFile } from "./check-file";

/**
 * The argument the pool starts its workers with (bin/ilm-check.js runs as a worker when it sees
 * it, in a worker thread). An argument rather than workerData, so that a one-file check need not
 * load worker_threads just to learn it is not a worker.
 */
export const WORKER_ARG = "--ilm-check-worker-thread";

export async function runWorker(): Promise<void> {
  const { parentPort } = await import("worker_threads");
  const port = parentPort;
  if (!port) throw new Error("runWorker() must run in a worker thread");
  port.on("message", (request: WorkerRequest) => {
    const answer: WorkerMessage = { index: request.index, result: checkFile(request.task) };
    port.postMessage(answer);
  });
  // Loaded: the pool hands this worker files from now on (until then the others, this thread
  // included, take them).
  const ready: WorkerMessage = { ready: true };
  port.postMessage(ready);
}

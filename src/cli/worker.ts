/**
 * A worker thread of ilm-check's pool (src/cli/batch.ts): checks each file it is sent and
 * answers with the plain result, until the pool terminates it.
 */
import { parentPort } from "worker_threads";
import type { WorkerAnswer, WorkerRequest } from "./batch";
import { checkFile } from "./check-file";

/** The workerData that tells the built script (bin/ilm-check.js) to run as a worker. */
export const WORKER_DATA = { ilmCheckWorker: true } as const;

export function isWorkerData(data: unknown): boolean {
  return typeof data === "object" && data !== null && (data as { ilmCheckWorker?: unknown }).ilmCheckWorker === true;
}

export function runWorker(): void {
  const port = parentPort;
  if (!port) throw new Error("runWorker() must run in a worker thread");
  port.on("message", (request: WorkerRequest) => {
    const answer: WorkerAnswer = { index: request.index, result: checkFile(request.task) };
    port.postMessage(answer);
  });
}

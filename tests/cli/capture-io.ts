/**
 * runCli's streams written into strings, for the suites that run ilm-check in process.
 */
import { runCli, type CliIo, type CliRuntime } from "../../src/cli/main";

export interface Captured {
  stdout: string;
  stderr: string;
}

/** The date --annotate's comments carry in these suites, so copies compare from run to run. */
export const ANNOTATION_DATE = () => new Date("2025-03-04T10:00:00Z");

/** A CliIo writing into `out` (no colour unless asked), with any other settings given. */
export function captureIo(settings: Partial<Omit<CliIo, "stdout" | "stderr">> = {}): { out: Captured; io: CliIo } {
  const out: Captured = { stdout: "", stderr: "" };
  return { out, io: { color: false, ...settings, stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t) } };
}

/** Runs ilm-check in process and returns its exit status with what it wrote. */
export async function runCaptured(
  argv: readonly string[],
  settings: Partial<Omit<CliIo, "stdout" | "stderr">> = {},
  runtime?: CliRuntime,
): Promise<Captured & { status: number }> {
  const { out, io } = captureIo(settings);
  const status = await runCli(argv, io, runtime);
  return { status, ...out };
}

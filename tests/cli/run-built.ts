/**
 * ilm-check run as a user runs it: the built tool (bin/ilm-check.js, which Jest's global set-up has
 * just built from the current sources, or an installed copy's) in a child process, without colour.
 */
import { spawnSync } from "child_process";
import { join, resolve } from "path";

const ROOT = resolve(__dirname, "..", "..");
export const ILM_CHECK_BIN = join(ROOT, "bin", "ilm-check.js");

export interface BuiltRun {
  /** Another copy's bin/ilm-check.js (an installed package's). */
  bin?: string;
  /** Added to the environment (NO_COLOR set, FORCE_COLOR cleared). */
  env?: NodeJS.ProcessEnv;
  timeout?: number;
}

export function runBuiltCli(args: readonly string[], opts: BuiltRun = {}) {
  const r = spawnSync(process.execPath, [opts.bin ?? ILM_CHECK_BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "", ...opts.env },
    timeout: opts.timeout ?? 60_000,
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/**
 * ilm-check as a tutor meets it: a new process per command, started the way `npm run check`
 * starts it (node bin/ilm-check.js, which runs the freshly built bundle). One file is timed side
 * by side with `pandoc -t plain` on the same file, which reads the same .docx into text; a
 * folder of 100 generated 5,000-word drafts is timed with one job and with one per core.
 */
import { spawnSync } from "child_process";
import { mkdirSync, writeFileSync } from "fs";
import { availableParallelism } from "os";
import { join, resolve } from "path";
import { performance } from "perf_hooks";
import { getUnit, listUnits } from "../src/units/catalogue";
import { generateLines } from "./generate";
import { makeDocx } from "./make-docx";

const ROOT = resolve(__dirname, "..");
export const CLI = join(ROOT, "bin", "ilm-check.js");
export const PANDOC = process.env.ILM_PANDOC ?? "pandoc";

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export interface Timed {
  ms: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * NODE_EXTRA_CA_CERTS makes every Node process read and parse that file of certificates as it
 * starts (Node 20 loads them at start-up, not when a connection first needs them; with OpenSSL 3
 * that is slow: nodejs/node#40524): on this kind of machine, where it is set for the sandbox's
 * network, that is about 100 ms of a 150 ms `node -e 0`.
 * ilm-check makes no connections, and a tutor's computer does not normally set it, so the
 * tool is timed as it starts there: without it. The bench prints the figure with it as well.
 */
export const EXTRA_CA = "NODE_EXTRA_CA_CERTS";
export function envWithoutExtraCa(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env[EXTRA_CA];
  return env;
}

/** Wall time of one command, from starting the process to its exit, output read from pipes. */
export function timeCommand(command: string, args: string[], env: NodeJS.ProcessEnv = envWithoutExtraCa()): Timed {
  const t0 = performance.now();
  const r = spawnSync(command, args, { cwd: ROOT, env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.error) throw r.error;
  return { ms, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const runCli = (args: string[], env?: NodeJS.ProcessEnv) => timeCommand(process.execPath, [CLI, ...args], env);

export function hasPandoc(): boolean {
  const r = spawnSync(PANDOC, ["--version"], { encoding: "utf8" });
  return !r.error && r.status === 0;
}

/**
 * Medians of `runs` timings of each command, taken in turns (a, b, a, b, ...) so that load from
 * other processes falls on both alike; one untimed run of each first.
 */
export function sideBySide(a: () => Timed, b: () => Timed, runs: number): { a: number; b: number } {
  a();
  b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    ta.push(a().ms);
    tb.push(b().ms);
  }
  return { a: median(ta), b: median(tb) };
}

/** Writes `count` generated drafts of about `words` words, across the units, into `dir`. */
export function writeDrafts(dir: string, count: number, words: number): string[] {
  mkdirSync(dir, { recursive: true });
  const units = listUnits().map((u) => getUnit(u.id)!);
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    // Different units and slightly different lengths, so the files are not all one file.
    const file = join(dir, `draft-${String(i).padStart(3, "0")}.docx`);
    writeFileSync(file, makeDocx(generateLines(units[i % units.length]!, words - 50 + (i % 100))));
    files.push(file);
  }
  return files;
}

export function cores(): number {
  return availableParallelism();
}

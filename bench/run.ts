/**
 * npm run bench: how the analysis scales with the length of a draft.
 *
 * For generated drafts of 5,000, 50,000 and 200,000 words it prints the
 * median time of the coverage analysis, of the whole analyse() (coverage and
 * referencing), and of a bare word split over the same text, with their
 * ratio. The goal: analysis within 5x the bare split at every size, and time
 * per word flat across sizes (linear). Then: the context.sync() count of a
 * check through the in-memory Word, the time of ilm-check on a real
 * 5,000-word .docx, and the bundle size and task-pane start-up (bench/bundle.ts).
 *
 * Timings are printed, never asserted (tests carry no timing checks).
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { performance } from "perf_hooks";
import { analyse, analyseCoverage } from "../src/check/analyse";
import { makeParagraph, type DraftDocument } from "../src/model/document";
import { readDocx } from "../src/docx/read-docx";
import { getUnit } from "../src/units/catalogue";
import { generateDraft, generateLines } from "./generate";
import { makeDocx } from "./make-docx";

const SIZES = [5_000, 50_000, 200_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/**
 * Rounds of the scaling comparison; each round times every function RUNS times, one after
 * another. At least ROUNDS, and more until MEASURE_MS have passed, so that the small drafts
 * (a fraction of a millisecond a call) get as many chances of an undisturbed round as the large.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const MEASURE_MS = Number(process.env.BENCH_MEASURE_MS ?? 2000);
/**
 * Warm-up per function before the scaling comparison. V8 optimises code only once it has
 * run many times: on the 5,000-word draft analyse() settles after some thousands of calls
 * (a second or so), while the split (mostly native code) is fast from the start, so a short
 * warm-up measures the compiler rather than the analysis.
 */
const WARM_UP_MS = Number(process.env.BENCH_WARMUP_MS ?? 1000);
const GOAL_RATIO = 5;
const UNIT_ID = "8581-700";
const ROOT = resolve(__dirname, "..");

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median wall time in ms of `runs` calls, after one warm-up call. */
function time(fn: () => unknown, runs = RUNS): number {
  fn();
  return medianRun(fn, runs);
}

/** Call fn until it has run `calls` times and for at least `ms`. */
function warmUp(fn: () => unknown, calls = 10, ms = WARM_UP_MS): void {
  const t0 = performance.now();
  for (let i = 0; i < calls || performance.now() - t0 < ms; i++) fn();
}

/** Median wall time in ms of `runs` calls, with no warm-up. */
function medianRun(fn: () => unknown, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/**
 * Times of functions that are compared with each other, robust to a busy machine:
 * each is warmed up, then in every round each one's median of RUNS calls is taken,
 * one straight after another, so that load from other processes falls on all of them
 * alike; the result for each is its lowest median over the rounds (the one least
 * disturbed by other work).
 */
function compareTimes<K extends string>(fns: Record<K, () => unknown>): Record<K, number> {
  const names = Object.keys(fns) as K[];
  for (const k of names) warmUp(fns[k]);
  const best = {} as Record<K, number>;
  for (const k of names) best[k] = Infinity;
  const t0 = performance.now();
  for (let r = 0; r < ROUNDS || performance.now() - t0 < MEASURE_MS; r++) {
    for (const k of names) best[k] = Math.min(best[k], medianRun(fns[k], RUNS));
  }
  return best;
}

/** The floor the analysis is measured against: splitting every paragraph on white space. */
function bareSplit(doc: DraftDocument): number {
  let n = 0;
  for (const p of doc.paragraphs) n += p.text.split(/\s+/).length;
  return n;
}

const ms = (x: number) => `${x.toFixed(2)} ms`.padStart(11);
const pad = (s: string, n: number) => s.padEnd(n);

function section(title: string): void {
  process.stdout.write(`\n== ${title} ==\n`);
}

function analysisScaling(): void {
  section(`analysis time against a bare word split (unit ${UNIT_ID}; lowest of interleaved medians of ${RUNS} runs over ${MEASURE_MS} ms, after ${WARM_UP_MS} ms warm-up each)`);
  const unit = getUnit(UNIT_ID)!;
  process.stdout.write(
    `${pad("words", 9)}${pad("paragraphs", 12)}${"split".padStart(11)}${"coverage".padStart(11)}${"analyse()".padStart(11)}  ${pad("coverage/split", 16)}${pad("analyse/split", 15)}ns/word (analyse)\n`,
  );
  const perWord: number[] = [];
  let worst = 0;
  for (const size of SIZES) {
    const doc = generateDraft(unit, size);
    const words = analyse(doc, { unit: UNIT_ID }).wordCount;
    const { split, coverage, whole } = compareTimes({
      split: () => bareSplit(doc),
      coverage: () => analyseCoverage(doc, unit),
      whole: () => analyse(doc, { unit: UNIT_ID }),
    });
    const ns = (whole * 1e6) / words;
    perWord.push(ns);
    worst = Math.max(worst, whole / split);
    process.stdout.write(
      `${pad(String(words), 9)}${pad(String(doc.paragraphs.length), 12)}${ms(split)}${ms(coverage)}${ms(whole)}  ${pad(`${(coverage / split).toFixed(1)}x`, 16)}${pad(`${(whole / split).toFixed(1)}x`, 15)}${ns.toFixed(0)}\n`,
    );
  }
  const growth = perWord[perWord.length - 1]! / perWord[0]!;
  process.stdout.write(
    `worst analyse()/split ratio ${worst.toFixed(1)}x (goal: within ${GOAL_RATIO}x): ${worst <= GOAL_RATIO ? "met" : "NOT MET"}\n` +
      `time per word, largest/smallest draft: ${growth.toFixed(2)} (about 1 means linear): ${growth < 2 ? "linear" : "GROWS FASTER THAN LINEAR"}\n`,
  );
}

// ---- Inputs that make careless regular expressions backtrack ----
function pathological(): void {
  section("pathological paragraphs (each should take about as long as its length suggests)");
  const unit = getUnit(UNIT_ID)!;
  const n = 100_000;
  const cases: Array<[string, DraftDocument]> = [
    ["heading of spaces and dots, then a letter", { paragraphs: [makeParagraph({ index: 0, text: `${" .".repeat(n)}x`, headingLevel: 2 })] }],
    ["bold paragraph of tabs, then a number", { paragraphs: [makeParagraph({ index: 0, text: `${"\t".repeat(n)}x 12`, bold: true })] }],
    ["heading of AC numbers", { paragraphs: [makeParagraph({ index: 0, text: "1.1 ".repeat(n), headingLevel: 2 })] }],
    ["unclosed braces", { paragraphs: Array.from({ length: 2_000 }, (_, index) => makeParagraph({ index, text: "{ guidance never closed" })) }],
  ];
  for (const [name, doc] of cases) {
    const t = time(() => analyse(doc, { unit: unit.id }), 3);
    process.stdout.write(`${pad(name, 48)}${ms(t)}\n`);
  }
}

// ---- Hook: context.sync() count of a check through the in-memory Word (src/word-memory) ----
async function syncCount(): Promise<void> {
  section("context.sync() round trips of a check through the in-memory Word");
  let memory: typeof import("../src/word-memory/memory-word");
  let reader: typeof import("../src/word/read-document");
  try {
    // Loaded lazily so the rest of the bench runs while the Word side is unfinished.
    memory = require("../src/word-memory/memory-word") as typeof import("../src/word-memory/memory-word");
    reader = require("../src/word/read-document") as typeof import("../src/word/read-document");
  } catch (e) {
    process.stdout.write(`not available yet (${(e as Error).message.split("\n")[0]})\n`);
    return;
  }
  const unit = getUnit(UNIT_ID)!;
  for (const size of SIZES) {
    const draft = generateDraft(unit, size);
    const doc = memory.memoryDocumentFromDraft(draft);
    const contexts: Array<{ syncCount: number }> = [];
    const host = memory.memoryWordRunner(doc, (ctx) => contexts.push(ctx));
    const t0 = performance.now();
    const read = await reader.readDocument(host, "Word");
    const report = analyse(read, { unit: UNIT_ID });
    const elapsed = performance.now() - t0;
    const syncs = contexts.reduce((n, c) => n + c.syncCount, 0);
    process.stdout.write(
      `${pad(String(report.wordCount), 9)} words: ${syncs} sync(s) in ${contexts.length} Word.run batch(es), read + analyse ${elapsed.toFixed(1)} ms\n`,
    );
  }
}

// ---- Hook: ilm-check on a real 5,000-word .docx ----
function cliOnDocx(): void {
  section("ilm-check on a real 5,000-word .docx");
  const unit = getUnit(UNIT_ID)!;
  const dir = mkdtempSync(join(tmpdir(), "ilm-bench-"));
  try {
    const file = join(dir, "draft-5000.docx");
    const bytes = makeDocx(generateLines(unit, 5_000));
    writeFileSync(file, bytes);
    const inProcess = time(() => analyse(readDocx(bytes, file), { unit: UNIT_ID }), 5);
    process.stdout.write(`read .docx + analyse in process: ${inProcess.toFixed(1)} ms (${(bytes.length / 1024).toFixed(0)} KB file)\n`);
    const cli = join(ROOT, "bin", "ilm-check.js");
    if (!existsSync(cli)) {
      process.stdout.write("bin/ilm-check.js not available yet\n");
      return;
    }
    const samples: number[] = [];
    let status: number | null = null;
    let words = "";
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [cli, file, "--json"], { cwd: ROOT, encoding: "utf8" });
      samples.push(performance.now() - t0);
      status = r.status;
      try {
        words = String(JSON.parse(r.stdout).wordCount);
      } catch {
        words = `no JSON: ${(r.stderr || r.stdout).slice(0, 120)}`;
      }
    }
    process.stdout.write(`ilm-check FILE --json (new process, median of 3): ${median(samples).toFixed(0)} ms, exit ${status}, wordCount ${words}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- Hook: bundle size and task-pane start-up (bench/bundle.ts; builds dist/ when missing) ----
async function bundleSize(): Promise<void> {
  section("bundle size and task-pane start-up");
  let bundle: typeof import("./bundle");
  try {
    bundle = require("./bundle") as typeof import("./bundle");
  } catch (e) {
    process.stdout.write(`not available yet (${(e as Error).message.split("\n")[0]})\n`);
    return;
  }
  try {
    const figures = bundle.measureBundle();
    process.stdout.write(
      `initial scripts (${figures.initialScripts.join(", ")}): ${figures.initialKbGzip.toFixed(0)} KB gzipped; all scripts ${figures.allKbGzip.toFixed(0)} KB gzipped\n`,
    );
    process.stdout.write(
      figures.formatScripts.length === 0
        ? "reference-formatting chunk: not found in dist/stats.json (rebuild with npm run build)\n"
        : `reference-formatting chunk, loaded on demand (${figures.formatScripts.join(", ")}): ${figures.formatKb.toFixed(0)} KB, ${figures.formatKbGzip.toFixed(0)} KB gzipped\n`,
    );
    const tti = await bundle.measureTimeToInteractive();
    process.stdout.write(tti === null ? "time to interactive: no Chromium here\n" : `time to interactive (headless Chromium, median): ${tti.toFixed(0)} ms\n`);
  } catch (e) {
    process.stdout.write(`could not measure: ${(e as Error).message.split("\n")[0]}\n`);
  }
}

async function main(): Promise<void> {
  analysisScaling();
  pathological();
  await syncCount();
  cliOnDocx();
  await bundleSize();
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});

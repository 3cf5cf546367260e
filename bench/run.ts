/**
 * npm run bench: how the analysis scales with the length of a draft.
 *
 * For generated drafts of 5,000, 50,000 and 200,000 words it prints the
 * median time of the coverage analysis, of the whole analyse() (coverage and
 * referencing), and of a bare word split over the same text, with their
 * ratio. The goal: analysis within 5x the bare split at every size, and time
 * per word flat across sizes (linear). Then: the context.sync() count of a
 * check through the in-memory Word; ilm-check on a real 5,000-word .docx side by
 * side with pandoc, and on a folder of 100 drafts with one job and one per core
 * (bench/cli.ts); and the task pane's start-up as the user meets it: what it
 * fetches and how long until it is usable (bench/bundle.ts). "hostile" (bench/hostile.ts): the
 * parsers on 100,000 characters of nested brackets, commas and years, and the .docx reader on a
 * million empty paragraphs and a 20-million-character paragraph, each against a tenth of its size.
 *
 * Every figure is printed beside its goal. Timings are printed, never asserted
 * (tests carry no timing checks).
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { loadavg, tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import { analyse, analyseCoverage } from "../src/check/analyse";
import { makeParagraph, type DraftDocument } from "../src/model/document";
import { readDocx } from "../src/docx/read-docx";
import { getUnit } from "../src/units/catalogue";
import * as bundle from "./bundle";
import * as cli from "./cli";
import { hostileInput } from "./hostile";
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
// Builds ilm-check as npm install does (scripts/build-cli.js is CommonJS, shared with Jest's set-up).
const { buildCli } = require("../scripts/build-cli.js") as { buildCli: () => Promise<string> };

const { median } = cli;

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
  // A regular expression that backtracks on such input takes minutes; a linear one milliseconds.
  const GOAL_MS = 1000;
  for (const [name, doc] of cases) {
    const t = time(() => analyse(doc, { unit: unit.id }), 3);
    process.stdout.write(`${pad(name, 48)}${ms(t)}  (goal: under ${GOAL_MS} ms): ${t < GOAL_MS ? "met" : "NOT MET"}\n`);
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
  const counts: number[] = [];
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
    counts.push(syncs);
    process.stdout.write(
      `${pad(String(report.wordCount), 9)} words: ${syncs} sync(s) in ${contexts.length} Word.run batch(es), read + analyse ${elapsed.toFixed(1)} ms\n`,
    );
  }
  const constant = counts.every((n) => n === counts[0]);
  const most = Math.max(...counts);
  process.stdout.write(
    `syncs per check: at most ${most}, ${constant ? "the same" : "NOT the same"} at every size (goal: at most 2, whatever the size): ${constant && most <= 2 ? "met" : "NOT MET"}\n`,
  );
}

// ---- ilm-check: start-up against pandoc on the same file, and folders (bench/cli.ts) ----
const CLI_RUNS = Number(process.env.BENCH_CLI_RUNS ?? 9);
const FOLDER_FILES = 100;
const FOLDER_RUNS = Number(process.env.BENCH_FOLDER_RUNS ?? 3);

async function cliOnDocx(): Promise<void> {
  section("ilm-check on a real 5,000-word .docx, side by side with pandoc -t plain on the same file");
  const unit = getUnit(UNIT_ID)!;
  const dir = mkdtempSync(join(tmpdir(), "ilm-bench-"));
  try {
    // The tool as `npm install` builds it, from the sources as they are now.
    await buildCli();
    const file = join(dir, "draft-5000.docx");
    const bytes = makeDocx(generateLines(unit, 5_000));
    writeFileSync(file, bytes);
    const inProcess = time(() => analyse(readDocx(bytes, file), { unit: UNIT_ID }), 5);
    process.stdout.write(`read .docx + analyse in process: ${inProcess.toFixed(1)} ms (${(bytes.length / 1024).toFixed(0)} KB file)\n`);

    const check = cli.runCli([file]);
    if (check.status !== 0 || !check.stdout.includes("Summary: 0 errors")) {
      process.stdout.write(`ilm-check did not check the file (exit ${check.status}): ${(check.stderr || check.stdout).slice(0, 160)}\n`);
      return;
    }
    if (!cli.hasPandoc()) {
      const alone = median(Array.from({ length: CLI_RUNS }, () => cli.runCli([file]).ms));
      process.stdout.write(`ilm-check FILE (new process, median of ${CLI_RUNS}): ${alone.toFixed(0)} ms; pandoc not found, so no ratio (goal: ilm-check/pandoc at most 1.0)\n`);
      return;
    }
    const pandoc = () => cli.timeCommand(cli.PANDOC, ["-t", "plain", file]);
    const t = cli.sideBySide(() => cli.runCli([file]), pandoc, CLI_RUNS);
    const ratio = t.a / t.b;
    const extraCa = process.env[cli.EXTRA_CA];
    process.stdout.write(
      (extraCa ? `timed without ${cli.EXTRA_CA} (set on this machine: every Node process parses ${extraCa} as it starts; see bench/cli.ts)\n` : "") +
        `ilm-check FILE      ${t.a.toFixed(0).padStart(6)} ms  (new process each time, median of ${CLI_RUNS}, in turns with pandoc)\n` +
        `pandoc -t plain FILE ${t.b.toFixed(0).padStart(5)} ms\n` +
        `ilm-check/pandoc ratio ${ratio.toFixed(2)} (goal: at most 1.00): ${ratio <= 1 ? "met" : "NOT MET"}\n`,
    );
    if (extraCa) {
      // The same, started as every Node process on this machine starts, and Node doing nothing both ways.
      const asSet = cli.sideBySide(() => cli.runCli([file], process.env), pandoc, CLI_RUNS);
      const bare = cli.sideBySide(
        () => cli.timeCommand(process.execPath, ["-e", "0"], process.env),
        () => cli.timeCommand(process.execPath, ["-e", "0"]),
        CLI_RUNS,
      );
      process.stdout.write(
        `with ${cli.EXTRA_CA} as this machine sets it: ilm-check ${asSet.a.toFixed(0)} ms, pandoc ${asSet.b.toFixed(0)} ms, ratio ${(asSet.a / asSet.b).toFixed(2)}; ` +
          `node -e 0 takes ${bare.a.toFixed(0)} ms with it and ${bare.b.toFixed(0)} ms without\n`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function cliOnFolder(): void {
  const n = cli.cores();
  section(`ilm-check on a folder of ${FOLDER_FILES} generated 5,000-word drafts, one process, 1 job and ${n} (one per core)`);
  const dir = mkdtempSync(join(tmpdir(), "ilm-bench-folder-"));
  try {
    cli.writeDrafts(dir, FOLDER_FILES, 5_000);
    const one = () => cli.runCli([dir, "--jobs", "1"]);
    const all = () => cli.runCli([dir, "--jobs", String(n)]);
    const first = one();
    if (first.status === 2 || !first.stdout.includes(`Checked ${FOLDER_FILES} drafts`)) {
      process.stdout.write(`ilm-check did not check the folder (exit ${first.status}): ${(first.stderr || first.stdout).slice(0, 160)}\n`);
      return;
    }
    if (all().stdout !== first.stdout) process.stdout.write("WARNING: the reports differ between 1 job and all cores\n");
    const t = cli.sideBySide(one, all, FOLDER_RUNS);
    const rate = (ms: number) => (FOLDER_FILES / (ms / 1000)).toFixed(1);
    const speedUp = t.a / t.b;
    process.stdout.write(
      `--jobs 1: ${rate(t.a).padStart(6)} files/s  (${(t.a / 1000).toFixed(2)} s for ${FOLDER_FILES} files, process start included, median of ${FOLDER_RUNS})\n` +
        `--jobs ${n}: ${rate(t.b).padStart(6)} files/s  (${(t.b / 1000).toFixed(2)} s)\n` +
        `speed-up with ${n} jobs: ${speedUp.toFixed(2)}x (goal: more files per second with all cores than with one): ${speedUp > 1 ? "met" : "NOT MET"}\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- Task-pane start-up as the user meets it (bench/bundle.ts; builds dist/ when missing) ----
const GOAL_PANE_KB = 120;
const GOAL_PANE_MS = 500;
const PANE_RUNS = Number(process.env.BENCH_PANE_RUNS ?? 5);

async function paneStart(): Promise<void> {
  section(`task-pane start-up: fetched until usable and time to usable, fresh page and cold cache each run (${PANE_RUNS} runs)`);
  try {
    const figures = await bundle.measurePaneStart(PANE_RUNS);
    if (figures === null) {
      process.stdout.write("no Chromium here: the pane's start-up is not measured\n");
      return;
    }
    for (const f of figures) {
      const kb = f.fetched.kbGzip;
      const ms = median(f.times);
      process.stdout.write(
        `${f.document}:\n` +
          `  fetched until usable: ${kb.toFixed(0)} KB gzipped in ${f.fetched.files.length} files, ${f.fetched.scripts} of them scripts (${f.fetched.scriptKbGzip.toFixed(0)} KB) (goal: at most ${GOAL_PANE_KB} KB): ${kb <= GOAL_PANE_KB ? "met" : "NOT MET"}\n` +
          `  time to usable: ${ms.toFixed(0)} ms median (runs: ${f.times.map((t) => t.toFixed(0)).join(", ")}) (goal: within ${GOAL_PANE_MS} ms): ${ms <= GOAL_PANE_MS ? "met" : "NOT MET"}\n` +
          `  files: ${f.fetched.files.join(", ")}\n` +
          `  not counted: ${f.fetched.notCounted.join(", ") || "none"}\n`,
      );
    }
    const word = bundle.wordStartKbGzip();
    if (word !== null)
      process.stdout.write(
        `inside Word (from the build's chunk graph, not measured): ${word.toFixed(0)} KB gzipped before the first view, for a blank document and a draft alike (Office's helpers instead of the preview's code and in-browser Word) (goal: at most ${GOAL_PANE_KB} KB): ${word <= GOAL_PANE_KB ? "met" : "NOT MET"}\n`,
      );
    const full = bundle.fullPaneKbGzip();
    if (full !== null)
      process.stdout.write(`fetched once the first view is on screen: React, Fluent UI and the full pane, ${full.toFixed(0)} KB gzipped (with its style sheet)\n`);
    process.stdout.write(`all scripts in dist/, loaded or not: ${bundle.allScriptsKbGzip().toFixed(0)} KB gzipped\n`);
    const format = bundle.formatChunk();
    process.stdout.write(
      format === null
        ? "reference-formatting chunk: not found in dist/stats.json (rebuild with npm run build)\n"
        : `reference-formatting chunk, loaded on demand (${format.scripts.join(", ")}): ${format.kb.toFixed(0)} KB, ${format.kbGzip.toFixed(0)} KB gzipped\n`,
    );
  } catch (e) {
    process.stdout.write(`could not measure: ${(e as Error).message.split("\n")[0]}\n`);
  }
}

/** Every part by default; BENCH_ONLY=cli,pane (say) runs only those parts, in this order. */
const PARTS: Array<[string, () => void | Promise<void>]> = [
  ["analysis", analysisScaling],
  ["pathological", pathological],
  ["hostile", hostileInput],
  ["syncs", syncCount],
  ["cli", cliOnDocx],
  ["folder", cliOnFolder],
  ["pane", paneStart],
];

/** Wall times depend on what else the machine is doing; say so beside them. */
function machine(): string {
  const load = loadavg().map((x) => x.toFixed(1)).join(", ");
  return `machine: ${cli.cores()} cores, load average ${load} (1, 5, 15 min); other work on the cores slows every figure, and takes away the gain of --jobs`;
}

async function main(): Promise<void> {
  process.stdout.write(`${machine()}\n`);
  const only = process.env.BENCH_ONLY?.split(",").map((p) => p.trim());
  for (const [name, part] of PARTS) if (!only || only.includes(name)) await part();
  process.stdout.write(`\nat the end, ${machine()}\n`);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});

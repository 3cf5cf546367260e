import { mkdirSync, statSync, writeFileSync } from "fs";
import { availableParallelism, cpus } from "os";
import { dirname, join, resolve } from "path";
import type { Report } from "../check/rules";
import type { CtrEdition } from "../harvard/edition";
import { getUnit, listUnits } from "../units/catalogue";
import { plural } from "../check/answer-summary";
import { commentDate } from "./annotate";
import { parseArgs, USAGE } from "./args";
import { runBatch } from "./batch";
import type { CheckOptions } from "./check-file";
import { CliInputError } from "./cli-input-error";
import { formatReport } from "./format-text";
import { expandInputs } from "./inputs";
import { ProgressLine, progressText } from "./progress";
import { summaryCsv, type SummaryLine } from "./summary-row";
import { WORKER_ARG } from "./worker";
import { readCentreFile } from "./centre-file";
import type { CentreTemplate } from "../centre/schema";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
  color: boolean;
  /** stderr is a terminal: a batch shows its progress there. */
  progress?: boolean;
  /** The terminal's width, for the progress line. */
  columns?: number;
  /** The time the comments of --annotate are dated (now when absent). */
  now?: () => Date;
}

/** How files are checked: in worker threads when the built script is known (bin/ilm-check.js). */
export interface CliRuntime {
  /** The script a worker thread runs; without it every file is checked in this thread. */
  workerScript?: string;
  /** Told how many files were checked (bin/ilm-check.js keeps its code cache from such a run). */
  onChecked?: (files: number) => void;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_BAD_INPUT = 2;

/**
 * ilm-check: reads .docx drafts, runs the same analyse() as the add-in and
 * prints a report per file. Returns the exit status; every failure the user
 * can fix is one line on stderr, never a stack trace.
 */
export async function runCli(argv: readonly string[], io: CliIo, runtime: CliRuntime = {}): Promise<number> {
  let files: string[];
  let many: boolean;
  let unit: string | undefined;
  let edition: CtrEdition | undefined;
  let centre: CentreTemplate | undefined;
  let json: boolean;
  let jobs: number;
  let names: string[];
  let annotate: string | undefined;
  let csv: string | undefined;
  let outputs: string[] = [];
  try {
    const opts = parseArgs(argv);
    if (opts.help) {
      io.stdout(`${USAGE}\n\nUnits: ${unitIds().join(", ")}\n`);
      return EXIT_OK;
    }
    if (opts.unit !== undefined && !getUnit(opts.unit)) {
      throw new CliInputError(`Unknown unit "${opts.unit}"; the units are ${unitIds().join(", ")}.`);
    }
    unit = opts.unit;
    edition = opts.edition;
    if (opts.centre !== undefined) centre = readCentreFile(opts.centre);
    json = opts.json;
    jobs = opts.jobs ?? defaultJobs();
    annotate = opts.annotate;
    csv = opts.csv;
    ({ files, many, names } = expandInputs(opts.inputs, annotate === undefined ? [] : [annotate]));
    if (annotate !== undefined) outputs = annotatedPaths(files, names, annotate);
    if (csv !== undefined) prepareCsv(csv, files);
  } catch (e) {
    return fail(io, e);
  }

  // Reports are printed as they come in (in the order of the files), so a long folder shows
  // progress; --json needs the whole array and prints it at the end.
  const reports: Report[] = [];
  let unreadable = false;
  const date = commentDate(io.now ? io.now() : new Date());
  const summaries: SummaryLine[] = [];
  const copies = { written: 0, comments: 0 };
  // Progress on a terminal's stderr, cleared around every other line written there.
  const progress = new ProgressLine(io.stderr, Boolean(io.progress) && files.length > 1, io.columns);
  const out = (write: (t: string) => void, text: string) => progress.around(() => write(text));
  progress.show(progressText(0, files.length));
  await runBatch(
    files.map((file, i) => {
      const options: CheckOptions = {
        ...(unit === undefined ? {} : { unit }),
        ...(edition ? { edition } : {}),
        ...(centre ? { centre } : {}),
      };
      if (annotate !== undefined) options.annotate = { out: outputs[i]!, date };
      if (csv !== undefined) options.summary = true;
      return { file, options };
    }),
    { jobs, workerScript: runtime.workerScript, workerArgv: [WORKER_ARG] },
    (result, index) => {
      progress.show(progressText(index + 1, files.length));
      if (!result.ok) {
        out(io.stderr, `ilm-check: ${result.message}\n`);
        if (result.unexpected && process.env.ILM_CHECK_DEBUG) out(io.stderr, `${result.stack ?? ""}\n`);
        unreadable = true;
        summaries.push({ file: result.file, unreadable: result.message.replace(`${result.file}: `, "") });
        return;
      }
      const r = result.report;
      // The ACs the draft was checked against: the catalogue's, or a centre's wording of an unconfirmed unit.
      const wording = Object.fromEntries(result.criteria.map((c) => [c.id, c.wording]));
      if (!json) out(io.stdout, `${reports.length > 0 ? "\n" : ""}${formatReport(r, { color: io.color, wording })}\n`);
      if (result.annotated) {
        copies.written++;
        copies.comments += result.annotated.comments;
        if (!json && !many) out(io.stdout, `\nAnnotated copy: ${result.annotated.out} (${plural(result.annotated.comments, "comment")}).\n`);
      }
      if (result.annotateError) {
        out(io.stderr, `ilm-check: ${result.annotateError}\n`);
        unreadable = true;
      }
      if (result.summary) summaries.push({ file: result.file, row: result.summary });
      reports.push(r);
    },
  );
  progress.clear();
  runtime.onChecked?.(files.length);

  let csvWritten = false;
  if (csv !== undefined) {
    try {
      writeFileSync(csv, summaryCsv(summaries));
      csvWritten = true;
    } catch (e) {
      io.stderr(`ilm-check: ${csv}: the summary could not be written (${(e as NodeJS.ErrnoException).code ?? "error"}); close it if it is open in a spreadsheet, or choose another file.\n`);
      unreadable = true;
    }
  }

  if (json) {
    // One file named on the command line: its Report; several, or a folder: an array.
    if (many) io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
    else if (reports.length === 1) io.stdout(`${JSON.stringify(reports[0], null, 2)}\n`);
  } else if (many) {
    const withErrors = reports.filter((r) => r.problems.some((p) => p.severity === "error")).length;
    const unread = files.length - reports.length;
    const wrote = [
      annotate !== undefined ? `${plural(copies.written, "annotated copy", "annotated copies")} (${plural(copies.comments, "comment")}) to ${annotate}` : "",
      csvWritten ? `the summary to ${csv}` : "",
    ].filter(Boolean);
    io.stdout(
      `\nChecked ${plural(files.length, "draft")}: ${withErrors} with errors${unread ? `, ${unread} could not be read` : ""}.${wrote.length ? ` Wrote ${wrote.join(" and ")}.` : ""}\n`,
    );
  } else if (csvWritten) {
    io.stdout(`\nSummary: ${csv}.\n`);
  }

  if (unreadable) return EXIT_BAD_INPUT;
  return reports.some((r) => r.problems.some((p) => p.severity === "error")) ? EXIT_PROBLEMS : EXIT_OK;
}

/**
 * Where each draft's annotated copy goes: its name (its path inside a folder named on the
 * command line) under the copies' folder. Refuses, before anything is checked, to write a copy
 * over a draft or two copies to one file, and makes the folder.
 */
function annotatedPaths(files: readonly string[], names: readonly string[], dir: string): string[] {
  const outputs = names.map((n) => join(dir, n));
  const inputs = new Map(files.map((f) => [resolve(f), f]));
  const taken = new Map<string, string>();
  outputs.forEach((o, i) => {
    const key = resolve(o);
    const input = inputs.get(key);
    if (input !== undefined) {
      throw new CliInputError(`--annotate would write over ${input}; choose a folder for the copies other than the drafts' own.`);
    }
    const other = taken.get(key);
    if (other !== undefined) {
      throw new CliInputError(`${other} and ${files[i]} would both be annotated to ${o}; check them in separate runs or from their folder.`);
    }
    taken.set(key, files[i]!);
  });
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new CliInputError(`${dir}: the folder for the annotated copies cannot be made (${(e as NodeJS.ErrnoException).code ?? "error"}).`);
  }
  return outputs;
}

/** Checks the --csv file can be written where asked (its folder is made), before the batch runs. */
function prepareCsv(csv: string, files: readonly string[]): void {
  if (files.some((f) => resolve(f) === resolve(csv))) throw new CliInputError(`--csv would write over ${csv}; give a new file name for the summary.`);
  let isDir = false;
  try {
    isDir = statSync(csv).isDirectory();
  } catch {
    // Not there yet: it is made at the end.
  }
  if (isDir) throw new CliInputError(`--csv ${csv} is a folder; give a file name for the summary, for example ${join(csv, "summary.csv")}.`);
  try {
    mkdirSync(dirname(csv), { recursive: true });
  } catch (e) {
    throw new CliInputError(`${dirname(csv)}: the folder for the summary cannot be made (${(e as NodeJS.ErrnoException).code ?? "error"}).`);
  }
}

/** One job per processor core (os.availableParallelism is Node 18.14+). */
function defaultJobs(): number {
  return typeof availableParallelism === "function" ? availableParallelism() : Math.max(1, cpus().length);
}

function unitIds(): string[] {
  return listUnits().map((u) => u.id);
}

function fail(io: CliIo, e: unknown): number {
  if (e instanceof CliInputError) {
    io.stderr(`ilm-check: ${e.message}\n`);
    return EXIT_BAD_INPUT;
  }
  throw e;
}

/** Colour when writing to a terminal and NO_COLOR is unset or empty. */
export function wantsColour(env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "" && env.FORCE_COLOR !== "0") return true;
  return Boolean(isTTY);
}

/** Entry point used by bin/ilm-check.js (through the built src/cli/entry.ts). */
export async function main(argv: readonly string[] = process.argv.slice(2), runtime: CliRuntime = {}): Promise<void> {
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    // `ilm-check ... | head` closes the pipe early; that is not an error worth a trace.
    if (err.code === "EPIPE") process.exit(process.exitCode ?? EXIT_OK);
    throw err;
  });
  const io: CliIo = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    color: wantsColour(process.env, process.stdout.isTTY),
    progress: Boolean(process.stderr.isTTY),
    columns: process.stderr.columns,
  };
  try {
    process.exitCode = await runCli(argv, io, runtime);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    io.stderr(`ilm-check: unexpected error (${msg.split("\n")[0]}); please report it with the file that caused it.\n`);
    if (process.env.ILM_CHECK_DEBUG) io.stderr(`${e instanceof Error ? e.stack : ""}\n`);
    process.exitCode = EXIT_BAD_INPUT;
  }
}

import { availableParallelism, cpus } from "os";
import type { Report } from "../check/rules";
import type { CtrEdition } from "../harvard/edition";
import { getUnit, listUnits } from "../units/catalogue";
import { parseArgs, USAGE } from "./args";
import { runBatch } from "./batch";
import { CliInputError } from "./cli-input-error";
import { formatReport } from "./format-text";
import { expandInputs } from "./inputs";
import { WORKER_ARG } from "./worker";
import { readCentreFile } from "./centre-file";
import type { CentreTemplate } from "../centre/schema";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
  color: boolean;
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
    ({ files, many } = expandInputs(opts.inputs));
  } catch (e) {
    return fail(io, e);
  }

  // Reports are printed as they come in (in the order of the files), so a long folder shows
  // progress; --json needs the whole array and prints it at the end.
  const reports: Report[] = [];
  let unreadable = false;
  await runBatch(
    files.map((file) => ({
      file,
      options: { ...(unit === undefined ? {} : { unit }), ...(edition ? { edition } : {}), ...(centre ? { centre } : {}) },
    })),
    { jobs, workerScript: runtime.workerScript, workerArgv: [WORKER_ARG] },
    (result) => {
      if (!result.ok) {
        io.stderr(`ilm-check: ${result.message}\n`);
        if (result.unexpected && process.env.ILM_CHECK_DEBUG) io.stderr(`${result.stack ?? ""}\n`);
        unreadable = true;
        return;
      }
      const r = result.report;
      // The ACs the draft was checked against: the catalogue's, or a centre's wording of an unconfirmed unit.
      const wording = Object.fromEntries(result.criteria.map((c) => [c.id, c.wording]));
      if (!json) io.stdout(`${reports.length > 0 ? "\n" : ""}${formatReport(r, { color: io.color, wording })}\n`);
      reports.push(r);
    },
  );
  runtime.onChecked?.(files.length);

  if (json) {
    // One file named on the command line: its Report; several, or a folder: an array.
    if (many) io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
    else if (reports.length === 1) io.stdout(`${JSON.stringify(reports[0], null, 2)}\n`);
  } else if (many) {
    const withErrors = reports.filter((r) => r.problems.some((p) => p.severity === "error")).length;
    const unread = files.length - reports.length;
    io.stdout(`\nChecked ${files.length} drafts: ${withErrors} with errors${unread ? `, ${unread} could not be read` : ""}.\n`);
  }

  if (unreadable) return EXIT_BAD_INPUT;
  return reports.some((r) => r.problems.some((p) => p.severity === "error")) ? EXIT_PROBLEMS : EXIT_OK;
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

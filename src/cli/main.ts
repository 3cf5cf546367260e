import { readFileSync } from "fs";
import { analyse, UnknownUnitError } from "../check/analyse";
import type { Report } from "../check/rules";
import { DocxReadError, readDocx } from "../docx/read-docx";
import { getUnit, listUnits } from "../units/catalogue";
import { parseArgs, USAGE } from "./args";
import { CliInputError } from "./cli-input-error";
import { formatReport } from "./format-text";
import { expandInputs } from "./inputs";
import { readCentreFile } from "./centre-file";
import type { CentreTemplate } from "../centre/schema";
import { centreUnit } from "../centre/apply";
import { tryParseCentreTemplate } from "../centre/parse";
import type { DraftDocument } from "../model/document";
import { StoreKeys } from "../model/document-store";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
  color: boolean;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_BAD_INPUT = 2;

/**
 * ilm-check: reads .docx drafts, runs the same analyse() as the add-in and
 * prints a report per file. Returns the exit status; every failure the user
 * can fix is one line on stderr, never a stack trace.
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  let files: string[];
  let many: boolean;
  let unit: string | undefined;
  let centre: CentreTemplate | undefined;
  let json: boolean;
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
    if (opts.centre !== undefined) centre = readCentreFile(opts.centre);
    json = opts.json;
    ({ files, many } = expandInputs(opts.inputs));
  } catch (e) {
    return fail(io, e);
  }

  const reports: Report[] = [];
  /** The ACs each draft was checked against: the catalogue's, or a centre's wording of an unconfirmed unit. */
  const wordings = new Map<Report, ReadonlyArray<{ id: string; wording: string }>>();
  let unreadable = false;
  for (const file of files) {
    try {
      const checked = checkFile(file, unit, centre);
      reports.push(checked.report);
      wordings.set(checked.report, checked.criteria);
    } catch (e) {
      if (!(e instanceof CliInputError)) throw e;
      io.stderr(`ilm-check: ${e.message}\n`);
      unreadable = true;
    }
  }

  if (json) {
    // One file named on the command line: its Report; several, or a folder: an array.
    if (many) io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
    else if (reports.length === 1) io.stdout(`${JSON.stringify(reports[0], null, 2)}\n`);
  } else {
    const wording = (r: Report) => Object.fromEntries((wordings.get(r) ?? []).map((c) => [c.id, c.wording]));
    let text = reports.map((r) => `${formatReport(r, { color: io.color, wording: wording(r) })}\n`).join("\n");
    if (many) {
      const withErrors = reports.filter((r) => r.problems.some((p) => p.severity === "error")).length;
      const unread = files.length - reports.length;
      text += `\nChecked ${files.length} drafts: ${withErrors} with errors${unread ? `, ${unread} could not be read` : ""}.\n`;
    }
    io.stdout(text);
  }

  if (unreadable) return EXIT_BAD_INPUT;
  return reports.some((r) => r.problems.some((p) => p.severity === "error")) ? EXIT_PROBLEMS : EXIT_OK;
}

function checkFile(file: string, unit: string | undefined, centre: CentreTemplate | undefined): { report: Report; criteria: ReadonlyArray<{ id: string; wording: string }> } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new CliInputError(`${file}: the file cannot be read.`);
  }
  let doc;
  try {
    doc = readDocx(bytes, file);
  } catch (e) {
    if (e instanceof DocxReadError) throw new CliInputError(`${file}: ${e.message}`);
    throw e;
  }
  let analysed: Report;
  try {
    analysed = analyse(doc, { ...(unit === undefined ? {} : { unit }), ...(centre ? { centre } : {}) });
  } catch (e) {
    if (e instanceof UnknownUnitError) throw new CliInputError(e.message);
    throw e;
  }
  const { file: _fromHost, ...report } = analysed;
  // The path as the user typed it comes first, so a list of reports reads well.
  return { report: { file, ...report }, criteria: criteriaChecked(analysed, doc, centre) };
}

/** The ACs as the check saw them: a centre template the check followed may word an unconfirmed unit itself. */
function criteriaChecked(report: Report, doc: DraftDocument, given: CentreTemplate | undefined): ReadonlyArray<{ id: string; wording: string }> {
  const base = report.unit ? getUnit(report.unit) : undefined;
  if (!base) return [];
  if (!report.centre) return base.criteria;
  let template: CentreTemplate | null = given ?? null;
  if (report.centre.source === "document") {
    const read = tryParseCentreTemplate(doc.addInData?.[StoreKeys.centreTemplate]);
    template = "template" in read ? read.template : null;
  }
  return template ? centreUnit(template, base).criteria : base.criteria;
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

/** Entry point used by bin/ilm-check.js. */
export function main(argv: readonly string[] = process.argv.slice(2)): void {
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
    process.exitCode = runCli(argv, io);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    io.stderr(`ilm-check: unexpected error (${msg.split("\n")[0]}); please report it with the file that caused it.\n`);
    if (process.env.ILM_CHECK_DEBUG) io.stderr(`${e instanceof Error ? e.stack : ""}\n`);
    process.exitCode = EXIT_BAD_INPUT;
  }
}

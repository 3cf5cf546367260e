/**
 * The work ilm-check does for one file, as one function from a plain task to a plain result.
 * It runs in the main thread for one job and in worker threads for several (src/cli/batch.ts),
 * so task and result must survive structured cloning: data only, no classes or functions.
 * Options a later feature needs per file (say, writing an annotated copy) go in CheckOptions,
 * and their outcome in the result, so they run in the workers too.
 */
import { readFileSync } from "fs";
import { analyse, UnknownUnitError } from "../check/analyse";
import { chooseCentre } from "../check/centre-options";
import type { Report } from "../check/rules";
import { DocxReadError, readDocx } from "../docx/read-docx";
import { openDocxComments, type DocxWithComments } from "../docx/write-comments";
import type { CtrEdition } from "../harvard/edition";
import { centreUnit } from "../centre/apply";
import type { CentreTemplate } from "../centre/schema";
import type { DraftDocument } from "../model/document";
import { getUnit } from "../units/catalogue";
import { writeAnnotatedCopy, type AnnotateOptions, type AnnotatedCopy } from "./annotate";
import { CliInputError } from "./cli-input-error";
import { summaryRow, type SummaryRow } from "./summary-row";

export interface CheckOptions {
  /** Check against this unit instead of detecting it. */
  unit?: string;
  /** The Cite Them Right edition the reference notes follow (the centre template's, else the 12th, when absent). */
  edition?: CtrEdition;
  /** Write a copy with the findings as comments (--annotate). */
  annotate?: AnnotateOptions;
  /** Work out the file's row of the --csv summary. */
  summary?: boolean;
  /**
   * The centre template given with --centre, already read and validated (src/cli/centre-file.ts):
   * plain JSON data, so it crosses to the workers; without it a draft follows the template it records.
   */
  centre?: CentreTemplate;
}

/** An AC as the check saw it (the catalogue's wording, or a centre's wording of an unconfirmed unit). */
export interface CheckedCriterion {
  id: string;
  wording: string;
}

export interface FileTask {
  /** The path as the user typed it (or as found in a folder they named). */
  file: string;
  options: CheckOptions;
}

export type FileResult =
  | {
      file: string;
      ok: true;
      report: Report;
      /** The ACs the draft was checked against. */
      criteria: CheckedCriterion[];
      /** With --annotate: the copy written, or why it could not be (one sentence). */
      annotated?: AnnotatedCopy;
      annotateError?: string;
      /** With --csv. */
      summary?: SummaryRow;
    }
  | {
      file: string;
      ok: false;
      /** One sentence for stderr, without the "ilm-check: " prefix. */
      message: string;
      /** True for a bug rather than a file the user can fix; the stack is kept for ILM_CHECK_DEBUG. */
      unexpected: boolean;
      stack?: string;
    };

/** Reads and checks one .docx; never throws, so one bad file in a batch cannot stop the rest. */
export function checkFile(task: FileTask): FileResult {
  const { file } = task;
  try {
    return checkOrThrow(file, task.options);
  } catch (e) {
    if (e instanceof CliInputError) return { file, ok: false, message: e.message, unexpected: false };
    return unexpectedFailure(file, e);
  }
}

/** The result for a file whose check failed by a bug (or a worker that died while on it). */
export function unexpectedFailure(file: string, e: unknown): FileResult {
  // Not `instanceof Error`: an error from a worker thread may come from another realm.
  const err = typeof e === "object" && e !== null ? (e as { message?: unknown; stack?: unknown }) : {};
  const first = (typeof err.message === "string" ? err.message : String(e)).split("\n")[0];
  return {
    file,
    ok: false,
    message: `${file}: unexpected error (${first}); please report it with this file.`,
    unexpected: true,
    stack: typeof err.stack === "string" ? err.stack : undefined,
  };
}

function checkOrThrow(file: string, options: CheckOptions): FileResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new CliInputError(`${file}: the file cannot be read.`);
  }
  // For --annotate the reader also keeps where each paragraph is in the XML, for the comments.
  // A part only the comments need (a damaged comments.xml) costs the copy, not the check.
  let opened: DocxWithComments | null = null;
  let annotateError: string | undefined;
  if (options.annotate) {
    try {
      opened = openDocxComments(bytes, file);
    } catch (e) {
      if (!(e instanceof DocxReadError)) throw e;
      annotateError = `${file}: no annotated copy was made: ${e.message}`;
    }
  }
  let doc: DraftDocument;
  try {
    doc = opened ? opened.doc : readDocx(bytes, file);
  } catch (e) {
    if (e instanceof DocxReadError) throw new CliInputError(`${file}: ${e.message}`);
    throw e;
  }
  const { report, criteria } = analyseOrThrow(file, doc, options);
  const result: Extract<FileResult, { ok: true }> = { file, ok: true, report, criteria };
  if (annotateError) result.annotateError = annotateError;
  if (opened && options.annotate) {
    try {
      result.annotated = writeAnnotatedCopy(opened, report, options.annotate);
    } catch (e) {
      if (!(e instanceof CliInputError)) throw e;
      result.annotateError = e.message;
    }
  }
  if (options.summary) result.summary = summaryRow(report, doc, bytes);
  return result;
}

function analyseOrThrow(file: string, doc: DraftDocument, options: CheckOptions): { report: Report; criteria: CheckedCriterion[] } {
  let analysed: Report;
  try {
    analysed = analyse(doc, {
      ...(options.unit === undefined ? {} : { unit: options.unit }),
      ...(options.edition ? { edition: options.edition } : {}),
      ...(options.centre ? { centre: options.centre } : {}),
    });
  } catch (e) {
    if (e instanceof UnknownUnitError) throw new CliInputError(e.message);
    throw e;
  }
  const { file: _fromHost, ...report } = analysed;
  // The path as the user typed it comes first, so a list of reports reads well.
  return { report: { file, ...report }, criteria: criteriaChecked(analysed, doc, options.centre) };
}

/** The ACs as the check saw them: a centre template the check followed may word an unconfirmed unit itself. */
function criteriaChecked(report: Report, doc: DraftDocument, given: CentreTemplate | undefined): CheckedCriterion[] {
  const base = report.unit ? getUnit(report.unit) : undefined;
  if (!base) return [];
  // The same choice analyse() made (given, else recorded in the document, a damaged copy set aside).
  const template = report.centre ? chooseCentre(doc, given).template : null;
  const criteria = template ? centreUnit(template, base).criteria : base.criteria;
  return criteria.map((c) => ({ id: c.id, wording: c.wording }));
}

import { parseEdition, type CtrEdition } from "../harvard/edition";
import { CliInputError } from "./cli-input-error";

export interface CliOptions {
  inputs: string[];
  unit?: string;
  /** Cite Them Right edition for the referencing style notes; analyse() uses the 12th when absent. */
  edition?: CtrEdition;
  /** A centre template file whose settings the check follows (else the one a document records). */
  centre?: string;
  json: boolean;
  help: boolean;
  /** Files read and checked at once (--jobs); unset means one per core. */
  jobs?: number;
  /** Folder for copies with the findings as comments (--annotate). */
  annotate?: string;
  /** File for the one-row-per-draft summary (--csv). */
  csv?: string;
}

export const USAGE = `Usage: ilm-check FILE.docx [FILE2.docx | FOLDER ...] [--unit ID] [--centre FILE.json] [--edition 12th|11th]
                 [--json] [--jobs N] [--annotate OUTDIR] [--csv FILE]

Checks ILM assignment drafts (.docx): every assessment criterion (AC) has its
side-heading and an answer, word counts, citations and the reference list.

  FILE.docx     a draft (.docx, .docm, .dotx or .dotm, judged by its content;
                macros are never run or read); several may be given
  FOLDER        every Word file in it and its subfolders (Word's ~$ lock files are skipped)
  --unit ID     check against this unit (e.g. 8580-501) instead of detecting it
  --centre FILE follow this centre template (word range, Harvard settings); a
                draft made from a centre template follows its own without this
  --edition E   the Cite Them Right edition the reference notes follow: 12th or
                11th (by default the centre template's, else the 12th)
  --json        print the report as JSON (an array for several files or a folder)
  --jobs N      check up to N files at once (default: one per processor core);
                reports still come in the order of the files
  --annotate OUTDIR
                write a copy of each draft into OUTDIR, same name (a folder's
                subfolders kept), with every error and warning as a Word comment
                by "ILM Assignment Assistant"; the drafts themselves are not
                changed, and annotating a copy again replaces only these comments
  --csv FILE    write a spreadsheet of the drafts, one row each: learner, unit,
                words, ACs answered, errors, warnings, notes, ready to submit,
                and the outcome when a tutor has graded the draft in Word
  --help        show this help

Exit status: 0 no errors found, 1 a draft has an error, 2 an input could not be
read, a copy or the summary could not be written, or the arguments are wrong.`;

/** Parses the command line; throws CliInputError with one sentence for anything wrong. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const opts: CliOptions = { inputs: [], json: false, help: false };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || !arg.startsWith("-") || arg === "-") {
      opts.inputs.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyFiles = true;
    } else if (arg === "--json") {
      opts.json = true;
    } else if (arg === "--help" || arg === "-h") {
      opts.help = true;
    } else if (arg === "--unit" || arg === "-u") {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("-")) {
        throw new CliInputError(`${arg} needs a unit id, for example --unit 8580-501.`);
      }
      opts.unit = value;
      i++;
    } else if (arg === "--centre" || arg === "--center") {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("-")) throw new CliInputError(`${arg} needs a centre template file, for example --centre centre.json.`);
      opts.centre = value;
      i++;
    } else if (arg.startsWith("--centre=")) {
      const value = arg.slice("--centre=".length);
      if (!value) throw new CliInputError("--centre needs a centre template file, for example --centre centre.json.");
      opts.centre = value;
    } else if (arg.startsWith("--unit=")) {
      const value = arg.slice("--unit=".length);
      if (!value) throw new CliInputError("--unit needs a unit id, for example --unit 8580-501.");
      opts.unit = value;
    } else if (arg === "--edition" || arg.startsWith("--edition=")) {
      const value = arg === "--edition" ? argv[++i] : arg.slice("--edition=".length);
      const edition = value === undefined ? null : parseEdition(value);
      if (!edition) throw new CliInputError("--edition needs 12th or 11th, for example --edition 11th.");
      opts.edition = edition;
    } else if (arg === "--jobs" || arg === "-j") {
      opts.jobs = parseJobs(arg, argv[i + 1]);
      i++;
    } else if (arg.startsWith("--jobs=")) {
      opts.jobs = parseJobs("--jobs", arg.slice("--jobs=".length));
    } else if (arg === "--annotate" || arg.startsWith("--annotate=")) {
      opts.annotate = pathValue("--annotate", arg === "--annotate" ? argv[++i] : arg.slice("--annotate=".length), "a folder for the annotated copies, for example --annotate annotated");
    } else if (arg === "--csv" || arg.startsWith("--csv=")) {
      opts.csv = pathValue("--csv", arg === "--csv" ? argv[++i] : arg.slice("--csv=".length), "a file for the summary, for example --csv summary.csv");
    } else {
      throw new CliInputError(`Unknown option ${arg}; run ilm-check --help for the options.`);
    }
  }
  if (!opts.help && opts.inputs.length === 0) {
    throw new CliInputError("Give at least one .docx file or folder to check; run ilm-check --help for usage.");
  }
  return opts;
}

function pathValue(option: string, value: string | undefined, what: string): string {
  if (value === undefined || value === "" || value.startsWith("-")) throw new CliInputError(`${option} needs ${what}.`);
  return value;
}

function parseJobs(option: string, value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1) {
    throw new CliInputError(`${option} needs a whole number of files to check at once, for example ${option} 4.`);
  }
  return Number(value);
}

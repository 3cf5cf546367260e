import { CliInputError } from "./cli-input-error";

export interface CliOptions {
  inputs: string[];
  unit?: string;
  /** A centre template file whose settings the check follows (else the one a document records). */
  centre?: string;
  json: boolean;
  help: boolean;
}

export const USAGE = `Usage: ilm-check FILE.docx [FILE2.docx | FOLDER ...] [--unit ID] [--centre FILE.json] [--json]

Checks ILM assignment drafts (.docx): every assessment criterion (AC) has its
side-heading and an answer, word counts, citations and the reference list.

  FILE.docx     a draft; several may be given
  FOLDER        every .docx in it and its subfolders (Word's ~$ lock files are skipped)
  --unit ID     check against this unit (e.g. 8580-501) instead of detecting it
  --centre FILE follow this centre template (word range, Harvard settings); a
                draft made from a centre template follows its own without this
  --json        print the report as JSON (an array for several files or a folder)
  --help        show this help

Exit status: 0 no errors found, 1 a draft has an error, 2 an input could not be
read or the arguments are wrong.`;

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
    } else {
      throw new CliInputError(`Unknown option ${arg}; run ilm-check --help for the options.`);
    }
  }
  if (!opts.help && opts.inputs.length === 0) {
    throw new CliInputError("Give at least one .docx file or folder to check; run ilm-check --help for usage.");
  }
  return opts;
}

/**
 * `npm run template -- --unit 8580-500 [--centre centre.json] [-o template.docx]`: writes a unit's
 * template, or a centre's, as a real .docx with exactly the structure the pane inserts. Bad
 * arguments, an unreadable or invalid centre file, or an output that cannot be written give one
 * line on stderr and exit status 2.
 */
import { statSync, writeFileSync } from "fs";
import { basename, dirname, resolve } from "path";
import { centreTemplateDocx, unitTemplateDocx } from "../docx-template/centre-template-docx";
import { getUnit, listUnits } from "../units/catalogue";
import { CliInputError } from "./cli-input-error";
import { readCentreFile } from "./centre-file";

export const TEMPLATE_USAGE = `Usage: npm run template -- --unit ID [--centre FILE.json] [-o FILE.docx]

Writes the assignment template for a unit as a Word document: the cover sheet and
declaration, each learning outcome as Heading 1, each assessment criterion as a
Heading 2 side-heading in its exact wording, guidance, and the References heading,
in the add-in's content controls, as the task pane inserts it.

  --unit ID          the unit (e.g. 8580-500); may be left out with --centre
  --centre FILE      a centre template (JSON, docs/centre-template.md): its
                     cover sheet, guidance, sections and settings
  -o, --output FILE  where to write the .docx (default: template-UNIT.docx)
  --help             show this help

Exit status: 0 written, 2 the arguments are wrong or a file cannot be read or written.`;

export interface TemplateArgs {
  unit?: string;
  centre?: string;
  output?: string;
  help: boolean;
}

export function parseTemplateArgs(argv: readonly string[]): TemplateArgs {
  const out: TemplateArgs = { help: false };
  const value = (name: string, i: number, example: string): string => {
    const v = argv[i + 1];
    if (v === undefined || (v.startsWith("-") && v !== "-")) throw new CliInputError(`${name} needs a value, for example ${name} ${example}.`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf("=");
    const [name, inline] = arg.startsWith("--") && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const take = (example: string) => {
      if (inline !== undefined) {
        if (!inline) throw new CliInputError(`${name} needs a value, for example ${name} ${example}.`);
        return inline;
      }
      const v = value(name, i, example);
      i++;
      return v;
    };
    if (name === "--help" || name === "-h") out.help = true;
    else if (name === "--unit" || name === "-u") out.unit = take("8580-500");
    else if (name === "--centre" || name === "--center") out.centre = take("centre.json");
    else if (name === "-o" || name === "--output" || name === "--out") out.output = take("template.docx");
    else if (arg.startsWith("-")) throw new CliInputError(`Unknown option ${arg}; run npm run template -- --help for the options.`);
    else throw new CliInputError(`Unexpected argument "${arg}"; give the unit with --unit and the file with -o.`);
  }
  return out;
}

function unitIds(): string {
  return listUnits()
    .map((u) => u.id)
    .join(", ");
}

/** Checks the arguments and writes the file; returns the path written. Throws CliInputError for anything the user can fix. */
export async function writeTemplate(args: TemplateArgs, cwd = process.cwd()): Promise<string> {
  if (args.unit === undefined && args.centre === undefined) {
    throw new CliInputError("Give the unit with --unit (for example --unit 8580-500) or a centre template with --centre; run npm run template -- --help for usage.");
  }
  if (args.unit !== undefined && !getUnit(args.unit)) throw new CliInputError(`Unknown unit "${args.unit}"; the units are ${unitIds()}.`);
  const centre = args.centre !== undefined ? readCentreFile(resolve(cwd, args.centre), args.centre) : null;
  if (centre && args.unit !== undefined && centre.unit !== getUnit(args.unit)!.id) {
    throw new CliInputError(`${args.centre}: this centre template is for unit ${centre.unit}, not ${args.unit}.`);
  }
  const unitId = centre ? centre.unit : getUnit(args.unit!)!.id;
  const output = resolve(cwd, args.output ?? `template-${unitId}.docx`);
  if (!/\.docx$/i.test(output)) throw new CliInputError(`${args.output}: the output file's name should end in .docx.`);
  try {
    if (!statSync(dirname(output)).isDirectory()) throw new Error("not a folder");
  } catch {
    throw new CliInputError(`${args.output ?? basename(output)}: cannot write there, the folder ${dirname(output)} does not exist.`);
  }
  const bytes = centre ? await centreTemplateDocx(centre) : await unitTemplateDocx(getUnit(unitId)!);
  try {
    writeFileSync(output, bytes);
  } catch {
    throw new CliInputError(`${args.output ?? basename(output)}: the file cannot be written (it may be open in Word, or read-only).`);
  }
  return output;
}

export interface TemplateIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export async function runTemplateCommand(argv: readonly string[], io: TemplateIo, cwd = process.cwd()): Promise<number> {
  try {
    const args = parseTemplateArgs(argv);
    if (args.help) {
      io.stdout(`${TEMPLATE_USAGE}\n\nUnits: ${unitIds()}\n`);
      return 0;
    }
    const written = await writeTemplate(args, cwd);
    io.stdout(`Wrote ${written}\n`);
    return 0;
  } catch (e) {
    if (e instanceof CliInputError) {
      io.stderr(`template: ${e.message}\n`);
      return 2;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.stderr(`template: unexpected error (${msg.split("\n")[0]}); please report it.\n`);
    return 2;
  }
}

/** Entry point used by bin/template.js. */
export function main(argv: readonly string[] = process.argv.slice(2)): void {
  // npm runs scripts in the project folder; INIT_CWD is where the user typed the command, which their paths are relative to.
  const cwd = process.env.INIT_CWD || process.cwd();
  void runTemplateCommand(argv, { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) }, cwd).then((code) => {
    process.exitCode = code;
  });
}

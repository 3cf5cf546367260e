import { readdirSync, statSync, type Stats } from "fs";
import { basename, join, relative, resolve } from "path";
import { CliInputError } from "./cli-input-error";

/** Word's owner (lock) files sit beside an open document as "~$name.docx". */
const isLockFile = (name: string) => name.startsWith("~$");
/** Word documents and templates, with or without macros: Word opens them all, and so does the reader. */
const isWordName = (name: string) => /\.(?:docx|docm|dotx|dotm)$/i.test(name);

/**
 * Expands the command line's files and folders into the Word files to
 * check, in the order given (folders sorted by path so output is stable).
 * A file named on the command line is judged by its content when it is read,
 * whatever its extension; a folder contributes its .docx, .docm, .dotx and
 * .dotm files. A missing path or a folder with none is an error.
 * `many` says whether the answer is a list whatever its length (several
 * inputs, or a folder), so --json output has a shape known in advance.
 * `names` gives each file's name for a copy of it (--annotate): its path
 * inside the folder it was found in, or its own name. Folders in `skip` (the
 * copies' own folder) are not searched.
 */
export function expandInputs(inputs: readonly string[], skip: readonly string[] = []): { files: string[]; many: boolean; names: string[] } {
  const files: string[] = [];
  const names: string[] = [];
  const skipped = new Set(skip.map((d) => resolve(d)));
  let many = inputs.length > 1;
  for (const input of inputs) {
    let stat: Stats;
    try {
      stat = statSync(input);
    } catch {
      throw new CliInputError(`${input}: no such file or folder.`);
    }
    if (stat.isDirectory()) {
      const found = findDocx(input, skipped);
      if (found.length === 0) throw new CliInputError(`${input}: the folder has no Word documents (.docx, .docm, .dotx or .dotm).`);
      files.push(...found);
      names.push(...found.map((f) => relative(input, f)));
      many = true;
    } else {
      files.push(input);
      names.push(basename(input));
    }
  }
  return { files, many, names };
}

function findDocx(dir: string, skipped: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      throw new CliInputError(`${d}: the folder cannot be read.`);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const path = join(d, e.name);
      if (e.isDirectory()) {
        if (!skipped.has(resolve(path))) walk(path);
      }
      else if (e.isFile() && isWordName(e.name) && !isLockFile(e.name)) out.push(path);
    }
  };
  walk(dir);
  return out;
}

import { readFileSync, statSync } from "fs";
import { CentreTemplateError, parseCentreTemplate } from "../centre/parse";
import type { CentreTemplate } from "../centre/schema";
import { CliInputError } from "./cli-input-error";

/** Reads and validates a centre template file; anything wrong is one CliInputError sentence naming the file. */
export function readCentreFile(file: string, shown: string = file): CentreTemplate {
  let text: string;
  try {
    if (statSync(file).isDirectory()) throw new CliInputError(`${shown}: this is a folder, not a centre template file.`);
    text = readFileSync(file, "utf8");
  } catch (e) {
    if (e instanceof CliInputError) throw e;
    throw new CliInputError(`${shown}: the centre template cannot be read (no such file, or no permission).`);
  }
  try {
    return parseCentreTemplate(text);
  } catch (e) {
    if (e instanceof CentreTemplateError) throw new CliInputError(`${shown}: ${e.message}`);
    throw e;
  }
}

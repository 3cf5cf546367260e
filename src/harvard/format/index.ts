/**
 * Harvard formatting (citeproc-js). Heavy: the task pane loads it on demand with
 * `const { createFormatter } = await import("../harvard/format")` (see load.ts).
 */
import type { CslItem } from "../library/csl";
import { HarvardFormatter } from "./formatter";

export { HarvardFormatter, UnknownSourceError, parseLocator } from "./formatter";
export type { CiteRef, CitationOptions, FormattedEntry, FormattedText } from "./formatter";
export { htmlToRuns, runsText } from "./runs";
export type { TextRun } from "./runs";
export { harvardStyleXml, STYLE_NAME } from "./style";

export function createFormatter(items: readonly CslItem[]): HarvardFormatter {
  return new HarvardFormatter(items);
}

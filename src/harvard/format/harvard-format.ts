/**
 * Harvard formatting (citeproc-js). Heavy: the task pane loads it on demand with
 * `const { createFormatter } = await import("../harvard/format/harvard-format")` (its own chunk).
 */
import type { CslItem } from "../library/csl";
import { HarvardFormatter, type FormatterOptions } from "./formatter";

export { HarvardFormatter, UnknownSourceError, parseLocator } from "./formatter";
export type { CiteRef, CitationOptions, FormattedEntry, FormattedText, FormatterOptions } from "./formatter";
export { htmlToRuns, runsText } from "./runs";
export type { TextRun } from "./runs";
export { harvardStyleXml, localeXml, styleTitle } from "./style";
export { CTR_EDITIONS, DEFAULT_EDITION, type CtrEdition } from "../edition";

/** A formatter for these sources, in the 12th edition unless `options.edition` says otherwise. */
export function createFormatter(items: readonly CslItem[], options: FormatterOptions = {}): HarvardFormatter {
  return new HarvardFormatter(items, options);
}

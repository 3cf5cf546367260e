/**
 * The References tab formats sources in the Cite Them Right edition the learner's check follows:
 * the one the centre template sets (`harvard.edition`, docs/centre-template.md), else the 12th.
 * Without this the tab would write a 12th-edition list that a centre on the 11th then has noted
 * as slips by the same pane.
 */
import type { CtrEdition } from "../../harvard/edition";
import type { CslItem } from "../../harvard/library/csl";
import type { FormatterOptions, HarvardFormatter } from "../../harvard/format/formatter";

/** What the tab uses of the formatting module (src/harvard/format/harvard-format.ts, its own chunk). */
export interface FormatModuleLike {
  createFormatter(items: readonly CslItem[], options?: FormatterOptions): HarvardFormatter;
}

/** The module, with the house edition as every formatter's default. The same module when there is none. */
export function formatInEdition<M extends FormatModuleLike>(format: M, edition: CtrEdition | undefined): M {
  if (!edition) return format;
  return { ...format, createFormatter: (items: readonly CslItem[], options: FormatterOptions = {}) => format.createFormatter(items, { edition, ...options }) };
}

/**
 * The References tab formats sources in the house Harvard the learner's check follows: the centre
 * template's `harvard` settings (docs/centre-template.md: the Cite Them Right edition, "et al."
 * from how many authors, "&" inside brackets, "n.d.", the page form), else Cite Them Right 12th.
 * Without this the tab would write citations and a list that the same pane's style notes then
 * flag as slips.
 */
import type { HarvardSettings } from "../../harvard/house-style";
import type { CslItem } from "../../harvard/library/csl";
import type { FormatterOptions, HarvardFormatter } from "../../harvard/format/formatter";

/** What the tab uses of the formatting module (src/harvard/format/harvard-format.ts, its own chunk). */
export interface FormatModuleLike {
  createFormatter(items: readonly CslItem[], options?: FormatterOptions): HarvardFormatter;
}

/** The module, with the house settings as every formatter's default. The same module when there are none. */
export function formatInHouseStyle<M extends FormatModuleLike>(format: M, harvard: Partial<HarvardSettings> | undefined): M {
  if (!harvard || Object.keys(harvard).length === 0) return format;
  const { edition, ...house } = harvard;
  const defaults: FormatterOptions = { ...(edition ? { edition } : {}), house };
  return { ...format, createFormatter: (items: readonly CslItem[], options: FormatterOptions = {}) => format.createFormatter(items, { ...defaults, ...options }) };
}

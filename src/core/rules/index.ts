/**
 * The coverage rules, run by analyse() in this order. The referencing
 * checks (citation-*, reference-*, section-needs-reference) are run by
 * checkReferencing() in src/harvard and merged into the same report.
 */
import type { Rule } from "./types";
import { acMissing } from "./ac-missing";
import { acHeadingAltered } from "./ac-heading-altered";
import { acEmpty } from "./ac-empty";
import { acShort } from "./ac-short";
import { acOutOfOrder } from "./ac-out-of-order";
import { acDuplicate } from "./ac-duplicate";
import { guidanceLeftIn } from "./guidance-left-in";
import { wordCountOutOfRange } from "./word-count-out-of-range";
import { contentNotRead } from "./content-not-read";
import { HARVARD_RULES } from "../../harvard/rules";

export type { Rule } from "./types";

export const COVERAGE_RULES: readonly Rule[] = [
  acMissing,
  acHeadingAltered,
  acEmpty,
  acShort,
  acOutOfOrder,
  acDuplicate,
  guidanceLeftIn,
  wordCountOutOfRange,
  contentNotRead,
];

export { HARVARD_RULES };

/** Every check's id and description, coverage first: for documentation and the pane's "About the checks". */
export const ALL_RULES: ReadonlyArray<{ id: string; description: string }> = [...COVERAGE_RULES, ...HARVARD_RULES].map(
  ({ id, description }) => ({ id, description }),
);

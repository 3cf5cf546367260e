/**
 * The coverage rules, run in this order by src/check/analyse.ts. The referencing rules are
 * in src/harvard/rules/referencing-rules.ts; src/check/rules.ts lists both families.
 */
import { acMissing } from "./ac-missing";
import { acHeadingAltered } from "./ac-heading-altered";
import { acEmpty } from "./ac-empty";
import { acShort } from "./ac-short";
import { acOutOfOrder } from "./ac-out-of-order";
import { acDuplicate } from "./ac-duplicate";
import { guidanceLeftIn } from "./guidance-left-in";
import { wordCountOutOfRange } from "./word-count-out-of-range";
import { contentNotRead } from "./content-not-read";
import { contentUnreachable } from "./content-unreachable";

export const COVERAGE_RULES = [
  acMissing,
  acHeadingAltered,
  acEmpty,
  acShort,
  acOutOfOrder,
  acDuplicate,
  guidanceLeftIn,
  wordCountOutOfRange,
  contentNotRead,
  contentUnreachable,
] as const;

export type CoverageRuleId = (typeof COVERAGE_RULES)[number]["id"];

/**
 * The referencing rules, run by checkReferencing() in this order. Each lives in
 * its own file in src/core/rules beside the coverage rules.
 */
import type { ReferencingRule } from "./context";
import { citationUnmatched } from "../core/rules/citation-unmatched";
import { citationMatchedWithWarning } from "../core/rules/citation-matched-with-warning";
import { citationStyle } from "../core/rules/citation-style";
import { referenceUncited } from "../core/rules/reference-uncited";
import { referenceIncomplete } from "../core/rules/reference-incomplete";
import { referenceStyle } from "../core/rules/reference-style";
import { referenceDuplicate } from "../core/rules/reference-duplicate";
import { referenceOrder } from "../core/rules/reference-order";
import { referenceListIsBibliography } from "../core/rules/reference-list-is-bibliography";
import { sectionNeedsReference } from "../core/rules/section-needs-reference";

export const HARVARD_RULES: readonly ReferencingRule[] = [
  citationUnmatched,
  citationMatchedWithWarning,
  citationStyle,
  referenceUncited,
  referenceIncomplete,
  referenceStyle,
  referenceDuplicate,
  referenceOrder,
  referenceListIsBibliography,
  sectionNeedsReference,
];

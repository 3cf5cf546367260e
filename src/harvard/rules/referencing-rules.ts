/**
 * The referencing rules, run in this order by checkReferencing() (src/harvard/check-referencing.ts).
 */
import { citationUnmatched } from "./citation-unmatched";
import { citationMatchedWithWarning } from "./citation-matched-with-warning";
import { citationStyle } from "./citation-style";
import { citationNoAuthor } from "./citation-no-author";
import { referenceUncited } from "./reference-uncited";
import { referenceIncomplete } from "./reference-incomplete";
import { referenceStyle } from "./reference-style";
import { referenceDuplicate } from "./reference-duplicate";
import { referenceOrder } from "./reference-order";
import { referenceListIsBibliography } from "./reference-list-is-bibliography";
import { sectionNeedsReference } from "./section-needs-reference";

export const REFERENCING_RULES = [
  citationUnmatched,
  citationMatchedWithWarning,
  citationStyle,
  citationNoAuthor,
  referenceUncited,
  referenceIncomplete,
  referenceStyle,
  referenceDuplicate,
  referenceOrder,
  referenceListIsBibliography,
  sectionNeedsReference,
] as const;

export type ReferencingRuleId = (typeof REFERENCING_RULES)[number]["id"];

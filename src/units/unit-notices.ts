/**
 * What the pane and the template say about a unit's own gaps, worded once: where the learner finds
 * the word count ILM's guidance leaves out, and that a unit's AC wording is still to be confirmed.
 */

/** Units whose ILM guidance gives no word count (8580-501, 8580-502, 8580-503, the 2017 8580-500): the centre sets one. */
export const NO_WORD_RANGE = "ILM's guidance for this unit gives no word count: your centre sets it, so ask your tutor.";

/** The cover sheet's word-count line for such a unit. */
export const NO_WORD_RANGE_COVER_LINE = "Word count (your centre sets the suggested range for this unit):";

/** For a unit whose wordingStatus is "to-be-confirmed": shown wherever the exact AC wording is relied on. */
export const WORDING_TO_BE_CONFIRMED =
  "This unit's AC wording is still to be confirmed against your centre's mark sheet: check the side-headings with your tutor.";

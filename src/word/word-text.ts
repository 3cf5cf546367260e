/**
 * One text form for everything the add-in reads from Word, so a paragraph read for the check and
 * read again for "go to" compare equal.
 *
 * Office.js `text` differs from what a learner sees in three ways the add-in meets:
 * - a manual line break (Shift+Enter) is "\u000b" (office-js #2792 shows it): the model uses "\n";
 * - a footnote or endnote reference mark is one control character, U+0002 (office-js #2749), which
 *   some builds report as U+FFFD (office-js #5027, #6942): it is not part of the words, so it goes,
 *   as do the other C0 control characters Word uses as placeholders;
 * - the paragraph mark "\r" never belongs to a paragraph's text.
 * Tracked deletions are still in `text`; callers that can read the reviewed text
 * (getReviewedText("Current"), WordApi 1.4) pass that instead.
 */

/** Word's text as the model holds it. */
export function modelTextFromWord(text: string): string {
  return text
    .replace(/\u000b/g, "\n")
    .replace(/\r/g, "")
    .replace(/[\u0000-\u0008\u000e-\u001f\ufffd]/g, "");
}

/** The comparison form: the model text, trimmed. */
export function comparableText(text: string): string {
  return modelTextFromWord(text).trim();
}

/** The list string Word shows, as a heading number: "1.1" or "a)"; null for bullets and pictures. */
export function listNumberFromListString(listString: string): string | undefined {
  const s = listString.replace(/[\u0000-\u001f]/g, "").trim();
  return /[0-9A-Za-z]/.test(s) ? s : undefined;
}

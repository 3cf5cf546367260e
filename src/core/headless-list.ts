/**
 * A reference list with no heading of its own: Word's "Insert Bibliography" (a BIBLIOGRAPHY
 * field with no "Bibliography" or "References" heading above it), or a list a learner typed
 * straight after the conclusion. A tutor still reads it as the reference list, so its entries
 * are neither answer words nor uncited references' absence.
 *
 * Recognised by what it holds, the same in every host: at least MIN_ENTRIES paragraphs after the
 * last side-heading that each open like a Harvard entry ("Starr, J. (2016) The …",
 * "Starr, J., 2016. The …", "EMCC (2019) Global …"), running to the end of the body or to a
 * heading, with nothing but empty paragraphs and continuation lines ("Available at: …") between
 * them. A narrative citation opening a sentence ("Starr (2016) argues …") is not an entry: a
 * title starts with a capital or a digit.
 */
import { isBodyParagraph, type DocParagraph } from "../model/document";
import { countWords } from "./words";

const MIN_ENTRIES = 3;
/** A reference entry is a line or two, never a paragraph of prose. */
const MAX_ENTRY_WORDS = 80;

const YEAR = String.raw`(?:\d{4}[a-z]?|n\.d\.|no date)`;
/** "Starr, J.", "van Nieuwerburgh, C.", "O'Neill, M.B.", "Hawkins, P. and Smith, N." then the year. */
const PERSON = new RegExp(
  String.raw`^(?:(?:van|von|de|der|den|du|da|di|la|le) )*\p{Lu}[\p{L}'’\-]+(?: \p{Lu}[\p{L}'’\-]+)?, (?:\p{Lu}\.[\s\u00a0]?(?:-?\p{Lu}\.[\s\u00a0]?)*)` +
    String.raw`[^()]{0,160}?(?:\(${YEAR}\)|, ${YEAR}\.|\. ${YEAR}\.) ?[\p{Lu}\p{N}'‘“"]`,
  "u",
);
/** "EMCC (2019) Global code of ethics.", "CIPD, 2020. Coaching …": an organisation as author. */
const ORGANISATION = new RegExp(String.raw`^\p{Lu}[^()]{0,80}?(?: \(${YEAR}\)|, ${YEAR}\.) [\p{Lu}\p{N}'‘“"]`, "u");
/** A line that carries on the entry above: "Available at: …", "[Accessed 3 March 2026]", a web address. */
const CONTINUATION = /^(?:available at|accessed|\[accessed|https?:|www\.|doi:)/i;

/** Longer than any entry of MAX_ENTRY_WORDS words: a paragraph of prose is turned away before it is counted. */
const MAX_ENTRY_CHARS = 1000;

function isEntry(text: string): boolean {
  const t = text.trim();
  // Cheapest first: every paragraph of the last answer is asked.
  return t.length <= MAX_ENTRY_CHARS && (PERSON.test(t) || ORGANISATION.test(t)) && countWords(t) <= MAX_ENTRY_WORDS;
}

/** A short line after an entry ("Word count: 3,292") neither extends nor ends the list. */
const SHORT_LINE_WORDS = 5;

/**
 * Where an unheaded reference list starts (a paragraph's position), or -1.
 * `lastSideHeading` is the position of the draft's last AC side-heading (-1: none).
 */
export function headlessListStart(paragraphs: readonly DocParagraph[], lastSideHeading: number): number {
  if (lastSideHeading < 0) return -1;
  let start = -1;
  let entries = 0;
  for (let i = lastSideHeading + 1; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (!isBodyParagraph(p)) break;
    const text = p.text.trim();
    if (p.headingLevel > 0 || p.table || p.isTitle || p.role !== "body") {
      // A heading (an appendix) or a table after the entries ends the list; before them, ends nothing.
      if (entries >= MIN_ENTRIES) return start;
      entries = 0;
      continue;
    }
    if (text === "") continue;
    if (isEntry(text)) {
      if (entries === 0) start = i;
      entries++;
    } else if (entries > 0 && (CONTINUATION.test(text) || countWords(text) <= SHORT_LINE_WORDS)) {
      continue;
    } else {
      // Prose after entries: they were sentences that open like entries, not a list.
      entries = 0;
    }
  }
  return entries >= MIN_ENTRIES ? start : -1;
}

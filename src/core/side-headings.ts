/**
 * Recognising AC side-headings. A side-heading is a paragraph that begins
 * with an AC number followed by wording, and is one of:
 *  - a heading (Heading N / outline level),
 *  - a short, wholly bold paragraph (learners type headings as bold text),
 *  - the first paragraph of a table row's first cell (centre templates put
 *    the criterion in the first column and the answer beside it),
 *  - a paragraph in the add-in's own "ilm:heading:<ac>" content control.
 * When the number stands alone ("1.1" in its own cell), the next paragraph
 * is taken as the wording if it reads like the criterion.
 *
 * Word's automatic numbering ("1.1" from a multilevel list or from numbering
 * attached to the heading styles) is not in a paragraph's text; the host gives
 * it as `listNumber`, and it is read as the heading's number. Because such a
 * number is Word's counting rather than the learner's typing (an unnumbered
 * "Introduction" heading before the tasks shifts every number by one), the
 * wording decides when it names another AC plainly.
 *
 * A note on the heading line ("{maximum 12 Marks}") is taken off before the
 * wording is compared: the heading is the AC's, with guidance left in.
 */
import type { DocParagraph } from "../model/document";
import { TAG_PREFIX } from "../model/document";
import { paragraphAcNumber, parseAcNumber } from "./ac-number";
import { compareWording, foldAcWording, wordingSimilarity } from "./wording";
import { isShortBold, SHORT_BOLD_MAX_WORDS } from "./structure-headings";
import { countWords } from "./words";
import { splitHeadingNotes } from "./heading-notes";
import { isBodyParagraph } from "../model/document";

export type SideHeadingForm = "heading" | "bold" | "table" | "tag" | "line";

export interface SideHeading {
  ac: string;
  /** The paragraph that holds the AC number. */
  paragraph: DocParagraph;
  /** The paragraph that holds the wording, when the number stood alone. */
  wordingParagraph?: DocParagraph;
  /** The side-heading as the learner wrote it. */
  text: string;
  /** The words after the AC number. */
  wording: string;
  form: SideHeadingForm;
  /** Set once compared with the unit's wording. */
  exact?: boolean;
  difference?: string;
}

const HEADING_TAG = `${TAG_PREFIX}heading:`;

function acFromTags(p: DocParagraph): string | null {
  for (const t of p.tags) if (t.startsWith(HEADING_TAG)) return t.slice(HEADING_TAG.length);
  return null;
}

function sameCell(a: DocParagraph, b: DocParagraph): boolean {
  return !!a.table && !!b.table && a.table.table === b.table.table && a.table.row === b.table.row && a.table.cell === b.table.cell;
}

function sameRow(a: DocParagraph, b: DocParagraph): boolean {
  return !!a.table && !!b.table && a.table.table === b.table.table && a.table.row === b.table.row;
}

/** Is paragraph i the first paragraph with text in the first cell of its table row? */
function opensTableRow(paragraphs: readonly DocParagraph[], i: number): boolean {
  const p = paragraphs[i]!;
  if (!p.table || p.table.cell !== 0) return false;
  // Walks back over empty paragraphs only, so the whole scan stays linear.
  for (let j = i - 1; j >= 0; j--) {
    const q = paragraphs[j]!;
    if (!sameCell(p, q)) return true;
    if (q.text.trim() !== "") return false;
  }
  return true;
}

/** A label a centre's form puts before the criterion: "Assessment criterion", "Criterion", "AC", "Question". */
const CRITERION_LABEL = /^(?:assessment[\s\u00a0]+)?(?:criteri(?:on|a)|questions?|a\.?c\.?|acs|requirements?)\b/i;
const CRITERION_LABEL_MAX_WORDS = 4;

/**
 * Is paragraph i the first paragraph with text in the second cell of a row whose first cell
 * holds only a criterion label? Centre forms lay an AC out as "Assessment criterion | 1.1 …",
 * with the learner's evidence in the rows below.
 */
function opensLabelledCell(paragraphs: readonly DocParagraph[], i: number): boolean {
  const p = paragraphs[i]!;
  if (!p.table || p.table.cell !== 1) return false;
  let label = "";
  // Walks back over this cell's empty paragraphs and the row's first cell only: linear overall.
  for (let j = i - 1; j >= 0; j--) {
    const q = paragraphs[j]!;
    if (sameCell(p, q)) {
      if (q.text.trim() !== "") return false;
      continue;
    }
    if (!sameRow(p, q) || q.table!.cell !== 0) break;
    label = `${q.text.trim()} ${label}`;
  }
  if (!isCriterionLabel(label)) return false;
  // The learner's evidence follows in the next row, under a label of its own ("Learner evidence")
  // or across the row; a list of criteria, each row labelled "Criterion", is not such a form.
  for (let j = i + 1; j < paragraphs.length; j++) {
    const q = paragraphs[j]!;
    if (!q.table || q.table.table !== p.table.table) return false;
    if (q.table.row === p.table.row) continue;
    if (q.table.row !== p.table.row + 1 || q.table.cell !== 0) return false;
    return q.text.trim() !== "" && !isCriterionLabel(q.text) && !parseAcNumber(q.text);
  }
  return false;
}

function isCriterionLabel(text: string): boolean {
  const label = text.trim();
  return label !== "" && label.split(/\s+/).length <= CRITERION_LABEL_MAX_WORDS && CRITERION_LABEL.test(label) && !parseAcNumber(label);
}

/** The form a paragraph would have as a side-heading, or null if it cannot be one. */
export function headingForm(paragraphs: readonly DocParagraph[], i: number): SideHeadingForm | null {
  const p = paragraphs[i]!;
  if (p.role !== "body" || !isBodyParagraph(p)) return null;
  if (acFromTags(p)) return "tag";
  if (p.headingLevel > 0) return "heading";
  if (opensTableRow(paragraphs, i) || opensLabelledCell(paragraphs, i)) return "table";
  if (isShortBold(p)) return "bold";
  if (isNumberedLine(paragraphs, i)) return "line";
  return null;
}

/**
 * A plain line that opens with an AC number, as learners type a side-heading with no style and no
 * bold (only underlined, coloured or larger, which the hosts do not report): short, and followed
 * by a paragraph of prose, the answer (a list of the ACs and tasks typed at the front is no
 * heading). Whether its wording is the AC's is judged in sideHeadingAt.
 */
function isNumberedLine(paragraphs: readonly DocParagraph[], i: number): boolean {
  const p = paragraphs[i]!;
  if (p.table || p.headingLevel > 0 || p.listNumber) return false;
  const text = p.text.trim();
  if (!AC_AT_START.test(text) || countWords(text) > SHORT_BOLD_MAX_WORDS) return false;
  for (let j = i + 1; j < paragraphs.length; j++) {
    const q = paragraphs[j]!;
    if (!isBodyParagraph(q)) return false;
    const next = q.text.trim();
    if (next === "") continue;
    return q.headingLevel === 0 && !q.bold && !AC_AT_START.test(next) && countWords(next) >= ANSWER_MIN_WORDS;
  }
  return false;
}

/** The paragraph after a plain numbered line must read as an answer, not as the next line of a list. */
const ANSWER_MIN_WORDS = 12;

/** A typed AC number at the start of a line ("1.1 …", "AC 1.1 …"): parseAcNumber without its trailing forms. */
const AC_AT_START = /^(?:(?:A\.?C\.?|Criteri(?:on|a)|Question|Q)[\s\u00a0]*)?\d{1,2}\.\d{1,2}(?![\d%])(?!\.\d)/i;
/** How alike a plain numbered line's wording must be to its AC's to be taken for the side-heading. */
const LINE_SIMILARITY = 0.6;

/** How alike a number-alone heading's next paragraph must be to the criterion to count as its wording. */
const WORDING_PARAGRAPH_SIMILARITY = 0.6;
/** Below this a list number's AC does not fit the wording; at or above RENUMBERED another AC's does. */
const LIST_NUMBER_FITS = 0.5;
const RENUMBERED = 0.75;

/**
 * The AC a list-numbered heading answers: the number's, unless the wording plainly
 * names another AC (exactly, or closely while hardly fitting the number's).
 */
function acOfListNumbered(
  numbered: string,
  wording: string,
  wordingOf: (ac: string) => string | undefined,
  acOfWording: ReadonlyMap<string, string> | undefined,
): string {
  if (!acOfWording || acOfWording.size === 0) return numbered;
  const exact = acOfWording.get(foldAcWording(wording));
  if (exact) return exact;
  const own = wordingOf(numbered);
  if (own !== undefined && wordingSimilarity(wording, own) >= LIST_NUMBER_FITS) return numbered;
  let best = numbered;
  let bestScore = RENUMBERED;
  for (const ac of acOfWording.values()) {
    const official = wordingOf(ac);
    if (official === undefined || ac === numbered) continue;
    const score = wordingSimilarity(wording, official);
    if (score >= bestScore) {
      best = ac;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The side-heading at paragraph i, or null.
 * `wordingOf(ac)` gives the unit's wording for an AC number, or undefined when
 * the unit has no such AC; with no unit (detection), pass a function that
 * returns "" for every number.
 */
export function sideHeadingAt(
  paragraphs: readonly DocParagraph[],
  i: number,
  wordingOf: (ac: string) => string | undefined,
  acOfWording?: ReadonlyMap<string, string>,
): SideHeading | null {
  const form = headingForm(paragraphs, i);
  if (!form) return null;
  const p = paragraphs[i]!;
  // The heading as read: Word's list number in front, a note on the line taken off.
  const own = splitHeadingNotes(p.text).text;
  const typed = parseAcNumber(own);
  const listed = !typed && p.listNumber ? parseAcNumber(`${p.listNumber.trim()} ${own}`) : null;
  const parsed = typed ?? listed;
  const shown = listed ? `${p.listNumber!.trim()} ${own.trim()}` : own.trim();
  let ac: string;
  let wording: string;
  if (form === "tag") {
    ac = acFromTags(p)!;
    wording = parsed ? parsed.rest : own.trim();
  } else if (parsed) {
    ac = listed ? acOfListNumbered(parsed.ac, parsed.rest, wordingOf, acOfWording) : parsed.ac;
    wording = parsed.rest;
  } else {
    // The exact wording without a number in the text is still that AC's heading: Word's
    // heading numbering shows "1.1" without putting it in the paragraph's text.
    const known = acOfWording?.get(foldAcWording(own));
    if (!known) return null;
    return { ac: known, paragraph: p, text: shown, wording: own.trim(), form, exact: true };
  }
  const official = wordingOf(ac);
  if (official === undefined) return null;
  // A plain line is a side-heading only when its wording is the AC's, or close to it.
  if (form === "line" && (wording === "" || (official !== "" && wordingSimilarity(wording, official) < LINE_SIMILARITY))) return null;
  const heading: SideHeading = { ac, paragraph: p, text: shown, wording, form };
  if (wording === "" && official !== "") {
    const next = paragraphs[i + 1];
    const fits =
      next &&
      next.role === "body" &&
      isBodyParagraph(next) &&
      next.text.trim() !== "" &&
      !paragraphAcNumber(next) &&
      (!p.table || sameRow(p, next)) &&
      wordingSimilarity(next.text, official) >= WORDING_PARAGRAPH_SIMILARITY;
    if (fits) {
      heading.wordingParagraph = next;
      heading.wording = next.text.trim();
      heading.text = `${heading.text} ${heading.wording}`;
    }
  }
  if (official !== "") Object.assign(heading, compareWording(heading.wording, official));
  return heading;
}

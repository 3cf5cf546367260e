/**
 * Cover text: what comes before the answers and is not part of them. A centre's
 * cover sheet (a table of "Learner name | …" rows, a declaration) and a
 * learner's own "Learner: A. Learner", "Centre: …", "Word count: 4,512" lines
 * are not answer words, whatever their style.
 *
 * Before the first heading (the front matter), everything is cover until the
 * first paragraph of prose: a learner may open with an unheaded introduction,
 * which is answer text, and what follows it in the front matter is too.
 * "Label: value" lines and the declaration of authenticity are cover wherever
 * they stand before the first AC section.
 */
import type { DocParagraph } from "../model/document";
import { countWords } from "./words";

const LABELS = [
  "learner", "learner name", "learner's name", "name", "full name", "student", "student name", "candidate", "candidate name",
  "learner number", "learner no", "learner id", "student number", "student id", "candidate number", "ilm number",
  "ilm registration number", "ilm learner number", "registration number", "enrolment number",
  "centre", "centre name", "centre number", "center", "center name", "tutor", "tutor name", "assessor", "assessor name",
  "coach", "mentor", "date", "date submitted", "submission date", "date of submission", "unit", "unit title", "unit number",
  "unit code", "unit name", "qualification", "programme", "program", "course", "cohort", "organisation", "organization",
  "employer", "company", "job title", "role", "word count", "total word count", "words", "total words", "assignment",
  "assignment title", "assignment number", "title", "signature", "signed", "email", "e-mail", "version", "submission",
];
const LABEL_LINE = new RegExp(`^(?:${LABELS.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\s*(?::|\\t|\\uff1a)`, "i");
const MAX_LABEL_LINE_WORDS = 25;

/** "Learner: A. Learner", "Word count:\t4,512". */
export function isLabelLine(text: string): boolean {
  const t = text.trim();
  return t !== "" && LABEL_LINE.test(t) && countWords(t) <= MAX_LABEL_LINE_WORDS;
}

/** The learner's declaration that the work is their own (ILM's cover sheet asks for one). */
export function isDeclaration(text: string): boolean {
  const t = text.toLowerCase();
  return /\bdeclar(?:e|ation)\b/.test(t) && /\b(?:own work|my own|authentic|plagiari)/.test(t);
}

/** A paragraph of the learner's prose: a sentence of some length (or a long run of words), not a label or a title line. */
const PROSE_MIN_WORDS = 15;
const LONG_PROSE_WORDS = 30;
function isProse(p: DocParagraph): boolean {
  const t = p.text.trim();
  if (p.table || isLabelLine(t) || isDeclaration(t)) return false;
  const words = countWords(t);
  return words >= LONG_PROSE_WORDS || (words >= PROSE_MIN_WORDS && /[.!?…)"'’”]$/.test(t));
}

/**
 * Which front-matter paragraphs (given by position, in order) are cover text:
 * all of them up to the first paragraph of prose, and label lines and the
 * declaration after it.
 */
export function frontCover(paragraphs: readonly DocParagraph[]): boolean[] {
  let prose = false;
  return paragraphs.map((p) => {
    if (!prose && isProse(p)) prose = true;
    return !prose || isLabelLine(p.text) || isDeclaration(p.text);
  });
}

/**
 * Cutting a draft into sections: front matter, AC answers, other headed
 * parts (Introduction, Task 1, Conclusion), reference lists and appendices.
 * One pass over the paragraphs; each paragraph is also classed as answer
 * text or not, which is what the word count reads.
 */
import type { DocParagraph, DraftDocument } from "../model/document";
import { Tags, isBodyParagraph } from "../model/document";
import type { Section, SectionKind } from "../model/sections";
import type { Unit } from "../units/types";
import { bracedParagraphs } from "./braced-guidance";
import { pastedGuidance } from "./catalogue-guidance";
import { frontCover, isDeclaration, isLabelLine } from "./cover-lines";
import { splitHeadingNotes } from "./heading-notes";
import { isPlaceholder } from "./placeholder";
import { parseAcNumber } from "./ac-number";
import { sideHeadingAt, type SideHeading } from "./side-headings";
import { foldOfficialWording } from "./wording";
import { indexRows } from "./index-tables";
import { contentsEntries } from "./contents";
import { isAppendixTitle, isShortBold, isStructuralTitle, referenceListKind } from "./structure-headings";
import { countWords } from "./words";
import { headlessListStart } from "./headless-list";

/** What a paragraph is, for counting words and finding guidance. */
export type ParagraphClass =
  /** Answer text: counted. */
  | "answer"
  /** A heading of any kind, including AC side-headings and their wording. */
  | "heading"
  | "title"
  | "cover"
  /** The add-in's guidance blocks. */
  | "guidance"
  /** A paragraph wholly in {curly braces}: a centre template's guidance. */
  | "braced"
  /** Guidance pasted from the unit's own documents (recognised against the catalogue). */
  | "pasted"
  /** A content control's placeholder text ("Click or tap here to enter text."): not the learner's. */
  | "placeholder"
  /** Inside a reference list or bibliography. */
  | "reference"
  | "appendix"
  /** An entry of a table of contents. */
  | "contents";

export interface DraftScan {
  sections: Section[];
  /** Parallel to `sections`: the side-heading that opened each "ac" section, else null. */
  sideHeadings: Array<SideHeading | null>;
  /** Parallel to the document's paragraphs (by position). */
  classes: ParagraphClass[];
  /**
   * Parallel to the document's paragraphs: the position in `sections` of the section each lies in
   * (headings included; a note or text box lies in the section of its anchor).
   */
  sectionOf: Int32Array;
}

/** Classes whose paragraphs are the template's or centre's words, not the learner's: guidance left in. */
export function isGuidanceClass(c: ParagraphClass | undefined): boolean {
  return c === "guidance" || c === "braced" || c === "pasted";
}

/** Any real heading ends a section opened by bold text, a table row or the front matter. */
const BELOW_ALL_HEADINGS = 10;

interface Open {
  section: Section;
  /** Headings at this level or above close the section; deeper ones are its subheadings. */
  level: number;
}

export function scanDraft(doc: DraftDocument, unit: Unit | null): DraftScan {
  const paragraphs = doc.paragraphs;
  const braced = bracedParagraphs(paragraphs);
  const contents = contentsEntries(paragraphs);
  const placeholder = paragraphs.map((p) => isPlaceholder(p));
  const criterion = criterionCells(paragraphs);
  const pasted = pastedGuidance(
    paragraphs,
    unit,
    (i) => paragraphs[i]!.role === "body" && !braced[i] && !contents[i] && !placeholder[i] && !paragraphs[i]!.isTitle && !criterion[i],
  );
  const wordings = new Map<string, string>();
  for (const c of unit?.criteria ?? []) wordings.set(c.id, c.wording);
  const wordingOf = (ac: string) => wordings.get(ac);
  const acOfWording = new Map<string, string>();
  for (const c of unit?.criteria ?? []) acOfWording.set(foldOfficialWording(c.wording), c.id);

  const sections: Section[] = [];
  const sideHeadings: Array<SideHeading | null> = [];
  const classes: ParagraphClass[] = new Array(paragraphs.length);
  /** The section each paragraph lies in, filled as the scan goes. */
  const sectionAt: Array<Section | undefined> = new Array(paragraphs.length);
  /** Notes and text boxes, placed once the body is cut into sections. */
  const anchored: number[] = [];

  // Side-headings are found first so that an index table at the front can be told from the answers.
  const sideAt: Array<SideHeading | null> = paragraphs.map((p, i) =>
    unit && p.role === "body" && !braced[i] && !pasted[i] && !placeholder[i] && !contents[i] && !p.isTitle && !p.isSubtitle
      ? sideHeadingAt(paragraphs, i, wordingOf, acOfWording)
      : null,
  );
  const index = indexRows(paragraphs, sideAt);
  let lastSide = -1;
  sideAt.forEach((side, i) => {
    if (side) lastSide = i;
  });
  const headlessList = headlessListStart(paragraphs, lastSide);

  let current: Open = { section: { kind: "front", ac: null, paragraphs: [] }, level: BELOW_ALL_HEADINGS };
  sections.push(current.section);
  sideHeadings.push(null);

  const open = (kind: SectionKind, heading: DocParagraph | undefined, level: number, side: SideHeading | null) => {
    current = { section: { kind, ac: side?.ac ?? null, heading, paragraphs: [] }, level };
    sections.push(current.section);
    sideHeadings.push(side);
  };
  const inAppendix = () => current.section.kind === "appendix";
  const inReferences = () => current.section.kind === "references" || current.section.kind === "bibliography";
  /** Whether an AC's side-heading has opened a section yet. */
  let acSeen = false;
  /** The section of cover lines after a reference list ("Word count: …", "Signed: …"), if any. */
  let afterList: Section | null = null;
  /** The evidence label of a centre form's row below its criterion ("Learner evidence"). */
  const formLabels = new Set<number>();

  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (!isBodyParagraph(p)) {
      anchored.push(i);
      continue;
    }
    scanParagraph(i);
    sectionAt[i] = current.section;
    if (sideAt[i]?.wordingParagraph && classes[i + 1] !== undefined && sectionAt[i + 1] === undefined) {
      sectionAt[i + 1] = current.section;
      i++;
    }
  }

  function scanParagraph(i: number): void {
    const p = paragraphs[i]!;

    // The tutor's mark sheet belongs to no section (it ends the one before it) and, like the
    // cover sheet, is not part of the answer.
    if (p.role === "mark-sheet" && paragraphs[i - 1]?.role !== "mark-sheet") open("other", undefined, BELOW_ALL_HEADINGS, null);
    if (p.role === "cover" || p.role === "mark-sheet") {
      classes[i] = "cover";
      current.section.paragraphs.push(p);
      return;
    }
    if (p.role === "guidance" || braced[i] || pasted[i]) {
      classes[i] = p.role === "guidance" ? "guidance" : braced[i] ? "braced" : "pasted";
      current.section.paragraphs.push(p);
      return;
    }
    if (formLabels.has(i)) {
      classes[i] = "heading";
      current.section.paragraphs.push(p);
      return;
    }
    if (placeholder[i]) {
      classes[i] = "placeholder";
      current.section.paragraphs.push(p);
      return;
    }
    if (contents[i]) {
      classes[i] = "contents";
      current.section.paragraphs.push(p);
      return;
    }
    // A Title or Subtitle line is not answer text, unless the learner used the style as a heading
    // for a part of the draft ("References", "Appendix 1", "Conclusion").
    const titleStyled = p.isTitle || !!p.isSubtitle;
    const namesPart = titleStyled && (referenceListKind(p.text) !== null || isAppendixTitle(p.text) || (acSeen && isStructuralTitle(p.text)));
    if (titleStyled && !namesPart) {
      classes[i] = "title";
      current.section.paragraphs.push(p);
      return;
    }

    // "Word count: 3,412", "Signed: …" or the declaration after the list: the cover's, not an entry.
    const trailing = inReferences() || current.section === afterList;
    if (trailing && p.headingLevel === 0 && !p.table && (isLabelLine(p.text) || isDeclaration(p.text))) {
      if (inReferences()) open("other", undefined, BELOW_ALL_HEADINGS, null);
      afterList = current.section;
      classes[i] = "cover";
      current.section.paragraphs.push(p);
      return;
    }
    // A reference list with no heading (Word's "Insert Bibliography", or typed after the conclusion).
    if (i === headlessList && !inReferences() && !inAppendix()) open("references", undefined, BELOW_ALL_HEADINGS, null);

    const headingLike = p.headingLevel > 0 || isShortBold(p) || namesPart;
    const level = p.headingLevel > 0 ? p.headingLevel : BELOW_ALL_HEADINGS;
    // A note on the heading line ("References {list all your sources}") does not change what the heading is.
    const title = headingLike ? splitHeadingNotes(p.text).text : p.text;

    // Reference lists: a heading or bold "References", or the add-in's own list. A line that says
    // only "References" in plain text heads the list too once an answer has begun (before the first
    // AC it may be a line of a contents list typed by hand).
    const listKind = headingLike || (acSeen && !p.table) ? referenceListKind(title) : null;
    if (listKind) {
      open(listKind, p, level, null);
      classes[i] = "heading";
      return;
    }
    if (p.tags.includes(Tags.references) && !inReferences()) {
      open("references", undefined, BELOW_ALL_HEADINGS, null);
      classes[i] = "reference";
      current.section.paragraphs.push(p);
      return;
    }
    // "Appendix 1: Coaching log" as a plain line too, once the answers have begun: a short title, not a sentence.
    // (Every paragraph of the answers is asked: the cheap tests first, the word count last.)
    const plainTitle = acSeen && !p.table && title.length <= PLAIN_TITLE_MAX_CHARS && !/[.!?]\s*$/.test(title) && countWords(title) <= PLAIN_TITLE_MAX_WORDS;
    if ((headingLike || plainTitle) && isAppendixTitle(title)) {
      open("appendix", p, level, null);
      classes[i] = "heading";
      return;
    }
    // Appendices run to the end: numbered headings in a coaching log are not answers.
    if (inAppendix()) {
      classes[i] = "appendix";
      current.section.paragraphs.push(p);
      return;
    }

    const side = sideAt[i];
    if (side && index.has(i)) {
      // A row of the AC checklist: neither a section nor answer text.
      classes[i] = "heading";
      current.section.paragraphs.push(p);
      if (side.wordingParagraph) {
        classes[i + 1] = "heading";
        current.section.paragraphs.push(side.wordingParagraph);
      }
      return;
    }
    if (side) {
      acSeen = true;
      // A centre form's labels ("Assessment criterion | 1.1 …", then "Learner evidence | …") are the form's, not answer words.
      if (p.table && p.table.cell === 1) formLabelsAround(paragraphs, i, classes, formLabels);
      open("ac", p, level, side);
      classes[i] = "heading";
      if (side.wordingParagraph) {
        classes[i + 1] = "heading";
        current.section.paragraphs.push(side.wordingParagraph);
      }
      return;
    }

    if (p.headingLevel > 0 || ((isShortBold(p) || namesPart) && isStructuralTitle(title))) {
      classes[i] = "heading";
      // An AC's answer may use headings of the AC's own level for its parts ("Similarities"
      // under "## 1.1 ..."); only a higher level or a structural heading (Conclusion) ends it.
      const closes = current.section.kind === "ac" ? level < current.level : level <= current.level;
      if (closes || isStructuralTitle(title)) {
        open("other", p, level, null);
      } else {
        // A subheading inside the current section.
        current.section.paragraphs.push(p);
      }
      return;
    }

    classes[i] = inReferences() ? "reference" : "answer";
    current.section.paragraphs.push(p);
  }

  coverText(paragraphs, sections, classes, sideHeadings);
  placeAnchored(paragraphs, anchored, sectionAt, classes, (i) => (braced[i] ? "braced" : pasted[i] ? "pasted" : null));

  // The front matter is dropped when nothing came before the first heading.
  if (sections[0]!.paragraphs.length === 0 && sections.length > 1) {
    sections.shift();
    sideHeadings.shift();
  }
  const position = new Map<Section, number>();
  sections.forEach((section, si) => position.set(section, si));
  const sectionOf = new Int32Array(paragraphs.length);
  sectionAt.forEach((section, i) => {
    sectionOf[i] = section ? position.get(section)! : 0;
  });
  return { sections, sideHeadings, classes, sectionOf };
}

/** A plain line heading a part ("Appendix 1: Coaching log") is a title of a few words. */
const PLAIN_TITLE_MAX_WORDS = 8;
/** Eight words never run longer: a paragraph of prose is turned away before its words are counted. */
const PLAIN_TITLE_MAX_CHARS = 160;

/** A form's label: a few words alone in a row's first cell, with the row's content beside it. */
const FORM_LABEL_MAX_WORDS = 4;

/**
 * A side-heading in the second cell of a centre form's row (side-headings.ts, opensLabelledCell):
 * the first cell's label before it, and the first cell of the row below ("Learner evidence")
 * when that row has a cell beside it, are the form's labels.
 */
function formLabelsAround(paragraphs: readonly DocParagraph[], i: number, classes: ParagraphClass[], labels: Set<number>): void {
  const at = paragraphs[i]!.table!;
  const inRow = (j: number, row: number, cell?: number) => {
    const t = paragraphs[j]?.table;
    return !!t && t.table === at.table && t.row === row && (cell === undefined || t.cell === cell);
  };
  for (let j = i - 1; j >= 0 && inRow(j, at.row, 0); j--) if (classes[j] === "answer") classes[j] = "heading";
  let j = i + 1;
  while (inRow(j, at.row)) j++;
  const label: number[] = [];
  let words = 0;
  for (; inRow(j, at.row + 1, 0); j++) {
    label.push(j);
    words += countWords(paragraphs[j]!.text);
  }
  if (label.length > 0 && words <= FORM_LABEL_MAX_WORDS && inRow(j, at.row + 1)) for (const k of label) labels.add(k);
}

/**
 * Paragraphs in a centre template's criterion column: the first cell of a table row
 * that has an answer cell beside it, and opens with an AC number. Guidance printed
 * there is the template's form, not guidance the learner left in.
 */
function criterionCells(paragraphs: readonly DocParagraph[]): boolean[] {
  const out = new Array<boolean>(paragraphs.length).fill(false);
  if (!paragraphs.some((p) => p.table && p.table.cell > 0)) return out;
  const key = (p: DocParagraph) => `${p.table!.table}:${p.table!.row}`;
  const wideRows = new Set(paragraphs.filter((p) => p.table && p.table.cell > 0).map(key));
  let cell: string | null = null;
  let criterion = false;
  paragraphs.forEach((p, i) => {
    if (!p.table || p.table.cell !== 0 || !wideRows.has(key(p))) {
      cell = null;
      return;
    }
    if (cell !== key(p)) {
      cell = key(p);
      criterion = false;
    }
    if (!criterion && p.text.trim() !== "" && parseAcNumber(p.text)) criterion = true;
    out[i] = criterion;
  });
  return out;
}

/**
 * Cover text is not answer text: the front matter up to its first prose, and
 * "Learner: …" lines and the declaration anywhere before the first AC section.
 */
function coverText(paragraphs: readonly DocParagraph[], sections: Section[], classes: ParagraphClass[], sideHeadings: Array<SideHeading | null>): void {
  const position = new Map<DocParagraph, number>();
  const positionOf = (p: DocParagraph) => {
    if (position.size === 0) paragraphs.forEach((q, i) => position.set(q, i));
    return position.get(p)!;
  };
  for (let s = 0; s < sections.length; s++) {
    if (sideHeadings[s]) break;
    const section = sections[s]!;
    if (section.kind === "references" || section.kind === "bibliography" || section.kind === "appendix") continue;
    const answers = section.paragraphs.map(positionOf).filter((i) => classes[i] === "answer");
    const cover =
      section.kind === "front" && sections.length > 1
        ? frontCover(answers.map((i) => paragraphs[i]!))
        : answers.map((i) => isLabelLine(paragraphs[i]!.text) || isDeclaration(paragraphs[i]!.text));
    answers.forEach((i, k) => {
      if (cover[k]) classes[i] = "cover";
    });
  }
}

/**
 * Notes and text boxes lie in the section of their anchor and take its kind of
 * text: answer words in an answer, nothing in a reference list or an appendix.
 */
function placeAnchored(
  paragraphs: readonly DocParagraph[],
  anchored: readonly number[],
  sectionAt: Array<Section | undefined>,
  classes: ParagraphClass[],
  guidanceClass: (i: number) => ParagraphClass | null,
): void {
  if (anchored.length === 0) return;
  const byIndex = new Map<number, number>();
  paragraphs.forEach((p, i) => {
    if (isBodyParagraph(p)) byIndex.set(p.index, i);
  });
  for (const i of anchored) {
    const p = paragraphs[i]!;
    const at = p.anchor !== undefined ? byIndex.get(p.anchor) : undefined;
    const section = at !== undefined ? sectionAt[at] : undefined;
    if (at === undefined || !section) {
      classes[i] = "appendix";
      continue;
    }
    sectionAt[i] = section;
    const anchorClass = classes[at];
    if (section.kind === "references" || section.kind === "bibliography" || section.kind === "appendix") {
      classes[i] = section.kind === "appendix" ? "appendix" : "reference";
      continue;
    }
    // Guidance a template left in a text box ("{…}", or the unit's own words) is guidance there too.
    const guidance = guidanceClass(i);
    if (isPlaceholder(p)) classes[i] = "placeholder";
    else if (guidance) classes[i] = guidance;
    else if (anchorClass === "answer" || anchorClass === "heading") classes[i] = "answer";
    else classes[i] = anchorClass ?? "answer";
    section.paragraphs.push(p);
  }
}

/** The draft's sections for a unit (null: no AC side-headings are recognised). */
export function findSections(doc: DraftDocument, unit: Unit | null): Section[] {
  return scanDraft(doc, unit).sections;
}

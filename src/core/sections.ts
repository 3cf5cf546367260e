/**
 * Cutting a draft into sections: front matter, AC answers, other headed
 * parts (Introduction, Task 1, Conclusion), reference lists and appendices.
 * One pass over the paragraphs; each paragraph is also classed as answer
 * text or not, which is what the word count reads.
 */
import type { DocParagraph, DraftDocument } from "../model/document";
import { Tags } from "../model/document";
import type { Section, SectionKind } from "../model/sections";
import type { Unit } from "../units/types";
import { bracedParagraphs } from "./braced-guidance";
import { sideHeadingAt, type SideHeading } from "./side-headings";
import { foldOfficialWording } from "./wording";
import { indexRows } from "./index-tables";
import { contentsEntries } from "./contents";
import { isAppendixTitle, isShortBold, isStructuralTitle, referenceListKind } from "./structure-headings";

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
  /** Parallel to the document's paragraphs: the position in `sections` of the section each lies in (headings included). */
  sectionOf: Int32Array;
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
  const wordings = new Map<string, string>();
  for (const c of unit?.criteria ?? []) wordings.set(c.id, c.wording);
  const wordingOf = (ac: string) => wordings.get(ac);
  const acOfWording = new Map<string, string>();
  for (const c of unit?.criteria ?? []) acOfWording.set(foldOfficialWording(c.wording), c.id);

  const sections: Section[] = [];
  const sideHeadings: Array<SideHeading | null> = [];
  const classes: ParagraphClass[] = new Array(paragraphs.length);

  // Side-headings are found first so that an index table at the front can be told from the answers.
  const sideAt: Array<SideHeading | null> = paragraphs.map((p, i) =>
    unit && p.role === "body" && !braced[i] && !contents[i] && !p.isTitle ? sideHeadingAt(paragraphs, i, wordingOf, acOfWording) : null,
  );
  const index = indexRows(paragraphs, sideAt);

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

  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;

    // The tutor's mark sheet belongs to no section (it ends the one before it) and, like the
    // cover sheet, is not part of the answer.
    if (p.role === "mark-sheet" && paragraphs[i - 1]?.role !== "mark-sheet") open("other", undefined, BELOW_ALL_HEADINGS, null);
    if (p.role === "cover" || p.role === "mark-sheet") {
      classes[i] = "cover";
      current.section.paragraphs.push(p);
      continue;
    }
    if (p.role === "guidance" || braced[i]) {
      classes[i] = p.role === "guidance" ? "guidance" : "braced";
      current.section.paragraphs.push(p);
      continue;
    }
    if (contents[i]) {
      classes[i] = "contents";
      current.section.paragraphs.push(p);
      continue;
    }
    if (p.isTitle) {
      classes[i] = "title";
      current.section.paragraphs.push(p);
      continue;
    }

    const headingLike = p.headingLevel > 0 || isShortBold(p);
    const level = p.headingLevel > 0 ? p.headingLevel : BELOW_ALL_HEADINGS;

    // Reference lists: a heading or bold "References", or the add-in's own list.
    const listKind = headingLike ? referenceListKind(p.text) : null;
    if (listKind) {
      open(listKind, p, level, null);
      classes[i] = "heading";
      continue;
    }
    if (p.tags.includes(Tags.references) && !inReferences()) {
      open("references", undefined, BELOW_ALL_HEADINGS, null);
      classes[i] = "reference";
      current.section.paragraphs.push(p);
      continue;
    }
    if (headingLike && isAppendixTitle(p.text)) {
      open("appendix", p, level, null);
      classes[i] = "heading";
      continue;
    }
    // Appendices run to the end: numbered headings in a coaching log are not answers.
    if (inAppendix()) {
      classes[i] = "appendix";
      current.section.paragraphs.push(p);
      continue;
    }

    const side = sideAt[i];
    if (side && index.has(i)) {
      // A row of the AC checklist: neither a section nor answer text.
      classes[i] = "heading";
      current.section.paragraphs.push(p);
      if (side.wordingParagraph) {
        i++;
        classes[i] = "heading";
        current.section.paragraphs.push(side.wordingParagraph);
      }
      continue;
    }
    if (side) {
      open("ac", p, level, side);
      classes[i] = "heading";
      if (side.wordingParagraph) {
        i++;
        classes[i] = "heading";
        current.section.paragraphs.push(side.wordingParagraph);
      }
      continue;
    }

    if (p.headingLevel > 0 || (isShortBold(p) && isStructuralTitle(p.text))) {
      classes[i] = "heading";
      // An AC's answer may use headings of the AC's own level for its parts ("Similarities"
      // under "## 1.1 ..."); only a higher level or a structural heading (Conclusion) ends it.
      const closes = current.section.kind === "ac" ? level < current.level : level <= current.level;
      if (closes || isStructuralTitle(p.text)) {
        open("other", p, level, null);
      } else {
        // A subheading inside the current section.
        current.section.paragraphs.push(p);
      }
      continue;
    }

    classes[i] = inReferences() ? "reference" : "answer";
    current.section.paragraphs.push(p);
  }

  // The front matter is dropped when nothing came before the first heading.
  if (sections[0]!.paragraphs.length === 0 && sections.length > 1) {
    sections.shift();
    sideHeadings.shift();
  }
  // Every paragraph is either a section's heading or in its paragraphs, in document order.
  const sectionOf = new Int32Array(paragraphs.length);
  let k = 0;
  sections.forEach((section, si) => {
    if (section.heading) sectionOf[k++] = si;
    for (let n = section.paragraphs.length; n > 0; n--) sectionOf[k++] = si;
  });
  return { sections, sideHeadings, classes, sectionOf };
}

/** The draft's sections for a unit (null: no AC side-headings are recognised). */
export function findSections(doc: DraftDocument, unit: Unit | null): Section[] {
  return scanDraft(doc, unit).sections;
}

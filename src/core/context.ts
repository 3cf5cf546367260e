/**
 * Everything a rule may read, computed once per analysis so that every rule
 * is a cheap pass over sections rather than over the document.
 */
import type { DocParagraph, DraftDocument } from "../model/document";
import type { Section } from "../model/sections";
import type { Unit } from "../units/types";
import type { SideHeading } from "./side-headings";
import { isGuidanceClass, scanDraft, type DraftScan, type ParagraphClass } from "./sections";
import { hasHeadingNotes } from "./heading-notes";
import { acShares } from "./shares";
import { countWords } from "./words";

/** One side-heading for an AC and the section under it. */
export interface AcOccurrence {
  ac: string;
  /** Position in `CheckContext.sections`. */
  sectionIndex: number;
  section: Section;
  heading: SideHeading;
  /** Answer words in this section. */
  words: number;
}

export interface CheckContext {
  doc: DraftDocument;
  /** null when the unit could not be detected: AC rules then find nothing. */
  unit: Unit | null;
  sections: Section[];
  /** Parallel to `sections`. */
  sideHeadings: Array<SideHeading | null>;
  /** Parallel to `sections`: answer words in each. */
  sectionWords: number[];
  /**
   * Parallel to `sections`: guidance left in each (the add-in's blocks, {braced} paragraphs,
   * guidance pasted from the unit's documents, and a heading carrying a {note}).
   */
  sectionGuidance: DocParagraph[][];
  /** Parallel to the document's paragraphs. */
  classes: ParagraphClass[];
  /** Side-headings per AC id, in document order. */
  occurrences: Map<string, AcOccurrence[]>;
  /** Answer words per AC id (all its sections together). */
  wordsByAc: Map<string, number>;
  /** Answer words in the whole draft. */
  totalWords: number;
  wordRange: [number, number] | null;
  /** Each AC's share of the word range; empty when the unit gives no range. */
  shares: Map<string, [number, number]>;
}

export function buildContext(doc: DraftDocument, unit: Unit | null, scan: DraftScan = scanDraft(doc, unit)): CheckContext {
  const { sections, sideHeadings, classes, sectionOf } = scan;
  const sectionWords: number[] = sections.map(() => 0);
  const sectionGuidance: DocParagraph[][] = sections.map(() => []);
  let totalWords = 0;
  doc.paragraphs.forEach((p, i) => {
    const cls = classes[i];
    if (cls === "answer") {
      const words = countWords(p.text);
      sectionWords[sectionOf[i]!]! += words;
      totalWords += words;
    } else if (isGuidanceClass(cls) && p.text.trim() !== "") {
      sectionGuidance[sectionOf[i]!]!.push(p);
    } else if (cls === "heading" && hasHeadingNotes(p.text)) {
      // "1.1 Define ... {maximum 12 Marks}": the heading line carries guidance.
      sectionGuidance[sectionOf[i]!]!.push(p);
    }
  });

  const occurrences = new Map<string, AcOccurrence[]>();
  const wordsByAc = new Map<string, number>();
  sections.forEach((section, sectionIndex) => {
    const heading = sideHeadings[sectionIndex];
    if (!heading) return;
    const occ: AcOccurrence = { ac: heading.ac, sectionIndex, section, heading, words: sectionWords[sectionIndex]! };
    const list = occurrences.get(heading.ac);
    if (list) list.push(occ);
    else occurrences.set(heading.ac, [occ]);
    wordsByAc.set(heading.ac, (wordsByAc.get(heading.ac) ?? 0) + occ.words);
  });

  return {
    doc,
    unit,
    sections,
    sideHeadings,
    sectionWords,
    sectionGuidance,
    classes,
    occurrences,
    wordsByAc,
    totalWords,
    wordRange: unit?.wordRange ?? null,
    shares: unit ? acShares(unit) : new Map(),
  };
}

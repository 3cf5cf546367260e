/**
 * Which of a unit's ACs a draft already answers, and where each section
 * ends, by the checker's own rules (src/core/sections.ts: headings, wholly
 * bold short paragraphs, a table row's first cell, the add-in's tags), so
 * "Insert missing sections" adds exactly what the checker reports missing.
 */
import type { DraftDocument } from "../model/document";
import { isBodyParagraph } from "../model/document";
import { findSections } from "../core/sections";
import type { Section } from "../model/sections";
import type { Unit } from "../units/types";

export interface PresentAc {
  ac: string;
  /** Index of the side-heading paragraph. */
  heading: number;
  /** Index of the section's last paragraph (the heading itself when the section is empty). */
  end: number;
}

function lastIndex(section: Section): number {
  // Notes and text boxes are not where a section ends in the body.
  const ps = section.paragraphs.filter(isBodyParagraph);
  if (ps.length) return ps[ps.length - 1]!.index;
  return section.heading ? section.heading.index : -1;
}

export function presentAcs(doc: DraftDocument, unit: Unit): Map<string, PresentAc> {
  const out = new Map<string, PresentAc>();
  for (const s of findSections(doc, unit)) {
    // A duplicated heading: the first one is where the answer lives.
    if (s.kind !== "ac" || !s.ac || !s.heading || out.has(s.ac)) continue;
    out.set(s.ac, { ac: s.ac, heading: s.heading.index, end: lastIndex(s) });
  }
  return out;
}

/** Sections other than ACs, for anchoring: outcome headings, reference lists, appendices. */
export function otherSections(doc: DraftDocument, unit: Unit): Section[] {
  return findSections(doc, unit).filter((s) => s.kind !== "ac");
}

export { lastIndex as sectionEnd };

import type { DocParagraph } from "./document";

/**
 * A draft cut into sections. Produced by the section finder (src/core) and
 * consumed by every rule, including the referencing checks in src/harvard.
 */
export type SectionKind =
  /** Before the first heading: title page, cover sheet. */
  | "front"
  /** Under an AC side-heading. */
  | "ac"
  /** Under a heading that is not an AC: Introduction, Conclusion, Task 1 ... */
  | "other"
  /** Under "References" / "Reference list". */
  | "references"
  /** Under "Bibliography". */
  | "bibliography"
  /** Under "Appendix ..." / "Appendices". */
  | "appendix";

export interface Section {
  kind: SectionKind;
  /** AC id for kind "ac". */
  ac: string | null;
  /** The heading paragraph that opened the section (absent for "front"). */
  heading?: DocParagraph;
  /** Paragraphs under the heading, up to the next section (headings of other levels included). */
  paragraphs: DocParagraph[];
}

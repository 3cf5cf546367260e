import type { Section } from "../model/sections";
import type { Unit } from "../units/types";
import type { HarvardSettings } from "./house-style";
import type { CitationMatch, ReferenceIndex, Unmatched } from "./match";
import type { ParsedCitation, ParsedReference } from "./types";

/** Everything the referencing rules read, computed once per analysis by checkReferencing(). */
export interface ReferencingContext {
  unit: Unit | null;
  sections: Section[];
  /** The house Harvard the notes follow: Cite Them Right unless a centre template says otherwise. */
  harvard: HarvardSettings;
  /** Citations in document order (reference lists excluded). */
  citations: ParsedCitation[];
  /** Parallel to `citations`. */
  matches: Array<CitationMatch | Unmatched>;
  /** Entries of the reference list and the bibliography, in document order. */
  references: ParsedReference[];
  index: ReferenceIndex;
  /** Parallel to `references`: cited at least once. */
  cited: boolean[];
  /** The draft has a reference list: a "References" section (even an empty one), or a Bibliography standing in for one. */
  hasReferenceList: boolean;
  /**
   * The only list is a Bibliography (Word's built-in "Bibliography", a BIBLIOGRAPHY field):
   * it serves as the reference list, and its heading is worth one note (see
   * reference-list-is-bibliography), not a warning per citation.
   */
  bibliographyOnly: boolean;
  /** Distinct works cited per AC id ("starr 2016"). */
  sourcesByAc: Record<string, string[]>;
  /** Per AC id: whether one of its cited works is a professional body's code of practice or ethics. */
  codeOfPracticeByAc: Record<string, boolean>;
  /** "The review (2019)": a piece of work with a year in brackets and no author near it, in document order. */
  yearsWithoutAuthor: YearWithoutAuthor[];
}

export interface YearWithoutAuthor {
  /** The words before the bracket and the bracket, as written: "The review (2019)". */
  text: string;
  year: string;
  /** The word for the work: "review". */
  noun: string;
  paragraph: number;
  ac: string | null;
}

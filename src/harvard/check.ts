import type { Section } from "../core/sections-model";
import type { Unit } from "../units/types";
import type { CitationReport, Problem, ReferenceReport } from "../core/report";

export interface ReferencingInput {
  unit: Unit | null;
  sections: Section[];
}

export interface ReferencingResult {
  citations: CitationReport[];
  references: ReferenceReport[];
  problems: Problem[];
  /** Distinct works cited per AC id (keys like "starr 2016"), for the section cards. */
  sourcesByAc: Record<string, string[]>;
}

/**
 * The referencing checks. Placeholder until the Harvard work lands: it finds
 * nothing, so the coverage report carries empty citation and reference lists.
 */
export function checkReferencing(_input: ReferencingInput): ReferencingResult {
  return { citations: [], references: [], problems: [], sourcesByAc: {} };
}

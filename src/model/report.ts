/** The report every host shows. Its JSON form is what `ilm-check --json` prints. */

export type Severity = "error" | "warning" | "info";

export interface WorkKey {
  authors: string[];
  year: string;
}

/** A second place a problem points at (remark-lint's `cause`): the first copy of a duplicate, the entry a citation matched. */
export interface RelatedPlace {
  paragraph: number;
  /** What is there, for the pane's link ("the first side-heading for AC 1.2"). */
  label: string;
}

/**
 * One finding. `Code` is the rule id: src/check/rules.ts derives the union of every rule's id
 * (ProblemCode) from the rules themselves, and the report the hosts show is typed with it.
 */
export interface Problem<Code extends string = string> {
  code: Code;
  severity: Severity;
  /** AC id where the problem belongs to one. */
  ac?: string;
  /** One sentence a learner understands, British English. */
  message: string;
  /** Which of the rule's messages, and the data it was filled with (what tests assert). */
  messageId: string;
  data: Readonly<Record<string, string | number>>;
  /** How to fix it, in the rule's own words. */
  fix: string;
  /** Paragraph index where the problem is (for selecting it in the document). */
  paragraph?: number;
  related?: RelatedPlace;
  /** On referencing codes only. */
  citation?: WorkKey & { text?: string };
  reference?: WorkKey & { text?: string };
}

export type SectionStatus = "ok" | "missing" | "altered" | "empty";

export interface SectionReport {
  ac: string;
  status: SectionStatus;
  /** The side-heading as the learner wrote it ("" when missing). */
  heading: string;
  /** Answer words under this AC. */
  words: number;
  /** The AC's share of the unit's word range [low, high], by marks where given. */
  share?: [number, number];
  /** Citations found in the section. */
  citations: number;
  /** Distinct works cited in the section. */
  sources?: string[];
  /** Paragraph index of the side-heading, and of the last paragraph of the section. */
  paragraphs?: [number, number];
}

export interface CitationReport {
  text: string;
  authors: string[];
  year: string;
  ac: string | null;
  matched: boolean;
  paragraph?: number;
  narrative?: boolean;
  locator?: string;
  secondary?: boolean;
}

export interface ReferenceReport {
  text: string;
  authors: string[];
  year: string;
  title?: string;
  list: "references" | "bibliography";
  cited: boolean;
  paragraph?: number;
}

export interface Report<Code extends string = string> {
  file?: string;
  unit: string | null;
  /** How the unit was chosen. */
  unitSource?: "given" | "detected" | "template";
  /** The centre template the check followed (its word range, wording and Harvard settings), and where it came from. */
  centre?: { id: string; name: string; source: "given" | "document" };
  /** Why the centre template recorded in the document was not used (one sentence), when it could not be. */
  centreNotice?: string;
  wordCount: number;
  wordRange: [number, number] | null;
  sections: SectionReport[];
  citations: CitationReport[];
  references: ReferenceReport[];
  problems: Problem<Code>[];
}

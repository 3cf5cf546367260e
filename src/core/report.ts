/** The report every host shows. Its JSON form is what `ilm-check --json` prints. */

export type Severity = "error" | "warning" | "info";

export type ProblemCode =
  | "ac-missing"
  | "ac-heading-altered"
  | "ac-empty"
  | "ac-short"
  | "ac-out-of-order"
  | "ac-duplicate"
  | "guidance-left-in"
  | "word-count-out-of-range"
  | "citation-unmatched"
  | "citation-matched-with-warning"
  | "citation-style"
  | "reference-uncited"
  | "reference-incomplete"
  | "reference-style"
  | "reference-duplicate"
  | "reference-order"
  | "reference-list-is-bibliography"
  | "section-needs-reference"
  | "content-not-read";

export interface WorkKey {
  authors: string[];
  year: string;
}

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** AC id where the problem belongs to one. */
  ac?: string;
  /** One sentence a learner understands, British English. */
  message: string;
  /** Paragraph index where the problem is (for selecting it in the document). */
  paragraph?: number;
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

export interface Report {
  file?: string;
  unit: string | null;
  /** How the unit was chosen. */
  unitSource?: "given" | "detected" | "template";
  wordCount: number;
  wordRange: [number, number] | null;
  sections: SectionReport[];
  citations: CitationReport[];
  references: ReferenceReport[];
  problems: Problem[];
}

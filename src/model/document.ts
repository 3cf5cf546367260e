/**
 * The host-agnostic document model. Word (Office.js), .docx files and the
 * preview host all produce a DraftDocument; every check reads only this.
 */

/** Tags of the content controls the add-in owns. Anything else is the learner's. */
export const TAG_PREFIX = "ilm:";
export const Tags = {
  /** The whole inserted template (outer control), value "ilm:template:<unitId>". */
  template: (unitId: string) => `${TAG_PREFIX}template:${unitId}`,
  /** An AC side-heading, "ilm:heading:1.1". */
  heading: (ac: string) => `${TAG_PREFIX}heading:${ac}`,
  /** A learning-outcome heading, "ilm:outcome:1". */
  outcome: (lo: string) => `${TAG_PREFIX}outcome:${lo}`,
  /** The guidance block under an AC (or "intro"), "ilm:guidance:1.1". */
  guidance: (ac: string) => `${TAG_PREFIX}guidance:${ac}`,
  /** The cover sheet. */
  cover: `${TAG_PREFIX}cover`,
  /** The generated reference list. */
  references: `${TAG_PREFIX}references`,
} as const;

export type ParagraphRole = "body" | "guidance" | "cover";

export interface TableCellRef {
  /** 0-based table number in document order (nested tables get their own numbers). */
  table: number;
  row: number;
  cell: number;
}

export interface DocParagraph {
  /** 0-based position in document order; also the key for selecting it in the host. */
  index: number;
  /** Text as Word shows it: tracked deletions gone, insertions kept; manual line breaks as "\n"; tabs as "\t". */
  text: string;
  /** 1–9 for headings (built-in Heading N or outline level), 0 for body text. */
  headingLevel: number;
  /** The document's Title style. */
  isTitle: boolean;
  /** Every run with text is bold. */
  bold: boolean;
  /** Style name as the host reports it (for diagnostics only; never match on localised names). */
  style?: string;
  /** guidance / cover when inside one of the add-in's content controls with that tag; else body. */
  role: ParagraphRole;
  /** Tags of all enclosing content controls, outermost first. */
  tags: string[];
  /** Set when the paragraph sits in a table cell. */
  table?: TableCellRef;
}

export interface DraftDocument {
  paragraphs: DocParagraph[];
  /** Where the document came from, for messages ("essay.docx", "Word"). */
  source?: string;
  /**
   * The add-in's data kept in the document (its custom XML part, model/document-store.ts), as
   * found there and not yet validated: the .docx reader fills it; in Word the pane reads it itself.
   */
  addInData?: Record<string, unknown>;
}

/** Helper for hosts: a body paragraph with defaults filled in. */
export function makeParagraph(p: Partial<DocParagraph> & { index: number; text: string }): DocParagraph {
  return {
    headingLevel: 0,
    isTitle: false,
    bold: false,
    role: "body",
    tags: [],
    ...p,
  };
}

/** The role implied by a list of content-control tags. */
export function roleFromTags(tags: readonly string[]): ParagraphRole {
  for (const t of tags) {
    if (t.startsWith(`${TAG_PREFIX}guidance`)) return "guidance";
    if (t === Tags.cover) return "cover";
  }
  return "body";
}

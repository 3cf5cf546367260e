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
  /** The tutor's mark sheet (a table the add-in inserts at the end; never the learner's text). */
  markSheet: `${TAG_PREFIX}mark-sheet`,
} as const;

export type ParagraphRole = "body" | "guidance" | "cover" | "mark-sheet";

/**
 * Where a paragraph's text lives. Word's own Word Count includes text boxes,
 * footnotes and endnotes by default, so their words count with the section
 * that holds their anchor (the note's reference mark, the box's anchor).
 */
export type ParagraphPart = "body" | "footnote" | "endnote" | "textbox";

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
  /** guidance / cover / mark-sheet when inside one of the add-in's content controls with that tag; else body. */
  role: ParagraphRole;
  /** Tags of all enclosing content controls, outermost first. */
  tags: string[];
  /** Set when the paragraph sits in a table cell. */
  table?: TableCellRef;
  /**
   * The number or bullet Word shows for a list paragraph ("1.1", "a)", "•"), which is
   * never part of `text` (Word's automatic numbering, incl. numbering attached to
   * heading styles). Absent for paragraphs that are not list items.
   */
  listNumber?: string;
  /** The document's Subtitle style: a cover line, not answer text. */
  isSubtitle?: boolean;
  /**
   * The text is a content control's placeholder ("Click or tap here to enter text.",
   * w:showingPlcHdr), not the learner's words. Placeholder text beside the learner's
   * own words in one paragraph is left out of `text` by the hosts.
   */
  placeholder?: boolean;
  /** Body text when absent. Notes and text boxes come after every body paragraph (see DraftDocument). */
  part?: ParagraphPart;
  /** For notes and text boxes: the `index` of the body paragraph that holds the anchor. */
  anchor?: number;
}

/** Something in the file that a host could not read, said plainly in the report. */
export interface UnreadContent {
  /** What it is, as a phrase for a sentence: "an embedded RTF document", "footnotes". */
  what: string;
  /** The body paragraph nearest to it, when known. */
  paragraph?: number;
  /**
   * The host cannot tell whether the document holds any: Word without the API
   * for it. The report says so as a note rather than as a finding.
   */
  possibly?: boolean;
}

export interface DraftDocument {
  /**
   * Body paragraphs in document order (`index` equal to their position, which is
   * how the Word host selects them), followed by the paragraphs of footnotes,
   * endnotes and text boxes, each with its `part` and `anchor`.
   */
  paragraphs: DocParagraph[];
  /** Where the document came from, for messages ("essay.docx", "Word"). */
  source?: string;
  /** Content the host could not read (so its words are not counted). */
  unread?: UnreadContent[];
  /**
   * The add-in's data kept in the document (its custom XML part, model/document-store.ts), as
   * found there and not yet validated: the .docx reader fills it; in Word the pane reads it itself.
   */
  addInData?: Record<string, unknown>;
}

/** Whether a paragraph is body text (not a note or a text box). */
export function isBodyParagraph(p: DocParagraph): boolean {
  return p.part === undefined || p.part === "body";
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
    if (t === Tags.markSheet) return "mark-sheet";
  }
  return "body";
}

/**
 * Notes a centre template puts on the heading line itself (seed 002:
 * "1.1. Define and differentiate ... mentoring. {maximum 12 Marks}",
 * "... mentoring. {max 8 Marks}"). A heading that carries such a note is the
 * heading plus guidance left in: the note is taken off before the wording is
 * compared, and reported as guidance, never as an altered heading.
 *
 * Notes recognised: any {curly-brace} span, and a marks note at the end of the
 * line ("(max 8 Marks)", "(12 marks)", "[max 8 Marks]", "– max 8 marks"). Other
 * brackets stay: they may be part of a learner's own heading.
 */

export interface HeadingNotes {
  /** The heading without its notes, white space tidied. */
  text: string;
  /** The notes taken off, as written (braces included); empty when there were none. */
  notes: string[];
}

/**
 * A marks note at the end of a heading: in round or square brackets ("(max 8 Marks)", "(maximum 12
 * marks)", "[16 Marks]"), or after a dash or colon when it says "max" ("– max 8 marks").
 */
const MARKS_NOTE = /(?:[([](?:max(?:imum)?\.?\s*)?\d{1,3}\s*marks?[)\]]|[-\u2013\u2014:]\s*max(?:imum)?\.?\s*\d{1,3}\s*marks?)\s*$/i;
/** Whether a line may carry a note at all: most headings are let through on this alone. */
const MAY_HAVE_NOTE = /[{([]|marks?\s*$/i;

/** The heading text without its brace notes and marks note. Linear: one scan for the braces. */
export function splitHeadingNotes(text: string): HeadingNotes {
  if (!MAY_HAVE_NOTE.test(text)) return { text, notes: [] };
  const notes: string[] = [];
  let kept = "";
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "{") {
      if (depth === 0) start = i;
      depth++;
    } else if (c === "}" && depth > 0) {
      depth--;
      if (depth === 0) {
        notes.push(text.slice(start, i + 1));
        kept += " ";
      }
    } else if (depth === 0) {
      kept += c;
    }
  }
  // An unclosed brace runs to the end of the line: still a note.
  if (depth > 0) notes.push(text.slice(start));
  const marks = MARKS_NOTE.exec(kept);
  if (marks) {
    notes.push(marks[0].trim());
    kept = kept.slice(0, marks.index);
  }
  if (notes.length === 0) return { text, notes };
  return { text: kept.replace(/[ \t\u00a0]+/g, " ").trim(), notes };
}

/** Whether a heading line carries a note for the learner (see splitHeadingNotes). */
export function hasHeadingNotes(text: string): boolean {
  return splitHeadingNotes(text).notes.length > 0;
}

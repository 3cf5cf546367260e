/**
 * The learner's name as written on the cover sheet, for a tutor's list of submissions
 * (ilm-check --csv). Read from the add-in's cover sheet ("Learner name: A. Learner"), a centre's
 * own sheet (a "Learner name" cell with the name in the next cell) or the learner's own label
 * lines before the first answer ("Name: A. Learner"). A line still waiting to be filled in
 * ("Learner name:", "[Name]", "______") gives no name.
 */
import type { DocParagraph, DraftDocument } from "../model/document";
import type { Report } from "./rules";

const LABEL = String.raw`(?:(?:learner|student|candidate)(?:'s|’s)?\s+(?:full\s+)?name|name\s+of\s+(?:the\s+)?(?:learner|student|candidate)|learner|student|candidate|full\s+name|name)`;
/** "Learner name: A. Learner" (a colon, a full-width colon or a tab after the label). */
const LABEL_LINE = new RegExp(`^${LABEL}\\s*(?::|\\uff1a|\\t)\\s*(.*)$`, "i");
/** A table cell holding the label alone ("Learner name", "Learner name:"). */
const LABEL_CELL = new RegExp(`^${LABEL}\\s*[:\\uff1a]?$`, "i");
/** What a centre's sheet or the template shows until the learner fills it in. */
const UNFILLED = /\[[^\]]*\]|_{3,}|\.{5,}|click or tap here|enter (?:your )?(?:full )?name/i;
const MAX_LENGTH = 120;

export function learnerName(doc: DraftDocument, report: Pick<Report, "sections">): string | null {
  // The cover sheet, and whatever comes before the first AC's side-heading.
  const firstHeading = Math.min(...report.sections.map((s) => s.paragraphs?.[0] ?? Infinity));
  const front = doc.paragraphs.filter((p) => p.role === "cover" || (p.index < firstHeading && (p.part === undefined || p.part === "body")));
  for (const p of front) {
    const text = p.text.trim();
    const line = LABEL_LINE.exec(text);
    if (line) {
      const name = clean(line[1] ?? "");
      if (name) return name;
      if (!p.table) continue;
    }
    if (p.table && (line || LABEL_CELL.test(text))) {
      const name = clean(nextCellText(doc.paragraphs, p));
      if (name) return name;
    }
  }
  return null;
}

function nextCellText(paragraphs: readonly DocParagraph[], label: DocParagraph): string {
  const { table, row, cell } = label.table!;
  return paragraphs
    .filter((q) => q.table && q.table.table === table && q.table.row === row && q.table.cell === cell + 1)
    .map((q) => q.text.trim())
    .filter((t) => t !== "")
    .join(" ");
}

/** The name alone: up to a tab that starts another field ("A. Learner\tDate: 3 March"), spaces tidied. */
function clean(value: string): string | null {
  let v = value;
  const tab = v.indexOf("\t");
  if (tab >= 0 && /[:\uff1a]/.test(v.slice(tab))) v = v.slice(0, tab);
  v = v.replace(/\s+/g, " ").trim();
  if (!v || UNFILLED.test(v) || v.length > MAX_LENGTH) return null;
  return v;
}

/**
 * The mark sheet: what the tutor's grades look like as a table (AC, wording, grade or mark,
 * rationale), with the total, the outcome and who marked it when. The pane inserts it into the
 * document as a Word table (src/word/mark-sheet.ts) and copies it as CSV for the centre's records;
 * both read this one model.
 */
import type { Unit } from "../units/types";
import { toCsv } from "./csv";
import { formatDate, gradeText, type Marking } from "./marking";
import { outcomeOf, type Outcome } from "./outcome";
import { gradingOf } from "./scheme";

export interface MarkSheet {
  title: string;
  /** "ILM 8581-700 Understanding the context of ..." */
  unitLine: string;
  /** Header row then one row per AC: [AC, wording, grade or mark, rationale]. */
  table: string[][];
  /** Lines under the table: total (marks units), outcome, tutor and date. */
  footer: Array<{ label: string; value: string }>;
  outcome: Outcome;
  /** The marking date as an ISO date, for records that sort by it. */
  isoDate: string;
}

export const MARK_SHEET_TITLE = "Mark sheet";

export function buildMarkSheet(unit: Unit, marking: Marking): MarkSheet {
  const marks = gradingOf(unit).kind === "marks";
  const outcome = outcomeOf(unit, marking);
  const header = ["AC", "Assessment criterion", marks ? "Mark" : "Grade", "Rationale"];
  const rows = unit.criteria.map((c) => {
    const m = marking.grades[c.id];
    return [c.id, c.wording, gradeText(unit, c.id, m) || "Not graded", m?.rationale.trim() ?? ""];
  });
  const footer: MarkSheet["footer"] = [];
  if (marks && outcome.total !== undefined) footer.push({ label: "Total", value: `${outcome.total} / ${outcome.available}` });
  footer.push({ label: "Outcome", value: outcome.summary });
  footer.push({ label: "Tutor", value: marking.tutor.trim() || "Not given" });
  footer.push({ label: "Date", value: formatDate(marking.date) });
  return {
    title: MARK_SHEET_TITLE,
    unitLine: `ILM ${unit.unitNumber} ${unit.title}`,
    table: [header, ...rows],
    footer,
    outcome,
    isoDate: marking.date,
  };
}

/** The paragraphs under the table, as the document shows them ("Outcome: Referred: ..."). */
export function footerLines(sheet: MarkSheet): string[] {
  return sheet.footer.map((f) => `${f.label}: ${f.value}`);
}

/** The mark sheet as CSV: the table, then the total, outcome, tutor and date rows. */
export function markSheetCsv(sheet: MarkSheet): string {
  const rows: string[][] = [["Unit", sheet.unitLine, "", ""], ...sheet.table];
  for (const f of sheet.footer) rows.push([f.label, "", f.label === "Date" ? sheet.isoDate : f.value, ""]);
  return toCsv(rows);
}

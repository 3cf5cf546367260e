/**
 * One draft's line of `ilm-check --csv`: who it is from, how it reads against the unit, what
 * the check found, whether it is ready to submit (the pane's Submit view's rule,
 * src/check/readiness.ts) and, when a tutor has graded it in the pane, the outcome from the
 * grades kept in the document. Worked out per file (in the worker that checked it) as plain data;
 * summaryCsv() makes the spreadsheet-safe CSV (src/marking/csv.ts).
 */
import { isAnswered } from "../check/answer-summary";
import { learnerName } from "../check/learner-name";
import { assessReadiness } from "../check/readiness";
import type { Report } from "../check/rules";
import { customXmlParts } from "../docx/custom-xml";
import { toCsv } from "../marking/csv";
import { isGraded } from "../marking/marking";
import { outcomeOf } from "../marking/outcome";
import { MARKING_KEY, storedMarking } from "../marking/stored";
import type { DraftDocument } from "../model/document";
import { storeFromParts } from "../model/document-store";
import { getUnit } from "../units/catalogue";

export interface SummaryRow {
  learner: string | null;
  unit: string | null;
  words: number;
  wordRange: [number, number] | null;
  answered: number;
  total: number;
  errors: number;
  warnings: number;
  notes: number;
  ready: boolean;
  /** From the tutor's grades in the document, when it holds some. */
  outcome?: { label: string; reason: string };
  /** Anything the row cannot show as it should (grades that cannot be read), one sentence. */
  remark?: string;
}

export function summaryRow(report: Report, doc: DraftDocument, bytes: Uint8Array): SummaryRow {
  const count = (severity: string) => report.problems.filter((p) => p.severity === severity).length;
  const row: SummaryRow = {
    learner: learnerName(doc, report),
    unit: report.unit,
    words: report.wordCount,
    wordRange: report.wordRange,
    answered: report.sections.filter((s) => isAnswered(s.status, s.words)).length,
    total: report.sections.length,
    errors: count("error"),
    warnings: count("warning"),
    notes: count("info"),
    ready: assessReadiness(report, doc).ready,
  };
  const graded = gradesOutcome(bytes);
  if (graded && "label" in graded) row.outcome = graded;
  else if (graded) row.remark = graded.remark;
  return row;
}

/** The outcome of the grades kept in the document; null when it holds none. */
function gradesOutcome(bytes: Uint8Array): { label: string; reason: string } | { remark: string } | null {
  const stored = storedMarking(storeFromParts(customXmlParts(bytes))[MARKING_KEY]);
  if (stored.state === "none") return null;
  if (stored.state !== "ok") return { remark: stored.message };
  const marking = stored.value;
  if (!Object.values(marking.grades).some(isGraded)) return null;
  const unit = getUnit(marking.unit);
  if (!unit) return { remark: `The grades are for unit ${marking.unit}, which this version of ilm-check does not know.` };
  const outcome = outcomeOf(unit, marking);
  return { label: outcome.label, reason: outcome.summary };
}

export const SUMMARY_HEADER = [
  "File",
  "Learner name",
  "Unit",
  "Answer words",
  "Word range",
  "ACs answered",
  "Errors",
  "Warnings",
  "Notes",
  "Ready to submit",
  "Outcome",
  "Outcome reason",
  "Remarks",
] as const;

/** A file's row, or the sentence saying why it could not be read. */
export type SummaryLine = { file: string; row: SummaryRow } | { file: string; unreadable: string };

/**
 * The CSV text: a header, then one row per draft in the order given. Numbers are plain (no
 * thousands separators) so a spreadsheet sums them; a byte order mark first, so Excel reads the
 * names as UTF-8.
 */
export function summaryCsv(lines: readonly SummaryLine[]): string {
  const rows = lines.map((l) => {
    if ("unreadable" in l) return [l.file, "", "", "", "", "", "", "", "", "no", "", "", l.unreadable];
    const r = l.row;
    return [
      l.file,
      r.learner ?? "",
      r.unit ?? "",
      r.words,
      r.wordRange ? `${r.wordRange[0]}–${r.wordRange[1]}` : "",
      r.total > 0 ? `${r.answered} of ${r.total}` : "",
      r.errors,
      r.warnings,
      r.notes,
      r.ready ? "yes" : "no",
      r.outcome?.label ?? "",
      r.outcome?.reason ?? "",
      r.remark ?? "",
    ];
  });
  return `\uFEFF${toCsv([[...SUMMARY_HEADER], ...rows])}`;
}

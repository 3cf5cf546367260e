/**
 * What every host must have before it calls a draft ready to submit, whatever else passes: a
 * unit (else no AC was checked at all) and at least one answer (else there is nothing to hand
 * in). An empty document with no unit used to pass with green ticks: "0 of 0 ACs answered".
 * Pure and over the Report alone, so the pane's "Before you submit" and the command line's
 * reports say the same.
 */
import type { Report } from "../model/report";
import { isAnswered } from "./answer-summary";

export type DraftGate =
  /** No unit: the ACs could not be checked. */
  | "no-unit"
  /** A unit, but no AC has an answer under its side-heading yet. */
  | "no-answer";

export { isAnswered };

/** Why the draft cannot be ready yet, or null once it has a unit and an answer. */
export function draftGate(report: Pick<Report, "unit" | "sections">): DraftGate | null {
  if (report.unit === null || report.sections.length === 0) return "no-unit";
  return report.sections.some((s) => isAnswered(s.status, s.words)) ? null : "no-answer";
}

/** The sentence for each gate. */
export const DRAFT_GATE_MESSAGE: Record<DraftGate, string> = {
  "no-unit": "No unit chosen yet, so nothing could be checked: choose your unit (or insert its template) and write your answers.",
  "no-answer": "No AC has an answer yet: write your answers under the side-headings, then check again.",
};

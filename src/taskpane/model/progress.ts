/**
 * "Not started": a draft whose side-headings are all there but nothing is written under them yet
 * (a template just inserted). Word's Editor does not scold an empty page, so neither does the pane:
 * problems that only mean "not written yet" wait until the learner starts writing.
 */
import type { Problem, ProblemCode, Report } from "../../check/rules";

/** Problems that, on a draft with no answers yet, only say it is not written. */
const NOT_WRITTEN_YET: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  "ac-empty",
  "ac-short",
  "guidance-left-in",
  "word-count-out-of-range",
  "section-needs-reference",
  "reference-uncited",
]);

/** The document already has at least one of the unit's side-headings (the Unit tab then points to Check). */
export function hasSideHeadings(report: Pick<Report, "sections"> | null): boolean {
  return !!report && report.sections.some((s) => s.status !== "missing");
}

/** Side-headings in place (at least one), no answer words and no citations yet. */
export function isNotStarted(report: Pick<Report, "sections" | "wordCount" | "citations">): boolean {
  return (
    report.sections.some((s) => s.status !== "missing") &&
    report.wordCount === 0 &&
    report.sections.every((s) => s.words === 0) &&
    report.citations.length === 0
  );
}

/** The report as the Check tab shows it: on a draft not started, only the problems that are real already (a missing or altered side-heading). */
export function reportToShow(report: Report): Report {
  if (!isNotStarted(report)) return report;
  return { ...report, problems: report.problems.filter((p: Problem) => !NOT_WRITTEN_YET.has(p.code)) };
}

import type { Problem, ProblemCode } from "../../core/report";

/** A button the pane offers where the fix is safe (it only touches what the add-in inserted). */
export type FixAction = "insert-missing" | "remove-guidance" | "update-references";

export interface FixAdvice {
  /** One line telling the learner what to do. */
  fix: string;
  action?: FixAction;
}

const ADVICE: Record<ProblemCode, FixAdvice> = {
  "ac-missing": { fix: "Add this side-heading back with Insert missing sections, then answer it.", action: "insert-missing" },
  "ac-heading-altered": { fix: "Put the side-heading back to the exact AC wording so the assessor can match it to the mark sheet." },
  "ac-empty": { fix: "Write your answer under this side-heading." },
  "ac-short": { fix: "Develop this answer further: it is well below this AC's share of the word count." },
  "ac-out-of-order": { fix: "Move this section so the ACs run in the order of the mark sheet." },
  "ac-duplicate": { fix: "Keep one side-heading for this AC and merge the two answers under it." },
  "guidance-left-in": { fix: "Delete the guidance text before you submit, or use Remove guidance.", action: "remove-guidance" },
  "word-count-out-of-range": { fix: "Bring the answer word count within the suggested range." },
  "citation-unmatched": { fix: "Add this source to your reference list, or correct the name or year so they match." },
  "citation-matched-with-warning": { fix: "Check the name and year in the citation match the reference list exactly." },
  "citation-style": { fix: "Write the citation in Harvard style, for example (Starr, 2016)." },
  "reference-uncited": { fix: "Cite this source in your answers, or move it to a bibliography." },
  "reference-incomplete": { fix: "Complete the reference: author, year, title and publisher or web address." },
  "reference-style": { fix: "Format the reference in Harvard style, or use Update reference list.", action: "update-references" },
  "reference-duplicate": { fix: "Remove the second copy of this reference." },
  "reference-order": { fix: "Sort the reference list alphabetically by author, or use Update reference list.", action: "update-references" },
  "reference-list-is-bibliography": { fix: "Head the list of the works you cite “References”; keep a Bibliography only for works you read but did not cite." },
  "section-needs-reference": { fix: "Support this answer with at least one cited source from your reading." },
  "content-not-read": { fix: "Check that part of the document yourself, or save it as ordinary text in the draft so it can be checked." },
};

export function adviceFor(problem: Pick<Problem, "code">): FixAdvice {
  return ADVICE[problem.code] ?? { fix: "Review this part of your draft." };
}

/** The safe fix buttons worth showing for a set of problems, each once, in a stable order. */
export function actionsFor(problems: Pick<Problem, "code">[]): FixAction[] {
  const wanted = new Set(problems.map((p) => adviceFor(p).action).filter((a): a is FixAction => !!a));
  return (["insert-missing", "remove-guidance", "update-references"] as FixAction[]).filter((a) => wanted.has(a));
}

import type { ReferencingRule } from "../../harvard/context";
import { isMatch } from "../../harvard/match";
import type { Problem } from "../report";

/**
 * The works cited are listed only under "Bibliography" (Word's built-in
 * Bibliography, its BIBLIOGRAPHY field, or a list typed under that heading).
 * Cite Them Right Harvard asks for a reference list of the works cited, with a
 * bibliography only for works read but not cited: said once, for the list,
 * rather than once per citation, and the list is never reported missing.
 */
export const referenceListIsBibliography: ReferencingRule = {
  id: "reference-list-is-bibliography",
  description: "The works cited are listed under References (a Bibliography alone is for works read but not cited).",
  check(ctx) {
    if (!ctx.bibliographyOnly) return [];
    const cited = ctx.citations.filter((_, i) => isMatch(ctx.matches[i])).length;
    if (cited === 0) return [];
    const list = ctx.sections.find((s) => s.kind === "bibliography");
    const paragraph = list?.heading?.index ?? list?.paragraphs[0]?.index;
    const problem: Problem = {
      code: "reference-list-is-bibliography",
      severity: "warning",
      message:
        "Your sources are listed under “Bibliography”: Cite Them Right Harvard asks for a reference list of the works you cite, " +
        "so head the list “References” (keep a Bibliography only for works you read but did not cite).",
    };
    if (paragraph !== undefined) problem.paragraph = paragraph;
    return [problem];
  },
};

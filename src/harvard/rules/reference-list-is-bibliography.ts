import { defineRule } from "../../model/rule";
import type { ReferencingContext } from "../context";
import { isMatch } from "../match";

/**
 * The works cited are listed only under "Bibliography" (Word's built-in
 * Bibliography, its BIBLIOGRAPHY field, or a list typed under that heading).
 * Cite Them Right Harvard asks for a reference list of the works cited, with a
 * bibliography only for works read but not cited: said once, for the list,
 * rather than once per citation, and the list is never reported missing.
 */
export const referenceListIsBibliography = defineRule({
  id: "reference-list-is-bibliography",
  severity: "warning",
  description: "The works cited are listed under References (a Bibliography alone is for works read but not cited).",
  fix: "Head the list “References”; keep a Bibliography only for works you read but did not cite.",
  messages: {
    bibliographyOnly: "Your sources are listed under “Bibliography”, but Cite Them Right Harvard asks for a reference list of the works you cite.",
  },
  check(ctx: ReferencingContext, report) {
    if (!ctx.bibliographyOnly) return;
    if (!ctx.citations.some((_, i) => isMatch(ctx.matches[i]))) return;
    // Equivalent mutants (issue 14): bibliographyOnly means a Bibliography section, and one always opens
    // at its heading, so the fallback to its first paragraph and the `undefined` test never apply.
    const list = ctx.sections.find((s) => s.kind === "bibliography");
    const paragraph = list?.heading?.index ?? list?.paragraphs[0]?.index;
    report("bibliographyOnly", {}, paragraph !== undefined ? { paragraph } : {});
  },
});

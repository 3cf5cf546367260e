import type { ReferencingRule } from "../../harvard/context";
import type { Problem } from "../report";

/**
 * An AC whose descriptors call for sources cites at least that many distinct
 * works, and a code of practice where one is named.
 *
 * A warning, not an error: the check counts formal author–date citations only,
 * and a learner may have drawn on a source the tutor accepts (a model named
 * without a date, a workplace policy), so it cannot know the AC fails; it
 * tells the learner what the tutor will look for.
 */
export const sectionNeedsReference: ReferencingRule = {
  id: "section-needs-reference",
  description: "Each AC that asks for sources cites enough distinct works, including a code of practice where required.",
  check(ctx) {
    if (!ctx.unit) return [];
    const problems: Problem[] = [];
    for (const criterion of ctx.unit.criteria) {
      const need = criterion.sources;
      if (!need) continue;
      const sections = ctx.sections.filter((s) => s.kind === "ac" && s.ac === criterion.id);
      if (sections.length === 0) continue; // ac-missing reports it
      const answered = sections.some((s) => s.paragraphs.some((p) => p.headingLevel === 0 && p.text.trim().length > 0));
      if (!answered) continue; // ac-empty reports it
      const works = ctx.sourcesByAc[criterion.id] ?? [];
      const paragraph = sections[0].heading?.index ?? sections[0].paragraphs[0]?.index;
      const where = paragraph !== undefined ? { paragraph } : {};
      const noCode = need.kind === "code-of-practice" && !ctx.codeOfPracticeByAc[criterion.id];
      if (works.length < need.min) {
        const have = works.length === 0 ? "no sources" : works.length === 1 ? "1 source" : `${works.length} sources`;
        const code = noCode ? ", including a professional body's code of practice or ethics" : "";
        problems.push({
          code: "section-needs-reference",
          severity: "warning",
          ac: criterion.id,
          message: `AC ${criterion.id} cites ${have}; it needs at least ${need.min}${code}. ${need.reason}`,
          ...where,
        });
      } else if (noCode) {
        problems.push({
          code: "section-needs-reference",
          severity: "warning",
          ac: criterion.id,
          message: `AC ${criterion.id} should cite a professional body's code of practice or ethics (for example EMCC or ICF). ${need.reason}`,
          ...where,
        });
      }
    }
    return problems;
  },
};

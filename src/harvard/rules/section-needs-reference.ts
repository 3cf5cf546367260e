import { defineRule } from "../../model/rule";
import type { ReferencingContext } from "../context";

const sourcesWord = (n: number) => (n === 1 ? "one source" : `${n} sources`);

/**
 * An AC whose descriptors call for sources cites at least that many distinct
 * works, and a code of practice where one is named.
 *
 * A warning, not an error: the check counts formal author–date citations only,
 * and a learner may have drawn on a source the tutor accepts (a model named
 * without a date, a workplace policy), so it cannot know the AC fails; it
 * tells the learner what the tutor will look for.
 */
export const sectionNeedsReference = defineRule({
  id: "section-needs-reference",
  severity: "warning",
  description: "Each AC that asks for sources cites enough distinct works, including a code of practice where required.",
  // The unit's reason is advice ("…, so cite at least two sources"): it belongs to the fix; the message only says what is short.
  fix: "Draw on your reading here. {{reason}} Give each source in Harvard style.",
  messages: {
    tooFew: "AC {{ac}} cites {{have}}; it calls for at least {{min}}.",
    tooFewWithCode: "AC {{ac}} cites {{have}}; it calls for at least {{min}}, one of them a professional body's code of practice or ethics.",
    noCode: "AC {{ac}} cites no professional body's code of practice or ethics.",
  },
  check(ctx: ReferencingContext, report) {
    if (!ctx.unit) return;
    for (const criterion of ctx.unit.criteria) {
      const need = criterion.sources;
      if (!need) continue;
      // Equivalent mutants (issue 14): only an AC's section carries an AC number, and with no section
      // `answered` below is false, so neither `s.kind === "ac"` nor the first `continue` decides alone.
      const sections = ctx.sections.filter((s) => s.kind === "ac" && s.ac === criterion.id);
      if (sections.length === 0) continue; // ac-missing reports it
      const answered = sections.some((s) => s.paragraphs.some((p) => p.headingLevel === 0 && p.text.trim().length > 0));
      if (!answered) continue; // ac-empty reports it
      const works = ctx.sourcesByAc[criterion.id] ?? [];
      // An AC's section always opens at its heading, so the fallback and the `undefined` test never apply (equivalent mutants, issue 14).
      const paragraph = sections[0]!.heading?.index ?? sections[0]!.paragraphs[0]?.index;
      const place = { ac: criterion.id, ...(paragraph !== undefined ? { paragraph } : {}) };
      const noCode = need.kind === "code-of-practice" && !ctx.codeOfPracticeByAc[criterion.id];
      const data = { ac: criterion.id, reason: need.reason };
      if (works.length < need.min) {
        const have = works.length === 0 ? "no sources" : works.length === 1 ? "1 source" : `${works.length} sources`;
        report(noCode ? "tooFewWithCode" : "tooFew", { ...data, have, min: need.min, sources: sourcesWord(need.min) }, place);
      } else if (noCode) {
        report("noCode", data, place);
      }
    }
  },
});

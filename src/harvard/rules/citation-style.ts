import { defineRule } from "../../model/rule";
import type { ReferencingContext } from "../context";
import { citationKey } from "../describe";
import { isMatch } from "../match";
import { citationSlipTexts, countWord, houseName } from "../house-style";

/** Style slips in one citation, judged by the house Harvard (Cite Them Right by default): a single note, never an error. */
export const citationStyle = defineRule({
  id: "citation-style",
  severity: "info",
  description:
    "In-text citations follow Cite Them Right (or the Harvard settings of the centre's template): \"and\", a comma before the year, \"et al.\" for four or more, \"p. 42\", \"no date\".",
  fix: "To match your Harvard style: {{fixes}}.",
  messages: { slips: "The citation {{citation}} is not quite in Harvard style." },
  check(ctx: ReferencingContext, report) {
    ctx.citations.forEach((c, i) => {
      const fixes = citationSlipTexts(c, ctx.harvard);
      const m = ctx.matches[i];
      if (isMatch(m)) {
        for (const n of m.notes) {
          // "et-al-under-four" is the only kind of note there is (an equivalent mutant, issue 14).
          if (n.kind === "et-al-under-four") {
            const from = ctx.harvard.etAlFrom;
            fixes.push(`this work has ${n.count === 1 ? "one author" : `${n.count} authors`}: ${houseName(ctx.harvard)} names up to ${countWord(from - 1)} authors and uses "et al." only for ${countWord(from)} or more`);
          }
        }
      }
      if (fixes.length === 0) return;
      report("slips", { citation: c.text, fixes: fixes.join("; ") }, { ...(c.ac ? { ac: c.ac } : {}), paragraph: c.paragraph, citation: citationKey(c) });
    });
  },
});

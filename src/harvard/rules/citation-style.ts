import { defineRule } from "../../model/rule";
import type { ReferencingContext } from "../context";
import { citationKey } from "../describe";
import { isMatch } from "../match";
import type { CitationStyleSlip } from "../types";

const SLIP_TEXT: Record<CitationStyleSlip, string> = {
  ampersand: 'write "and" between authors, not "&"',
  "missing-comma": "put a comma between the names and the year",
  "et-al-punctuation": 'write "et al." with a full stop (and no full stop after "et")',
  "no-date-abbreviation": 'Cite Them Right writes "no date" rather than "n.d."',
  "locator-format": 'write page numbers as "p. 42" or "pp. 42–45"',
  "square-brackets": "use round brackets",
  unbracketed: "put the citation in round brackets",
  "quotation-without-page": "give the page number of a direct quotation, e.g. (Covey, 1989, p. 42)",
};

/** Cite Them Right style slips in one citation: a single note, never an error. */
export const citationStyle = defineRule({
  id: "citation-style",
  severity: "info",
  description: "In-text citations follow Cite Them Right: \"and\", a comma before the year, \"et al.\" for four or more, \"p. 42\", \"no date\".",
  fix: "To match Cite Them Right: {{fixes}}.",
  messages: { slips: "The citation {{citation}} is not quite in Harvard style." },
  check(ctx: ReferencingContext, report) {
    ctx.citations.forEach((c, i) => {
      const fixes = c.slips.map((s) => SLIP_TEXT[s]);
      const m = ctx.matches[i];
      if (isMatch(m)) {
        for (const n of m.notes) {
          if (n.kind === "et-al-under-four") {
            fixes.push(`this work has ${n.count === 1 ? "one author" : `${n.count} authors`}: Cite Them Right names up to three authors and uses "et al." only for four or more`);
          }
        }
      }
      if (fixes.length === 0) return;
      report("slips", { citation: c.text, fixes: fixes.join("; ") }, { ...(c.ac ? { ac: c.ac } : {}), paragraph: c.paragraph, citation: citationKey(c) });
    });
  },
});

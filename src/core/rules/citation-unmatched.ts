import type { ReferencingRule } from "../../harvard/context";
import { citationKey, citationLabel, referenceLabel } from "../../harvard/describe";
import { isMatch } from "../../harvard/match";
import { fold } from "../../harvard/text";
import type { Problem } from "../report";

/**
 * Every work cited in the text has an entry in the reference list. One error per
 * work and section, so a work cited five times in one answer is one thing to fix.
 */
export const citationUnmatched: ReferencingRule = {
  id: "citation-unmatched",
  description: "Every citation in the text has an entry in the reference list.",
  check(ctx) {
    const groups = new Map<string, { first: number; count: number }>();
    ctx.citations.forEach((c, i) => {
      if (isMatch(ctx.matches[i])) return;
      const key = `${c.ac ?? ""}|${fold(c.authors[0] ?? "")}|${c.year.text}`;
      const g = groups.get(key);
      if (g) g.count++;
      else groups.set(key, { first: i, count: 1 });
    });
    const problems: Problem[] = [];
    for (const { first, count } of groups.values()) {
      const c = ctx.citations[first];
      const m = ctx.matches[first];
      let message = `${citationLabel(c)} is cited but not in your reference list.`;
      if (!ctx.hasReferenceList) {
        message += ' There is no reference list yet: add one under a heading "References".';
      } else if (!isMatch(m) && m.nearest !== undefined) {
        const near = referenceLabel(ctx.references[m.nearest]);
        message +=
          m.nearestKind === "other-year"
            ? ` The list has ${near}: check which year is right.`
            : ` The nearest entry is ${near}: check the spelling of the name.`;
      } else {
        message += " Add its full reference under References, or check the author and year.";
      }
      if (count > 1) message += ` (Cited ${count} times here.)`;
      problems.push({
        code: "citation-unmatched",
        severity: "error",
        ...(c.ac ? { ac: c.ac } : {}),
        message,
        paragraph: c.paragraph,
        citation: citationKey(c),
      });
    }
    return problems;
  },
};

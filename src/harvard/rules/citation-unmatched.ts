import { defineRule } from "../../model/rule";
import { foldForNameMatch } from "../../shared/text/fold";
import type { ReferencingContext } from "../context";
import { citationKey, citationLabel, referenceLabel } from "../describe";
import { isMatch } from "../match";

/**
 * Every work cited in the text has an entry in the reference list. One error per
 * work and section, so a work cited five times in one answer is one thing to fix.
 */
export const citationUnmatched = defineRule({
  id: "citation-unmatched",
  severity: "error",
  description: "Every citation in the text has an entry in the reference list.",
  fix: "Add this source to your reference list, or correct the name or year so they match.",
  messages: {
    noList: '{{citation}} is cited but not in your reference list. There is no reference list yet: add one under a heading "References".{{repeated}}',
    otherYear: "{{citation}} is cited but not in your reference list. The list has {{near}}: check which year is right.{{repeated}}",
    nearName: "{{citation}} is cited but not in your reference list. The nearest entry is {{near}}: check the spelling of the name.{{repeated}}",
    notListed: "{{citation}} is cited but not in your reference list. Add its full reference under References, or check the author and year.{{repeated}}",
  },
  check(ctx: ReferencingContext, report) {
    const groups = new Map<string, { first: number; count: number }>();
    ctx.citations.forEach((c, i) => {
      if (isMatch(ctx.matches[i])) return;
      const key = `${c.ac ?? ""}|${foldForNameMatch(c.authors[0] ?? "")}|${c.year.text}`;
      const g = groups.get(key);
      if (g) g.count++;
      else groups.set(key, { first: i, count: 1 });
    });
    for (const { first, count } of groups.values()) {
      const c = ctx.citations[first]!;
      const m = ctx.matches[first]!;
      const data = { citation: citationLabel(c), repeated: count > 1 ? ` (Cited ${count} times here.)` : "" };
      const place = { ...(c.ac ? { ac: c.ac } : {}), paragraph: c.paragraph, citation: citationKey(c) };
      if (!ctx.hasReferenceList) {
        report("noList", data, place);
      } else if (!isMatch(m) && m.nearest !== undefined) {
        const entry = ctx.references[m.nearest]!;
        const near = referenceLabel(entry);
        report(m.nearestKind === "other-year" ? "otherYear" : "nearName", { ...data, near }, {
          ...place,
          related: { paragraph: entry.paragraph, label: `the entry for ${near}` },
        });
      } else {
        report("notListed", data, place);
      }
    }
  },
});

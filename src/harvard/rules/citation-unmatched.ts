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
  fix: {
    noList: 'Add a heading "References" at the end and list the source under it, or build the list on the References tab.',
    otherYear: "Check which year is right, and make the citation and the list agree.",
    nearName: "Check the spelling of the name, and make the citation and the list agree.",
    notListed: "Add its full reference under References, or correct the author or year in the citation.",
  },
  messages: {
    noList: "{{citation}} is cited, but your draft has no reference list yet.{{repeated}}",
    otherYear: "{{citation}} is cited, but your reference list has it only as {{near}}.{{repeated}}",
    nearName: "{{citation}} is cited, but your reference list has no such entry; the nearest is {{near}}.{{repeated}}",
    notListed: "{{citation}} is cited, but your reference list has no entry for it.{{repeated}}",
  },
  check(ctx: ReferencingContext, report) {
    const groups = new Map<string, { first: number; count: number }>();
    ctx.citations.forEach((c, i) => {
      if (isMatch(ctx.matches[i])) return;
      // What stands for "no AC" or "no author" is one fixed string either way (equivalent mutants, issue 14).
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

import { defineRule } from "../../model/rule";
import type { CheckContext } from "../context";

/**
 * Parts this version of Word does not let the add-in read (footnotes and endnotes before
 * WordApi 1.5): they may hold words and citations, so it is said once as a note, not a finding.
 */
export const contentUnreachable = defineRule({
  id: "content-unreachable",
  severity: "info",
  description: "Parts of the document this version of Word does not let the add-in read are named, as their words are not counted.",
  fix: "Check those parts yourself, or check the draft in a newer Word or with ilm-check.",
  messages: {
    mayNotBeRead:
      "This version of Word does not let the add-in read {{what}}: any words in them are not counted and their citations are not checked.",
  },
  check(ctx: CheckContext, report) {
    const seen = new Set<string>();
    for (const u of ctx.doc.unread ?? []) {
      if (!u.possibly || seen.has(u.what)) continue;
      seen.add(u.what);
      report("mayNotBeRead", { what: u.what }, { paragraph: u.paragraph });
    }
  },
});

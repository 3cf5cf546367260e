import { defineRule } from "../../model/rule";
import type { CheckContext } from "../context";

/**
 * What the file holds but could not be read (an embedded RTF document in a .docx) is said
 * plainly, once per kind, so nobody takes a short count or a missing citation at face value.
 * What this Word may simply not show the add-in is content-unreachable's note.
 */
export const contentNotRead = defineRule({
  id: "content-not-read",
  severity: "warning",
  description: "Everything in the document could be read; anything that could not is named, as its words are not counted.",
  fix: "Check that part of the document yourself, or save it as ordinary text in the draft so it can be checked.",
  messages: {
    notRead: "This document holds {{what}}, which could not be read: its words are not counted and its citations are not checked.",
  },
  check(ctx: CheckContext, report) {
    const seen = new Set<string>();
    for (const u of ctx.doc.unread ?? []) {
      if (u.possibly || seen.has(u.what)) continue;
      seen.add(u.what);
      report("notRead", { what: u.what }, { paragraph: u.paragraph });
    }
  },
});

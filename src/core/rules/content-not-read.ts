import type { Problem } from "../report";
import type { Rule } from "./types";

/**
 * What a host could not read (an embedded RTF document in a .docx; footnotes
 * or text boxes where Word's API does not reach them) is said plainly, once
 * per kind, so nobody takes a short count or a missing citation at face value.
 */
export const contentNotRead: Rule = {
  id: "content-not-read",
  description: "Everything in the document could be read; anything that could not is named, as its words are not counted.",
  check(ctx) {
    const seen = new Set<string>();
    const problems: Problem[] = [];
    for (const u of ctx.doc.unread ?? []) {
      if (seen.has(u.what)) continue;
      seen.add(u.what);
      const problem: Problem = u.possibly
        ? {
            code: "content-not-read",
            severity: "info",
            message: `This version of Word does not let the add-in read ${u.what}: any words in them are not counted and their citations are not checked.`,
          }
        : {
            code: "content-not-read",
            severity: "warning",
            message: `This document holds ${u.what}, which could not be read: its words are not counted and its citations are not checked.`,
          };
      if (u.paragraph !== undefined) problem.paragraph = u.paragraph;
      problems.push(problem);
    }
    return problems;
  },
};

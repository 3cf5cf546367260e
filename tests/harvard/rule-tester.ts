/** The shared RuleTester (tests/rule-tester.ts) over the referencing rules' context. */
import { makeRuleTester, type ValidCase } from "../rule-tester";
import { context } from "./helpers";

export type { ExpectedProblem, InvalidCase, ValidCase } from "../rule-tester";

const tester = makeRuleTester({
  context: (c: ValidCase) => context(c.doc, c.unit ?? null, c.edition),
  // Referencing messages may open or close with a bracketed citation.
  messageShape: /^[A-Z“"(].*[.)]$/s,
  sortByParagraph: false,
});

export const ruleTester = { run: tester.run };
export const runRule = tester.runRule;

/** The shared RuleTester (tests/rule-tester.ts) over the coverage rules' CheckContext. */
import { buildContext } from "../../src/core/context";
import { makeRuleTester, type ValidCase } from "../rule-tester";
import { draft } from "./draft";
import { MARKED } from "./fixtures";

export type { ExpectedProblem, InvalidCase, ValidCase } from "../rule-tester";

const tester = makeRuleTester({
  context: (c: ValidCase) => buildContext(draft(c.doc), c.unit === undefined ? MARKED : c.unit),
  // One sentence a learner reads: starts with a capital, ends with a full stop.
  messageShape: /^[A-Z“"].*[.]$/s,
  sortByParagraph: true,
});

export const ruleTester = { run: tester.run };
export const runRule = tester.runRule;

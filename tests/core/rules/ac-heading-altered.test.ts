import { acHeadingAltered } from "../../../src/core/rules/ac-heading-altered";
import { ruleTester } from "../rule-tester";
import { MARKED, ac, completeMarked, filler } from "../fixtures";

const W11 = MARKED.criteria[0]!.wording; // "Define what coaching and mentoring is within an organisational context"
const replace = (from: string, to: string) => completeMarked().map((l) => (l === from ? to : l));

ruleTester.run(acHeadingAltered, {
  valid: [
    { name: "exact wording as Heading 2", doc: completeMarked() },
    {
      name: "folding: case, spaces, curly quotes, dashes, trailing full stop, AC prefix",
      doc: [`## AC1.1:   ${W11.toUpperCase()}.`, filler(100), "**AC 1.2 - Evaluate how the organisational context affects coaching or mentoring**", filler(100)],
    },
    { name: "exact wording with the number left to Word's heading numbering", doc: [`## ${W11}`, filler(100)] },
    { name: "\"1.1.\" numbering (seed 002 style)", doc: [`## 1.1. ${W11}`, filler(100)] },
    {
      name: "the number alone in the first cell, the wording in the second",
      doc: [`| 1.1 | ${W11} | ${filler(100)} |`],
    },
    {
      name: "the add-in's tagged heading without its number",
      doc: [{ text: W11, headingLevel: 2, tags: ["ilm:heading:1.1"] }, filler(100)],
    },
  ],
  invalid: [
    {
      name: "words missing",
      doc: replace(`## ${ac(MARKED, "1.1")}`, "## 1.1 Define what coaching and mentoring is"),
      problems: [
        { messageId: "altered", ac: "1.1", paragraph: 4, data: { ac: "1.1", difference: "words missing: “within an organisational context”" } },
      ],
    },
    {
      name: "words changed",
      doc: replace(`## ${ac(MARKED, "2.2")}`, "## 2.2 Analyse why mentors need effective communication skills"),
      problems: [
        { messageId: "altered", ac: "2.2", paragraph: 11, data: { ac: "2.2", difference: "words missing: “coaches require”; words added: “mentors need”" } },
      ],
    },
    {
      name: "a bold side-heading shortened by the learner",
      doc: ["**1.1 Coaching and mentoring**", filler(100)],
      problems: [
        { messageId: "altered", ac: "1.1", paragraph: 0, data: { ac: "1.1", difference: "words missing: “define what”, “is within an organisational context”" } },
      ],
    },
    {
      name: "a hyphen added inside a word is not folded away",
      doc: [`## 1.2 Evaluate how the organisational context affects coaching or mentoring`, filler(10), "## 2.1 Review the knowledge, skills and behaviours of an effective co-ach", filler(10)],
      problems: [
        { messageId: "altered", ac: "2.1", paragraph: 2, data: { ac: "2.1", difference: "words missing: “coach”; words added: “co-ach”" } },
      ],
    },
    {
      name: "the number alone, with nothing like the wording after it",
      doc: ["## 1.1", filler(100)],
      problems: [
        { messageId: "altered", ac: "1.1", paragraph: 0, data: { ac: "1.1", difference: "the wording of the criterion is missing" } },
      ],
    },
    {
      name: "every altered occurrence is reported",
      doc: ["## 1.1 Coaching", filler(10), "## 1.1 Mentoring", filler(10)],
      problems: [
        { messageId: "altered", ac: "1.1", paragraph: 0, data: { ac: "1.1", difference: "words missing: “define what”, “and mentoring is within an organisational context”" } },
        { messageId: "altered", ac: "1.1", paragraph: 2, data: { ac: "1.1", difference: "words missing: “define what coaching and”, “is within an organisational context”" } },
      ],
    },
  ],
});

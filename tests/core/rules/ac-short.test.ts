import { acShort, SHORT_WITHOUT_RANGE } from "../../../src/core/rules/ac-short";
import { ruleTester } from "../rule-tester";
import { MARKED, PLAIN, ac, filler } from "../fixtures";

// MARKED: range 1,000–2,000, marks 10/10/20/60: shares 1.1 [100, 200], 2.1 [200, 400], 2.2 [600, 1200].
// "Far fewer" is under 40% of the low end: 1.1 under 40 words, 2.2 under 240.
ruleTester.run(acShort, {
  valid: [
    { name: "exactly 40% of the low end of the share", doc: [`## ${ac(MARKED, "1.1")}`, filler(40)] },
    { name: "a big AC at 240 words", doc: [`## ${ac(MARKED, "2.2")}`, filler(240)] },
    { name: "an empty section is ac-empty's business", doc: [`## ${ac(MARKED, "1.1")}`] },
    {
      name: "no range: at the documented default",
      unit: PLAIN,
      doc: [`## ${ac(PLAIN, "1.1")}`, filler(SHORT_WITHOUT_RANGE)],
    },
    {
      name: "words under two side-headings for one AC are added up",
      doc: [`## ${ac(MARKED, "1.1")}`, filler(20), `## ${ac(MARKED, "1.1")}`, filler(20)],
    },
  ],
  invalid: [
    {
      name: "a small AC at 39 words",
      doc: [`## ${ac(MARKED, "1.1")}`, filler(39)],
      problems: [
        { messageId: "belowShare", ac: "1.1", paragraph: 0, data: { ac: "1.1", words: "39", low: "100", high: "200" } },
      ],
    },
    {
      name: "shares follow the marks: 239 words is short for the 60-mark AC but not for a 10-mark one",
      doc: [`## ${ac(MARKED, "1.2")}`, filler(239), `## ${ac(MARKED, "2.2")}`, filler(239)],
      problems: [
        { messageId: "belowShare", ac: "2.2", paragraph: 2, data: { ac: "2.2", words: "239", low: "600", high: "1,200" } },
      ],
    },
    {
      name: "guidance words do not count towards the answer",
      doc: [`## ${ac(MARKED, "1.1")}`, `{${filler(100)}}`, filler(10)],
      problems: [
        { messageId: "belowShare", ac: "1.1", paragraph: 0, data: { ac: "1.1", words: "10", low: "100", high: "200" } },
      ],
    },
    {
      name: "no range: under the default",
      unit: PLAIN,
      doc: [`## ${ac(PLAIN, "2.1")}`, filler(SHORT_WITHOUT_RANGE - 1)],
      problems: [
        { messageId: "veryShort", ac: "2.1", paragraph: 0, data: { ac: "2.1", words: "49" } },
      ],
    },
  ],
});

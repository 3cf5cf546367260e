import { wordCountOutOfRange } from "../../../src/core/rules/word-count-out-of-range";
import { ruleTester } from "../rule-tester";
import { MARKED, PLAIN, ac, completeMarked, filler } from "../fixtures";

// MARKED's range is 1,000–2,000 answer words.
const answers = (n: number) => [`## ${ac(MARKED, "1.1")}`, filler(n)];

ruleTester.run(wordCountOutOfRange, {
  valid: [
    { name: "inside the range", doc: completeMarked() },
    { name: "exactly the low end", doc: answers(1000) },
    { name: "exactly the high end", doc: answers(2000) },
    { name: "no range for the unit", unit: PLAIN, doc: [filler(10)] },
    {
      name: "headings, title, cover, guidance, references and appendices are not counted",
      doc: [
        "title: A long title that has quite a few words in it",
        `cover: ${filler(500)}`,
        `## ${ac(MARKED, "1.1")}`,
        `guidance[1.1]: ${filler(500)}`,
        `{${filler(500)}}`,
        filler(1990),
        "## References",
        filler(500),
        "## Appendix 1",
        filler(500),
      ],
    },
  ],
  invalid: [
    { name: "one word short", doc: answers(999), problems: [
        { messageId: "below", paragraph: null, data: { words: "999", low: "1,000", high: "2,000" } },
      ] },
    { name: "one word over", doc: answers(2001), problems: [
        { messageId: "above", paragraph: null, data: { words: "2,001", low: "1,000", high: "2,000" } },
      ] },
    {
      name: "introduction and conclusion count",
      doc: ["# Introduction", filler(600), ...answers(800), "# Conclusion", filler(601)],
      problems: [
        { messageId: "above", paragraph: null, data: { words: "2,001", low: "1,000", high: "2,000" } },
      ],
    },
    {
      name: "text before the first heading counts",
      doc: [filler(100), ...answers(1901)],
      problems: [
        { messageId: "above", paragraph: null, data: { words: "2,001", low: "1,000", high: "2,000" } },
      ],
    },
  ],
});

import { guidanceLeftIn } from "../../../src/core/rules/guidance-left-in";
import { ruleTester } from "../rule-tester";
import { MARKED, ac, completeMarked, filler } from "../fixtures";

ruleTester.run(guidanceLeftIn, {
  valid: [
    { name: "no guidance", doc: completeMarked() },
    { name: "braces inside a sentence are the learner's", doc: [`## ${ac(MARKED, "1.1")}`, "I used the {GROW} model with two coachees."] },
    { name: "two braced notes with words between them", doc: [`## ${ac(MARKED, "1.1")}`, "{a} my own words {b}"] },
    {
      name: "an opening brace never closed before the next heading",
      doc: [`## ${ac(MARKED, "1.1")}`, "{ this starts like guidance", filler(20), `## ${ac(MARKED, "1.2")}`, "but ends } here"],
    },
    {
      name: "the add-in's empty guidance control (the learner deleted the text)",
      doc: [`## ${ac(MARKED, "1.1")}`, "guidance[1.1]: ", filler(20)],
    },
    {
      name: "a braced placeholder under References is the reference list's business, not guidance in an answer",
      doc: [`## ${ac(MARKED, "1.1")}`, filler(20), "# References", "{Author, A. (Year) Title. Place: Publisher.}"],
    },
    {
      name: "a braced placeholder under a Bibliography heading likewise",
      doc: [`## ${ac(MARKED, "1.1")}`, filler(20), "# Bibliography", "{Author, A. (Year) Title. Place: Publisher.}"],
    },
    {
      name: "braced text in an appendix (a copied form) is not an answer",
      doc: [`## ${ac(MARKED, "1.1")}`, filler(20), "# Appendix A", "{Coachee name}"],
    },
  ],
  invalid: [
    {
      name: "a {curly} note left under an AC",
      doc: [`## ${ac(MARKED, "1.1")}`, "{Discuss what the theory says.}", filler(50)],
      problems: [
        { messageId: "inAnswer", ac: "1.1", paragraph: 1, data: { ac: "1.1" } },
      ],
    },
    {
      name: "a {curly} note spread over three paragraphs is one problem",
      doc: [`## ${ac(MARKED, "1.2")}`, "{Identify and review the context.", "For example:", "culture and conditions.}", filler(50)],
      problems: [
        { messageId: "inAnswer", ac: "1.2", paragraph: 1, data: { ac: "1.2" } },
      ],
    },
    {
      name: "the add-in's guidance block",
      doc: [`## ${ac(MARKED, "2.1")}`, "guidance[2.1]: Review means making a judgement.", filler(50)],
      problems: [
        { messageId: "inAnswer", ac: "2.1", paragraph: 1, data: { ac: "2.1" } },
      ],
    },
    {
      name: "guidance in the introduction has no AC",
      doc: ["# Introduction", "guidance[intro]: Briefly outline your organisation.", filler(30), `## ${ac(MARKED, "1.1")}`, filler(20)],
      problems: [
        { messageId: "inDraft", paragraph: 1 },
      ],
    },
    {
      name: "the add-in's block for AC 1.2 moved into the introduction still names AC 1.2",
      doc: ["# Introduction", "guidance[1.2]: Evaluate means weighing up.", filler(30), `## ${ac(MARKED, "1.1")}`, filler(20)],
      problems: [
        { messageId: "inAnswer", ac: "1.2", paragraph: 1, data: { ac: "1.2" } },
      ],
    },
    {
      name: "a block whose tag names an AC this unit does not have names none",
      doc: ["# Introduction", "guidance[4.7]: Left from another unit's template.", filler(30), `## ${ac(MARKED, "1.1")}`, filler(20)],
      problems: [
        { messageId: "inDraft", paragraph: 1 },
      ],
    },
    {
      name: "one problem per section",
      doc: [`## ${ac(MARKED, "1.1")}`, "{one}", "{two}", filler(5), `## ${ac(MARKED, "1.2")}`, filler(5), "{three}"],
      problems: [
        { messageId: "inAnswer", ac: "1.1", paragraph: 1, data: { ac: "1.1" } },
        { messageId: "inAnswer", ac: "1.2", paragraph: 6, data: { ac: "1.2" } },
      ],
    },
  ],
});

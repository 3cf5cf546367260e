import { acEmpty } from "../../../src/core/rules/ac-empty";
import { ruleTester } from "../rule-tester";
import { MARKED, ac, completeMarked, filler } from "../fixtures";

ruleTester.run(acEmpty, {
  valid: [
    { name: "every side-heading has an answer", doc: completeMarked() },
    { name: "one word is an answer (ac-short judges length)", doc: [`## ${ac(MARKED, "1.1")}`, "Yes."] },
    { name: "a missing AC is not empty (ac-missing says so)", doc: [`## ${ac(MARKED, "1.1")}`, filler(20)] },
    {
      name: "answer text under a subheading inside the section",
      doc: [`## ${ac(MARKED, "1.1")}`, "### Similarities", filler(20)],
    },
    {
      name: "answer split over two side-headings for the same AC",
      doc: [`## ${ac(MARKED, "1.1")}`, `## ${ac(MARKED, "1.1")}`, filler(20)],
    },
  ],
  invalid: [
    {
      name: "heading followed at once by the next heading",
      doc: [`## ${ac(MARKED, "1.1")}`, `## ${ac(MARKED, "1.2")}`, filler(50)],
      problems: [
        { messageId: "empty", ac: "1.1", paragraph: 0, data: { ac: "1.1" } },
      ],
    },
    {
      name: "only the add-in's guidance and a {braced} note under the heading",
      doc: [`## ${ac(MARKED, "1.1")}`, "guidance[1.1]: Define both terms and compare them.", "{Give at least two similarities.}", "# Conclusion", filler(40)],
      problems: [
        { messageId: "empty", ac: "1.1", paragraph: 0, data: { ac: "1.1" } },
      ],
    },
    {
      name: "bold side-heading with only empty paragraphs and punctuation after it",
      doc: [`**${ac(MARKED, "2.1")}**`, "", " – ", `**${ac(MARKED, "2.2")}**`, filler(10)],
      problems: [
        { messageId: "empty", ac: "2.1", paragraph: 0, data: { ac: "2.1" } },
      ],
    },
    {
      name: "last section runs into the reference list",
      doc: [`## ${ac(MARKED, "2.2")}`, "## References", "Starr, J. (2016) The coaching manual. Harlow: Pearson."],
      problems: [
        { messageId: "empty", ac: "2.2", paragraph: 0, data: { ac: "2.2" } },
      ],
    },
    {
      name: "a table row with an empty answer cell",
      doc: [`| ${ac(MARKED, "1.1")} | ${filler(30)} |`, `| ${ac(MARKED, "1.2")} |  |`],
      problems: [
        { messageId: "empty", ac: "1.2", paragraph: 2, data: { ac: "1.2" } },
      ],
    },
  ],
});

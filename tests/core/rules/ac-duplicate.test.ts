import { acDuplicate } from "../../../src/core/rules/ac-duplicate";
import { ruleTester } from "../rule-tester";
import { MARKED, ac, completeMarked, filler } from "../fixtures";

ruleTester.run(acDuplicate, {
  valid: [
    { name: "one heading per AC", doc: completeMarked() },
    {
      name: "the AC number repeated in running text is not a heading",
      doc: [`## ${ac(MARKED, "1.1")}`, `As I said under ${ac(MARKED, "1.1")}, this matters.`, `1.1 ${filler(40)}`],
    },
    {
      name: "the same AC in a per-section reference list's numbering is not a heading",
      doc: [`## ${ac(MARKED, "1.1")}`, filler(20), "**References**", "1.1 Starr, J. (2016) The coaching manual."],
    },
  ],
  invalid: [
    {
      name: "same heading twice",
      doc: [`## ${ac(MARKED, "1.1")}`, filler(20), `## ${ac(MARKED, "1.2")}`, filler(20), `## ${ac(MARKED, "1.1")}`, filler(20)],
      problems: [
        { messageId: "second", ac: "1.1", paragraph: 4, related: 0, relatedLabel: "the first side-heading for AC 1.1", data: { ac: "1.1" } },
      ],
    },
    {
      name: "three times, in different forms",
      doc: [`## ${ac(MARKED, "2.1")}`, filler(20), `**AC ${ac(MARKED, "2.1")}**`, filler(5), `| ${ac(MARKED, "2.1")} | ${filler(5)} |`],
      problems: [
        { messageId: "second", ac: "2.1", paragraph: 2, related: 0, data: { ac: "2.1" } },
        { messageId: "second", ac: "2.1", paragraph: 4, related: 0, data: { ac: "2.1" } },
      ],
    },
  ],
});

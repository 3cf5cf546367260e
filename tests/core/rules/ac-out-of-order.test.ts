import { acOutOfOrder } from "../../../src/core/rules/ac-out-of-order";
import { ruleTester } from "../rule-tester";
import { MARKED, ac, completeMarked, filler } from "../fixtures";

const sections = (...ids: string[]) => ids.flatMap((id) => [`## ${ac(MARKED, id)}`, filler(20)]);

ruleTester.run(acOutOfOrder, {
  valid: [
    { name: "unit order", doc: completeMarked() },
    { name: "gaps are not disorder", doc: sections("1.1", "2.2") },
    { name: "a duplicate later on is ac-duplicate's business", doc: sections("1.1", "1.2", "2.1", "1.1") },
  ],
  invalid: [
    {
      name: "two sections swapped: one is reported",
      doc: sections("1.1", "2.1", "1.2", "2.2"),
      problems: [
        { messageId: "between", ac: "2.1", paragraph: 2, data: { ac: "2.1", after: "1.2", before: "2.2" } },
      ],
    },
    {
      name: "one section moved to the end: only that one, not the three it jumped",
      doc: sections("1.2", "2.1", "2.2", "1.1"),
      problems: [
        { messageId: "before", ac: "1.1", paragraph: 6, data: { ac: "1.1", before: "1.2" } },
      ],
    },
    {
      name: "reversed: all but one",
      doc: sections("2.2", "2.1", "1.2", "1.1"),
      problems: [
        { messageId: "after", ac: "2.2", paragraph: 0, data: { ac: "2.2", after: "1.1" } },
        { messageId: "after", ac: "2.1", paragraph: 2, data: { ac: "2.1", after: "1.1" } },
        { messageId: "after", ac: "1.2", paragraph: 4, data: { ac: "1.2", after: "1.1" } },
      ],
    },
    {
      name: "bold headings in a table-free draft",
      doc: [`**${ac(MARKED, "1.2")}**`, filler(20), `**${ac(MARKED, "1.1")}**`, filler(20), `**${ac(MARKED, "2.1")}**`, filler(5)],
      problems: [
        { messageId: "between", ac: "1.2", paragraph: 0, data: { ac: "1.2", after: "1.1", before: "2.1" } },
      ],
    },
  ],
});

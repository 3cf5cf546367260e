import { acOutOfOrder, longestIncreasing } from "../../../src/core/rules/ac-out-of-order";
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
      problems: [{ ac: "2.1", paragraph: 2, message: "after AC 1.2 and before AC 2.2" }],
    },
    {
      name: "one section moved to the end: only that one, not the three it jumped",
      doc: sections("1.2", "2.1", "2.2", "1.1"),
      problems: [{ ac: "1.1", paragraph: 6, message: "before AC 1.2" }],
    },
    {
      name: "reversed: all but one",
      doc: sections("2.2", "2.1", "1.2", "1.1"),
      problems: [{ ac: "2.2" }, { ac: "2.1" }, { ac: "1.2" }],
    },
    {
      name: "bold headings in a table-free draft",
      doc: [`**${ac(MARKED, "1.2")}**`, filler(20), `**${ac(MARKED, "1.1")}**`, filler(20), `**${ac(MARKED, "2.1")}**`, filler(5)],
      problems: [{ ac: "1.2", paragraph: 0, message: "after AC 1.1" }],
    },
  ],
});

describe("longestIncreasing", () => {
  it.each([
    [[], 0],
    [[0, 1, 2, 3], 4],
    [[3, 2, 1, 0], 1],
    [[0, 2, 1, 3], 3],
    [[1, 2, 3, 0], 3],
    [[5, 0, 6, 1, 7, 2, 3], 4],
  ])("%j keeps %i", (seq, length) => {
    const keep = longestIncreasing(seq);
    expect(keep.size).toBe(length);
    const kept = [...keep].sort((a, b) => a - b).map((i) => seq[i]!);
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
  });
});

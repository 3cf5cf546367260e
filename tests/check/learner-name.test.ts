/** The learner's name from the cover sheet (ilm-check --csv's "Learner name"). */
import { learnerName } from "../../src/check/learner-name";
import { makeParagraph, type DocParagraph, type DraftDocument } from "../../src/model/document";

describe("the learner's name from the cover sheet", () => {
  type P = Partial<DocParagraph> & { text: string };
  const doc = (ps: P[]): DraftDocument => ({ paragraphs: ps.map((p, index) => makeParagraph({ ...p, index })) });
  const heading: P = { text: "1.1 Explain the purpose of coaching", headingLevel: 2 };
  const sections = (index: number) => ({ sections: [{ paragraphs: [index] }] }) as never;
  const cover = (text: string): P => ({ text, role: "cover", tags: ["ilm:cover"] });
  const cell = (text: string, row: number, c: number): P => ({ text, table: { table: 0, row, cell: c } });

  test.each<[string, P[], string | null]>([
    ["the template's line, filled in", [cover("Learner name: Jo Bloggs"), heading], "Jo Bloggs"],
    ["the template's line, empty", [cover("Learner name:"), heading], null],
    ["a centre's placeholder", [cover("Learner name: [Learner name]"), heading], null],
    ["a line to write on", [cover("Name: ____________"), heading], null],
    ["Word's placeholder", [cover("Learner name: Click or tap here to enter text."), heading], null],
    ["a centre's table", [cell("Learner name", 0, 0), cell("Sam Patel", 0, 1), cell("Centre", 1, 0), cell("North College", 1, 1), heading], "Sam Patel"],
    ["a centre's table, not filled in", [cell("Learner name:", 0, 0), cell("", 0, 1), heading], null],
    ["a label line of the learner's own, before the answers", [{ text: "Title page" }, { text: "Name: Priya Shah" }, heading], "Priya Shah"],
    ["another field after a tab", [{ text: "Learner's name:\tPriya Shah\tDate: 3 March 2025" }, heading], "Priya Shah"],
    ["not a name: the learner number, the signature", [{ text: "Learner number: 12345" }, { text: "Learner signature: P. Shah" }, heading], null],
    ["not in the answers", [heading, { text: "Name: Covey's habit 2" }], null],
  ])("%s", (_label, paragraphs, expected) => {
    const d = doc(paragraphs);
    const headingAt = d.paragraphs.findIndex((p) => p.text === heading.text);
    expect(learnerName(d, sections(headingAt))).toBe(expected);
  });
});

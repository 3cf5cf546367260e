/**
 * The message that tells a learner where a missing section goes, and the write that puts it
 * there, agree: "put it back before AC 2.2" names the nearest AC after it (in unit order) that the
 * draft has, else "after AC 1.4" the nearest before it, else neither; "go to" lands on that
 * side-heading; and Insert missing sections puts the section in exactly that place. The audit
 * broke the message's choice of neighbour and no test noticed: these compute the neighbour
 * independently, from the unit's own order and the ACs left out.
 */
import { analyse } from "../../src/check/analyse";
import { insertMissingSections } from "../../src/word/insert-missing";
import { readDocument } from "../../src/word/read-document";
import { snapshot } from "../../src/word-memory/memory-word";
import type { MemoryParagraphSpec } from "../../src/word-memory/memory-word";
import { acHeadings, learnerText, setup, templateDraft, unit } from "./helpers";

const U = unit("8580-500");
const IDS = U.criteria.map((c) => c.id);
const OPTS = { guidance: true, coverSheet: true, lockHeadings: true };

const answers = (ac: string): MemoryParagraphSpec[] => [{ text: `${ac}: ${learnerText(IDS.indexOf(ac))}` }];

/** The place the message must name, worked out from the unit's order alone. */
function expectedPlace(ac: string, skip: Set<string>): { where: "before" | "after" | "alone"; neighbour?: string } {
  const k = IDS.indexOf(ac);
  const next = IDS.slice(k + 1).find((id) => !skip.has(id));
  if (next) return { where: "before", neighbour: next };
  const previous = IDS.slice(0, k).reverse().find((id) => !skip.has(id));
  if (previous) return { where: "after", neighbour: previous };
  return { where: "alone" };
}

const CASES: [name: string, skip: string[]][] = [
  ["the first AC", [IDS[0]!]],
  ["two in a row in the middle (the next present AC is two on)", [IDS[1]!, IDS[2]!]],
  ["the last AC", [IDS[IDS.length - 1]!]],
  ["the last two (the previous present AC is two back)", IDS.slice(-2)],
  ["every AC but the first", IDS.slice(1)],
  ["every AC but the last", IDS.slice(0, -1)],
  ["alternate ACs", IDS.filter((_, i) => i % 2 === 0)],
];

describe("where a missing section goes", () => {
  test("the table of cases is not empty and the unit has enough ACs for them", () => {
    expect(CASES.length).toBeGreaterThan(5);
    expect(IDS.length).toBeGreaterThan(5);
  });

  test.each(CASES)("%s: the message names the nearest AC present, go-to lands there, and the section goes there", async (_name, skipList) => {
    const skip = new Set(skipList);
    const { doc, word } = setup(templateDraft(U, { ...OPTS, skip, answer: answers }));
    const read = await readDocument(word);
    const report = analyse(read, { unit: U.id });
    const missing = report.problems.filter((p) => p.code === "ac-missing");
    expect(missing.map((p) => p.ac)).toEqual(skipList);

    const headingAt = (id: string) => read.paragraphs.findIndex((p) => p.text === `${id} ${U.criteria.find((c) => c.id === id)!.wording}`);
    for (const p of missing) {
      const want = expectedPlace(p.ac!, skip);
      expect([p.ac, p.messageId]).toEqual([p.ac, want.where]);
      if (want.where === "before") {
        expect([p.ac, p.data.next, p.fix]).toEqual([p.ac, want.neighbour, expect.stringContaining(`before AC ${want.neighbour},`)]);
        // "Go to" takes the learner to the side-heading the message names.
        expect(p.paragraph).toBe(headingAt(want.neighbour!));
        expect(p.paragraph).toBeGreaterThanOrEqual(0);
      } else if (want.where === "after") {
        expect([p.ac, p.data.previous, p.fix]).toEqual([p.ac, want.neighbour, expect.stringContaining(`after AC ${want.neighbour},`)]);
        expect(p.paragraph).toBeUndefined();
      } else {
        expect(p.fix).not.toMatch(/before AC|after AC/);
      }
    }

    // The write puts each section where its message said: between the neighbours, in unit order.
    const result = await insertMissingSections(word, U, { guidance: true, lockHeadings: true });
    expect(result.inserted).toEqual(skipList);
    expect(acHeadings(doc)).toEqual(U.criteria.map((c) => `${c.id} ${c.wording}`));
    const after = snapshot(doc);
    const at = (id: string) => after.findIndex((p) => p.tags.includes(`ilm:heading:${id}`));
    for (const p of missing) {
      const want = expectedPlace(p.ac!, skip);
      if (want.where === "before") expect(at(p.ac!)).toBeLessThan(at(want.neighbour!));
      if (want.where === "after") expect(at(p.ac!)).toBeGreaterThan(at(want.neighbour!));
    }
  });
});

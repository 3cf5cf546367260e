/**
 * "Insert missing sections" with the answers in one table, when the section's neighbour is in the
 * middle of it: the new section goes just outside the whole table (after its last row, or before
 * its first), never between rows, and the table is left as it was. Also: an outcome heading below
 * the next AC present is not where the sections above that AC go. Written against the mutants
 * StrykerJS found surviving in src/word/insert-missing.ts (issue 14).
 */
import { snapshot } from "../../src/word-memory/memory-word";
import type { MemoryParagraphSpec } from "../../src/word-memory/memory-word";
import { insertMissingSections } from "../../src/word/insert-missing";
import { answerTableRows, learnerText, setup, unit, uidsOf } from "./helpers";

const T = unit("8580-501");
const OFF = { guidance: false, lockHeadings: false };

const rows = (skip: readonly string[]): MemoryParagraphSpec[] => answerTableRows(T, skip);

/** The document's text after the write: the learner's paragraphs as they read, a new side-heading as its AC id, its answer as "+". */
async function written(spec: MemoryParagraphSpec[], u = T): Promise<{ texts: string[]; besideTable: string[] }> {
  const { doc, word } = setup(spec);
  const before = snapshot(doc);
  const uids = uidsOf(doc);
  const result = await insertMissingSections(word, u, OFF);
  const after = snapshot(doc);
  expect(after.filter((p) => uids.has(p.uid))).toEqual(before);
  // Nothing new is in the table.
  expect(after.filter((p) => !uids.has(p.uid) && p.table)).toEqual([]);
  const texts = after.map((p) => (uids.has(p.uid) ? p.text : (p.tags.find((t) => t.startsWith("ilm:heading:"))?.slice("ilm:heading:".length) ?? "+")));
  return { texts, besideTable: result.besideTable };
}

const texts = (spec: MemoryParagraphSpec[]) => spec.map((p) => p.text);

describe("insert missing sections: a neighbour in the middle of the learner's table", () => {
  const lastOf1 = T.criteria.filter((c) => c.outcome === "1").at(-1)!.id;
  const firstOf2 = T.criteria.find((c) => c.outcome === "2")!.id;
  const title: MemoryParagraphSpec = { text: "Assignment", style: "Title" };
  const closing: MemoryParagraphSpec[] = [{ text: "Reflections", style: "Heading1" }, { text: learnerText(3) }];

  test("outcome 1's last AC missing (its neighbour mid-table, after it none of its outcome): after the table's last row", async () => {
    const spec = [title, ...rows([lastOf1]), ...closing];
    expect(await written(spec)).toEqual({ texts: [...texts(spec.slice(0, -2)), lastOf1, "+", ...texts(closing)], besideTable: [lastOf1] });
  });

  test("outcome 1's last AC missing and the table ends the document: at the end", async () => {
    const spec = [title, ...rows([lastOf1])];
    expect(await written(spec)).toEqual({ texts: [...texts(spec), lastOf1, "+"], besideTable: [lastOf1] });
  });

  test("outcome 2's first AC missing (its neighbour mid-table): above the table's first row, after the title", async () => {
    const spec = [title, ...rows([firstOf2]), ...closing];
    expect(await written(spec)).toEqual({ texts: [title.text, firstOf2, "+", ...texts(spec.slice(1))], besideTable: [firstOf2] });
  });

  test("outcome 2's first AC missing and the table starts the document: at the start", async () => {
    const spec = [...rows([firstOf2]), ...closing];
    expect(await written(spec)).toEqual({ texts: [firstOf2, "+", ...texts(spec)], besideTable: [firstOf2] });
  });
});

describe("insert missing sections: an outcome heading further down", () => {
  test("outcome 1 wholly missing and a 'Task 2' heading only after outcome 3: the sections go just above 2.1, not above that heading", async () => {
    const U = unit("8580-500");
    const spec: MemoryParagraphSpec[] = [{ text: "Coaching and mentoring", style: "Title" }];
    for (const c of U.criteria.filter((x) => x.outcome !== "1")) spec.push({ text: `${c.id} ${c.wording}`, style: "Heading2" }, { text: `${c.id}: ${learnerText(1)}` });
    spec.push({ text: "Task 2: my reflective log", style: "Heading1" }, { text: learnerText(2) });
    const new1 = U.criteria.filter((c) => c.outcome === "1").flatMap((c) => [c.id, "+"]);
    expect((await written(spec, U)).texts).toEqual([spec[0]!.text, ...new1, ...texts(spec.slice(1))]);
  });
});

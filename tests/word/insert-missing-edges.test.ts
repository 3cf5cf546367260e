/**
 * "Insert missing sections" in drafts the learner structured themselves: the outcome headings it
 * recognises (and those it must not), a whole outcome missing with or without its heading, no AC
 * present at all (before the reference list, bibliography or appendices, else at the end), and
 * the exact place of every new section among the learner's own paragraphs. Written against the
 * mutants StrykerJS found surviving in src/word/insert-missing.ts (issue 14).
 */
import { snapshot } from "../../src/word-memory/memory-word";
import type { MemoryParagraphSpec } from "../../src/word-memory/memory-word";
import { insertMissingSections } from "../../src/word/insert-missing";
import { answerTableRows, learnerText, setup, templateDraft, unit, uidsOf } from "./helpers";

const U = unit("8580-500");
const heading = (id: string) => `${id} ${U.criteria.find((c) => c.id === id)!.wording}`;
const intro = (o: string) => `Outcome ${o} in my words: ${learnerText(0)}`;
const answerOf = (id: string) => `${id}: ${learnerText(1)}`;
const OFF = { guidance: false, lockHeadings: false };

/**
 * A draft with typed Heading 2 side-headings and an answer under each, the ACs in `skip` left out,
 * and before each outcome's ACs the heading `outcomes[o]` (Heading 1) and a paragraph of the
 * learner's, when given; then `tail`.
 */
function draft(outcomes: Record<string, string | MemoryParagraphSpec>, skip: readonly string[], tail: MemoryParagraphSpec[] = []): MemoryParagraphSpec[] {
  const spec: MemoryParagraphSpec[] = [{ text: "Coaching and mentoring in my organisation", style: "Title" }];
  for (const o of U.outcomes) {
    const h = outcomes[o.id];
    if (h !== undefined) spec.push(typeof h === "string" ? { text: h, style: "Heading1" } : h, { text: intro(o.id) });
    for (const c of U.criteria.filter((x) => x.outcome === o.id && !skip.includes(x.id))) {
      spec.push({ text: heading(c.id), style: "Heading2" }, { text: answerOf(c.id) });
    }
  }
  return [...spec, ...tail];
}

/** The document's text after the write, the new side-headings as "+2.1" and their answer paragraphs as "+". */
async function written(spec: MemoryParagraphSpec[]): Promise<string[]> {
  const { doc, word } = setup(spec);
  const before = snapshot(doc);
  const uids = uidsOf(doc);
  await insertMissingSections(word, U, OFF);
  const after = snapshot(doc);
  // Nothing of the learner's changed, and it is all still in its order.
  expect(after.filter((p) => uids.has(p.uid))).toEqual(before);
  return after.map((p) => {
    if (uids.has(p.uid)) return p.text;
    const tag = p.tags.find((t) => t.startsWith("ilm:heading:"));
    return tag ? `+${tag.slice("ilm:heading:".length)}` : "+";
  });
}

const OUTCOME_2 = U.criteria.filter((c) => c.outcome === "2").map((c) => c.id);
const NEW_2 = OUTCOME_2.flatMap((id) => [`+${id}`, "+"]);

describe("insert missing sections: the learner's own outcome headings", () => {
  const RECOGNISED: Array<[string]> = [
    ["Learning outcome 2: The knowledge, skills and behaviours of an effective coach"],
    ["LEARNING OUTCOME 2"],
    ["learning \t outcome 2"],
    ["Outcome 2"],
    ["Outcome2 skills"],
    ["LO2"],
    ["LO 2: skills"],
    ["Task 2"],
    ["task   2"],
    ["Section 2"],
    ["Part 2"],
    ["2 The skills of a coach"],
    ["  Task 2 (skills)"],
  ];
  test.each(RECOGNISED)("outcome 2 wholly missing under the heading %j: its ACs go under that heading, after the learner's paragraph there", async (h) => {
    const lo3 = "Learning outcome 3";
    expect(await written(draft({ "1": "Learning outcome 1", "2": h, "3": lo3 }, OUTCOME_2))).toEqual(
      draft({ "1": "Learning outcome 1", "2": h, "3": lo3 }, OUTCOME_2)
        .map((p) => p.text)
        .flatMap((t) => (t === intro("2") ? [t, ...NEW_2] : [t])),
    );
  });

  const NOT_OURS: Array<[string, string | MemoryParagraphSpec]> = [
    ["another number that starts with 2", "Task 21"],
    ["an AC-like number", "Task 2.5 notes"],
    ["a number followed by a letter", "Task 2b"],
    ["the number later in the line", "Before task 2"],
  ];
  test.each(NOT_OURS)("a heading that is not outcome 2's (%s): outcome 2's ACs go after outcome 1's last section, above it", async (_name, h) => {
    const spec = draft({ "1": "Learning outcome 1", "2": h }, OUTCOME_2);
    const last1 = answerOf(U.criteria.filter((c) => c.outcome === "1").at(-1)!.id);
    expect(await written(spec)).toEqual(spec.map((p) => p.text).flatMap((t) => (t === last1 ? [t, ...NEW_2] : [t])));
  });
});

describe("insert missing sections: no neighbour of the same outcome", () => {
  const OUTCOME_1 = U.criteria.filter((c) => c.outcome === "1").map((c) => c.id);
  const NEW_1 = OUTCOME_1.flatMap((id) => [`+${id}`, "+"]);

  test("outcome 1 wholly missing, no heading of its own: its ACs go above outcome 2's heading, not between it and 2.1", async () => {
    const spec = draft({ "2": "Learning outcome 2", "3": "Learning outcome 3" }, OUTCOME_1);
    expect(await written(spec)).toEqual(spec.map((p) => p.text).flatMap((t) => (t === "Learning outcome 2" ? [...NEW_1, t] : [t])));
  });

  test("outcome 1 wholly missing and no outcome headings: its ACs go just above 2.1", async () => {
    const spec = draft({}, OUTCOME_1);
    expect(await written(spec)).toEqual(spec.map((p) => p.text).flatMap((t) => (t === heading("2.1") ? [...NEW_1, t] : [t])));
  });
});

describe("insert missing sections: no side-heading in the draft yet", () => {
  const ALL = U.criteria.flatMap((c) => [`+${c.id}`, "+"]);
  const notes = [{ text: "My notes" }, { text: learnerText(2) }];

  test.each([
    ["a reference list", { text: "References", style: "Heading1" }],
    ["a bibliography", { text: "Bibliography", style: "Heading1" }],
    ["appendices", { text: "Appendix A: coaching log", style: "Heading1" }],
  ])("every section goes above %s, in unit order", async (_name, tailHeading) => {
    const spec = [...notes, tailHeading, { text: "Whitmore, J. (2009) Coaching for performance." }];
    expect(await written(spec)).toEqual([...notes.map((p) => p.text), ...ALL, tailHeading.text, "Whitmore, J. (2009) Coaching for performance."]);
  });

  test("with no reference list or appendix, every section goes at the end", async () => {
    expect(await written(notes)).toEqual([...notes.map((p) => p.text), ...ALL]);
  });

  test("a heading that is not a reference list is not one to go above", async () => {
    const spec = [...notes, { text: "Reflections", style: "Heading1" }, { text: learnerText(3) }];
    expect(await written(spec)).toEqual([...spec.map((p) => p.text), ...ALL]);
  });
});

describe("insert missing sections: answers kept in a table", () => {
  const T = unit("8580-501");
  const IDS = T.criteria.map((c) => c.id);
  const rows = (skip: readonly string[]): MemoryParagraphSpec[] => answerTableRows(T, skip);
  async function tableWrite(spec: MemoryParagraphSpec[]) {
    const { doc, word } = setup(spec);
    const uids = uidsOf(doc);
    const result = await insertMissingSections(word, T, OFF);
    const texts = snapshot(doc).map((p) => (uids.has(p.uid) ? p.text : p.tags.find((t) => t.startsWith("ilm:heading:"))?.slice("ilm:heading:".length) ?? "+"));
    return { result, texts };
  }

  test("the last AC missing and nothing after the table: it goes at the end of the document", async () => {
    const last = IDS.at(-1)!;
    const spec = [{ text: "Assignment", style: "Title" }, ...rows([last])];
    const { result, texts } = await tableWrite(spec);
    expect(result.besideTable).toEqual([last]);
    expect(texts).toEqual([...spec.map((p) => p.text), last, "+"]);
  });

  test("the last AC missing with the learner's heading after the table: it goes between the table and that heading", async () => {
    const last = IDS.at(-1)!;
    const spec = [{ text: "Assignment", style: "Title" }, ...rows([last]), { text: "My reflections", style: "Heading1" }, { text: learnerText(3) }];
    const { result, texts } = await tableWrite(spec);
    expect(result.besideTable).toEqual([last]);
    expect(texts).toEqual([...spec.slice(0, -2).map((p) => p.text), last, "+", ...spec.slice(-2).map((p) => p.text)]);
  });

  test("the first AC missing and the table first in the document: it goes at the start, above the table", async () => {
    const first = IDS[0]!;
    const spec = rows([first]);
    const { result, texts } = await tableWrite(spec);
    expect(result.besideTable).toEqual([first]);
    expect(texts).toEqual([first, "+", ...spec.map((p) => p.text)]);
  });
});

describe("insert missing sections: next to the add-in's own controls", () => {
  const TEMPLATE = { guidance: true, coverSheet: false, lockHeadings: true };

  test("an AC not answered yet, its guidance still there: the next section goes after that guidance's control, not inside it", async () => {
    const { doc, word } = setup(templateDraft(U, { ...TEMPLATE, skip: ["1.5"], answer: () => [] }));
    const uids = uidsOf(doc);
    const before = snapshot(doc);
    await insertMissingSections(word, U, { guidance: true, lockHeadings: true });
    const after = snapshot(doc);
    expect(after.filter((p) => uids.has(p.uid))).toEqual(before);
    const at = after.findIndex((p) => p.tags.includes("ilm:heading:1.5"));
    // Just after 1.4's guidance, in a control of its own (the heading's), not in 1.4's guidance.
    expect(after[at - 1]!.tags).toEqual(["ilm:guidance:1.4"]);
    expect(after[at]!.tags).toEqual(["ilm:heading:1.5"]);
    expect(after[at + 1]!.tags).toEqual(["ilm:guidance:1.5"]);
    expect(doc.allControls().filter((c) => c.tag === "ilm:guidance:1.4")).toHaveLength(1);
  });

  test("the first AC missing from a template draft: it goes before 1.2's locked heading control, not inside it", async () => {
    const { doc, word } = setup(templateDraft(U, { ...TEMPLATE, skip: ["1.1"], answer: () => [] }));
    await insertMissingSections(word, U, { guidance: false, lockHeadings: true });
    const after = snapshot(doc);
    const at = after.findIndex((p) => p.tags.includes("ilm:heading:1.1"));
    expect(after[at]!.tags).toEqual(["ilm:heading:1.1"]);
    expect(after[at + 1]!.tags).toEqual([]);
    expect(after[at + 2]!.tags).toEqual(["ilm:heading:1.2"]);
  });
});

describe("insert missing sections: outcome headings the learner typed in bold or retitled", () => {
  test.each([["Learning outcome 2"], ["Task 2"]])(
    "outcome 2 wholly missing under a bold %j typed as body text (the checker's structural heading): its ACs go under it",
    async (h) => {
      const bold = { text: h, bold: true };
      const spec = draft({ "1": { text: "Task 1", bold: true }, "2": bold, "3": { text: "Task 3", bold: true } }, OUTCOME_2);
      expect(await written(spec)).toEqual(spec.map((p) => p.text).flatMap((t) => (t === intro("2") ? [t, ...NEW_2] : [t])));
    },
  );

  test("the add-in's outcome heading retitled by the learner is still found by its tag", async () => {
    const specs = templateDraft(U, { guidance: false, coverSheet: false, lockHeadings: false, skip: OUTCOME_2, answer: (ac) => [{ text: answerOf(ac) }] });
    const lo2 = specs.find((p) => p.text.startsWith("Learning outcome 2"))!;
    lo2.text = "Skills of a coach";
    specs.splice(specs.indexOf(lo2) + 1, 0, { text: intro("2") });
    const got = await written(specs);
    expect(got).toEqual(specs.map((p) => p.text).flatMap((t) => (t === intro("2") ? [t, ...NEW_2] : [t])));
  });
});

describe("insert missing sections: another unit's document", () => {
  test("the refusal writes nothing and names nothing as inserted or beside a table", async () => {
    const other = unit("8580-501");
    const { doc, word } = setup(templateDraft(other, { guidance: true, coverSheet: true, lockHeadings: true, skip: [other.criteria[0]!.id] }));
    const before = snapshot(doc);
    const result = await insertMissingSections(word, U, OFF);
    expect(result).toEqual({ refused: true, inserted: [], besideTable: [], message: expect.stringContaining("8580-501") });
    expect(snapshot(doc)).toEqual(before);
  });
});

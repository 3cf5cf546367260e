/**
 * What "Insert missing sections" tells the learner, word for word: the ACs it inserted (one, two,
 * three), the ones that went just outside a table, nothing missing, the Track Changes note only
 * when headings would have been locked, and a failure that says what it was doing. The same list
 * of AC ids survived every mutant in "Insert template" (issue 14), so these pin it down here too.
 */
import { snapshot } from "../../src/word-memory/memory-word";
import { insertMissingSections } from "../../src/word/insert-missing";
import { LOCKS_SKIPPED_NOTE } from "../../src/word/track-changes";
import { WordActionError } from "../../src/word/word-runner";
import { learnerText, setup, templateDraft, unit, uidsOf } from "./helpers";

const U = unit("8580-500");
const OPTS = { guidance: true, coverSheet: true, lockHeadings: true };
const answer = (ac: string) => [{ text: `${ac}: ${learnerText(ac.length)}` }];
const inserted = (list: string) => `Inserted the side-headings for ${list} in AC order; your own text is unchanged.`;

describe("insert missing sections: what the learner is told", () => {
  test.each([
    ["one AC", ["1.1"], "1.1"],
    ["two ACs", ["1.1", "2.1"], "1.1 and 2.1"],
    ["three ACs", ["1.1", "1.3", "2.5"], "1.1, 1.3 and 2.5"],
  ])("%s missing: the exact sentence, and the learner's paragraphs as they were", async (_name, skip, list) => {
    const { doc, word } = setup(templateDraft(U, { ...OPTS, skip, answer }));
    const before = snapshot(doc);
    const uids = uidsOf(doc);
    expect(await insertMissingSections(word, U, { guidance: true, lockHeadings: true })).toEqual({ inserted: skip, besideTable: [], message: inserted(list) });
    expect(snapshot(doc).filter((p) => uids.has(p.uid))).toEqual(before);
  });

  test("nothing missing: the exact sentence, naming the unit", async () => {
    const { word } = setup(templateDraft(unit("8581-700"), { ...OPTS, answer }));
    expect(await insertMissingSections(word, unit("8581-700"), { guidance: true, lockHeadings: true })).toEqual({
      inserted: [],
      besideTable: [],
      message: "Nothing to insert: every side-heading of unit 8581-700 is already in the document.",
    });
  });

  test.each([
    [[1], "it"],
    [[1, 2], "them"],
  ])("sections that went just outside the learner's table (%j) are named in the sentence", async (gone, pronoun) => {
    const u = unit("8580-501");
    const ids = u.criteria.map((c) => c.id);
    const missing = gone.map((i) => ids[i]!);
    const spec = ids.flatMap((id, row) => {
      if (missing.includes(id)) return [];
      const c = u.criteria[row]!;
      return [
        { text: `${id} ${c.wording}`, table: { table: 0, row, cell: 0 } },
        { text: learnerText(row), table: { table: 0, row, cell: 1 } },
      ];
    });
    const { word } = setup([{ text: "Assignment", style: "Title" }, ...spec, { text: "After the table" }]);
    const result = await insertMissingSections(word, u, { guidance: false, lockHeadings: false });
    const named = missing.join(" and ");
    expect(result.message).toBe(
      `Inserted the side-headings for ${named} in AC order (${named} went just outside your table, so move ${pronoun} into a row if you prefer); your own text is unchanged.`,
    );
  });

  test("Track Changes on: the note on locks only when the headings would have been locked", async () => {
    const locked = setup(templateDraft(U, { ...OPTS, skip: ["1.2"], answer }), { changeTrackingMode: "TrackAll" });
    expect((await insertMissingSections(locked.word, U, { guidance: true, lockHeadings: true })).message).toBe(inserted("1.2") + LOCKS_SKIPPED_NOTE);
    const open = setup(templateDraft(U, { ...OPTS, lockHeadings: false, skip: ["1.2"], answer }), { changeTrackingMode: "TrackAll" });
    expect((await insertMissingSections(open.word, U, { guidance: true, lockHeadings: false })).message).toBe(inserted("1.2"));
  });

  test("a sync that fails: the one-sentence error says it was inserting the missing sections", async () => {
    const { doc, word } = setup(templateDraft(U, { ...OPTS, skip: ["1.2"], answer }));
    doc.syncFault = { at: doc.syncTotal + 1, lost: "request" };
    const error = await insertMissingSections(word, U, { guidance: true, lockHeadings: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordActionError);
    expect((error as Error).message).toContain("insert the missing sections");
  });
});

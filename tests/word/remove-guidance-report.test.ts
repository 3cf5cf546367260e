/**
 * What "Remove guidance" tells the learner, and the edges of which blocks it handles, with the
 * learner's own answers around every block. Written against the mutants StrykerJS found surviving
 * in src/word/remove-guidance.ts (issue 14): the exact sentence for one or several blocks removed
 * or paragraphs kept, a block at the very top of the document, a guidance block nested in another,
 * Track Changes on with nothing to remove, and a failure that says what it was doing.
 */
import { acGuidanceParagraphs } from "../../src/core/template";
import { controlsSnapshot, snapshot, type MemoryParagraphSpec } from "../../src/word-memory/memory-word";
import { removeGuidance } from "../../src/word/remove-guidance";
import { WordActionError } from "../../src/word/word-runner";
import { learnerText, setup, unit } from "./helpers";

const U = unit("8580-501");
const [C1, C2] = [U.criteria[0]!, U.criteria[1]!];
const G1 = acGuidanceParagraphs(C1).map((p) => p.text);
const G2 = acGuidanceParagraphs(C2).map((p) => p.text);

const heading = (c: typeof C1): MemoryParagraphSpec => ({ text: `${c.id} ${c.wording}`, style: "Heading2", controls: [`ilm:heading:${c.id}`] });
const guidance = (c: typeof C1, texts: string[]): MemoryParagraphSpec[] => texts.map((text) => ({ text, italic: true, controls: [`ilm:guidance:${c.id}`] }));

/** Texts left, in order, and whether any guidance control is left. */
function after(doc: Parameters<typeof snapshot>[0]): { texts: string[]; guidanceLeft: boolean } {
  return { texts: snapshot(doc).map((p) => p.text), guidanceLeft: controlsSnapshot(doc).some((c) => c.tag.startsWith("ilm:guidance:")) };
}

describe("remove guidance: what the learner is told", () => {
  test("one block removed: 'Removed 1 guidance block.'", async () => {
    const { doc, word } = setup([heading(C1), ...guidance(C1, G1), { text: learnerText(0) }]);
    const result = await removeGuidance(word, U);
    expect(result).toEqual({ removed: 1, unwrapped: 0, keptParagraphs: 0, message: "Removed 1 guidance block." });
    expect(after(doc)).toEqual({ texts: [`${C1.id} ${C1.wording}`, learnerText(0)], guidanceLeft: false });
  });

  test("two blocks removed: 'Removed 2 guidance blocks.'", async () => {
    const { doc, word } = setup([heading(C1), ...guidance(C1, G1), { text: learnerText(0) }, heading(C2), ...guidance(C2, G2), { text: learnerText(1) }]);
    const result = await removeGuidance(word, U);
    expect(result).toEqual({ removed: 2, unwrapped: 0, keptParagraphs: 0, message: "Removed 2 guidance blocks." });
    expect(after(doc).texts).toEqual([`${C1.id} ${C1.wording}`, learnerText(0), `${C2.id} ${C2.wording}`, learnerText(1)]);
  });

  test("one paragraph typed inside a block: told it was kept, in the singular", async () => {
    const { doc, word } = setup([heading(C1), ...guidance(C1, [G1[0]!, "I wrote my answer here by mistake.", ...G1.slice(1)]), { text: learnerText(2) }]);
    const result = await removeGuidance(word, U);
    expect(result).toEqual({
      removed: 0,
      unwrapped: 1,
      keptParagraphs: 1,
      message: "Removed the guidance; 1 paragraph you typed inside guidance blocks was kept as your text, so check it sits where you want.",
    });
    expect(after(doc)).toEqual({ texts: [`${C1.id} ${C1.wording}`, "I wrote my answer here by mistake.", learnerText(2)], guidanceLeft: false });
  });

  test("two paragraphs typed inside blocks: told they were kept, in the plural", async () => {
    const { doc, word } = setup([
      heading(C1),
      ...guidance(C1, [G1[0]!, "My first thought, typed in the guidance."]),
      heading(C2),
      ...guidance(C2, [G2[0]!, "My second thought, typed in the guidance too."]),
      { text: learnerText(3) },
    ]);
    const result = await removeGuidance(word, U);
    expect(result).toEqual({
      removed: 0,
      unwrapped: 2,
      keptParagraphs: 2,
      message: "Removed the guidance; 2 paragraphs you typed inside guidance blocks were kept as your text, so check they sit where you want.",
    });
    expect(after(doc).texts).toEqual([`${C1.id} ${C1.wording}`, "My first thought, typed in the guidance.", `${C2.id} ${C2.wording}`, "My second thought, typed in the guidance too.", learnerText(3)]);
  });

  test("one block removed and one unwrapped: both count, and the kept paragraph is reported", async () => {
    const { doc, word } = setup([heading(C1), ...guidance(C1, G1), { text: learnerText(0) }, heading(C2), ...guidance(C2, [G2[0]!, "An idea I typed in the guidance."])]);
    const result = await removeGuidance(word, U);
    expect(result).toMatchObject({ removed: 1, unwrapped: 1, keptParagraphs: 1 });
    expect(result.message).toMatch(/^Removed the guidance; 1 paragraph /);
    expect(after(doc)).toEqual({ texts: [`${C1.id} ${C1.wording}`, learnerText(0), `${C2.id} ${C2.wording}`, "An idea I typed in the guidance."], guidanceLeft: false });
  });
});

describe("remove guidance: blocks at the edges", () => {
  test("a guidance block that is the very first thing in the document is removed too", async () => {
    const { doc, word } = setup([...guidance(C1, G1), { text: learnerText(0) }, { text: learnerText(1) }]);
    const result = await removeGuidance(word, U);
    expect(result).toMatchObject({ removed: 1, unwrapped: 0 });
    expect(after(doc)).toEqual({ texts: [learnerText(0), learnerText(1)], guidanceLeft: false });
  });

  test("a guidance block nested inside another goes with it, counted once, and the learner's text around stays", async () => {
    const outer = `ilm:guidance:${C1.id}`;
    const { doc, word } = setup([
      heading(C1),
      { text: G1[0]!, italic: true, controls: [outer] },
      { text: G1[1]!, italic: true, controls: [outer, { tag: outer, key: "inner" }] },
      { text: learnerText(0) },
    ]);
    const result = await removeGuidance(word, U);
    expect(result).toEqual({ removed: 1, unwrapped: 0, keptParagraphs: 0, message: "Removed 1 guidance block." });
    expect(after(doc)).toEqual({ texts: [`${C1.id} ${C1.wording}`, learnerText(0)], guidanceLeft: false });
  });
});

describe("remove guidance: refusals and failures", () => {
  test("Track Changes on and no guidance: told there is none, not asked to turn tracking off", async () => {
    const { doc, word } = setup([heading(C1), { text: learnerText(0) }, { text: learnerText(1) }], { changeTrackingMode: "TrackAll" });
    const before = snapshot(doc);
    const result = await removeGuidance(word, U);
    expect(result.message).toBe("There was no guidance to remove.");
    expect(snapshot(doc)).toEqual(before);
  });

  test("Track Changes on with guidance: the refusal says it is the guidance it would remove", async () => {
    const { doc, word } = setup([heading(C1), ...guidance(C1, G1), { text: learnerText(0) }], { changeTrackingMode: "TrackAll" });
    const before = snapshot(doc);
    const error = await removeGuidance(word, U).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordActionError);
    expect((error as Error).message).toContain("to remove the guidance with tracking off");
    expect(snapshot(doc)).toEqual(before);
  });

  test("a sync that fails: the one-sentence error says it was removing the guidance", async () => {
    const { doc, word } = setup([heading(C1), ...guidance(C1, G1), { text: learnerText(0) }]);
    doc.syncFault = { at: 1, lost: "request" };
    const error = await removeGuidance(word, U).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordActionError);
    expect((error as Error).message).toContain("remove the guidance");
  });
});

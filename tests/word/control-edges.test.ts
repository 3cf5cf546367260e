/**
 * Defect 3 of issue 10: deleting the paragraph that holds a content control's boundary removes the
 * control (office-js #4975, #3176), so "delete the paragraphs, then the control" stops half-way;
 * and Word on the web refuses to delete a control with no text (office-js #5732).
 */
import { Tags } from "../../src/model/document";
import { acGuidanceParagraphs } from "../../src/core/template";
import { removeGuidance } from "../../src/word/remove-guidance";
import { updateReferenceList } from "../../src/word/reference-list";
import { controlsSnapshot, snapshot } from "../../src/word-memory/memory-word";
import { setup, unit } from "./helpers";

const U = unit("8580-501");
const C = U.criteria[0]!;
const G = acGuidanceParagraphs(C).map((p) => p.text);
const guidance = Tags.guidance(C.id);

describe("content-control edges (defect 3)", () => {
  test("unwrapping guidance whose first and last paragraphs are the template's: the learner's lines stay, the block goes", async () => {
    const { doc, word } = setup([
      { text: `${C.id} ${C.wording}`, style: "Heading2", controls: [Tags.heading(C.id)] },
      { text: G[0]!, italic: true, controls: [guidance] },
      { text: "My answer, typed inside the guidance.", controls: [guidance] },
      { text: G[1]!, italic: true, controls: [guidance] },
      { text: "After the block." },
    ]);
    const result = await removeGuidance(word, U);
    expect(result).toMatchObject({ removed: 0, unwrapped: 1, keptParagraphs: 1 });
    expect(snapshot(doc).map((p) => [p.text, p.tags])).toEqual([
      [`${C.id} ${C.wording}`, [Tags.heading(C.id)]],
      ["My answer, typed inside the guidance.", []],
      ["After the block.", []],
    ]);
  });

  test("updating the reference list leaves one list control holding exactly the new entries", async () => {
    const { doc, word } = setup([{ text: "My essay" }, { text: "References", style: "Heading1" }]);
    await updateReferenceList(word, [{ text: "Alpha (2001) A." }, { text: "Beta (2002) B." }, { text: "Gamma (2003) C." }]);
    await updateReferenceList(word, [{ text: "Delta (2004) D." }]);
    expect(snapshot(doc).map((p) => [p.text, p.tags])).toEqual([
      ["My essay", []],
      ["References", []],
      ["Delta (2004) D.", [Tags.references]],
    ]);
    expect(controlsSnapshot(doc).map((c) => c.tag)).toEqual([Tags.references]);
  });

  test("Word on the web: a guidance block the learner emptied is still removed (office-js #5732)", async () => {
    const { doc, word } = setup(
      [
        { text: `${C.id} ${C.wording}`, style: "Heading2", controls: [Tags.heading(C.id)] },
        { text: "", controls: [guidance] },
        { text: "My answer." },
      ],
      { platform: "web" },
    );
    const result = await removeGuidance(word, U);
    expect(result.removed).toBe(1);
    expect(controlsSnapshot(doc).map((c) => c.tag)).toEqual([Tags.heading(C.id)]);
    expect(snapshot(doc).map((p) => p.text)).toEqual([`${C.id} ${C.wording}`, "My answer."]);
  });
});

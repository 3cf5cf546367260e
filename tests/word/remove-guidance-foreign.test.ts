/**
 * Remove guidance deletes the add-in's guidance blocks (tag "ilm:guidance:<AC>") and nothing
 * else. The audit made it match any tag merely containing "guidance", and let it delete another
 * add-in's control nested inside a guidance block; no test noticed. Here other add-ins' controls,
 * with tags that look like ours, empty or holding the template's exact guidance wording, nested
 * inside a guidance block or around one, are all left exactly as they were.
 */
import { acGuidanceParagraphs } from "../../src/core/template";
import { controlsSnapshot, snapshot, type MemoryParagraphSpec } from "../../src/word-memory/memory-word";
import { removeGuidance } from "../../src/word/remove-guidance";
import { setup, unit } from "./helpers";

const U = unit("8580-501");
const C = U.criteria[0]!;
const G = acGuidanceParagraphs(C).map((p) => p.text);
const HEADING: MemoryParagraphSpec = { text: `${C.id} ${C.wording}`, style: "Heading2", controls: [`ilm:heading:${C.id}`] };

/** Tags another add-in (or the learner's own form) might use: each merely contains "guidance" or looks like ours. */
const LOOKALIKE_TAGS = ["guidance", "guidance:1.1", "acme:guidance:1.1", "my-guidance-notes", "ilm:guidancenotes", "ILM:GUIDANCE:1.1", "ilm-guidance:1.1", " ilm:guidance:1.1"];

describe("remove guidance leaves other add-ins' controls alone", () => {
  test("the table of look-alike tags is not empty", () => {
    expect(LOOKALIKE_TAGS.length).toBeGreaterThan(5);
  });

  test.each(LOOKALIKE_TAGS)("a control tagged %j, empty or holding the template's own guidance text, is untouched", async (tag) => {
    const { doc, word } = setup([
      HEADING,
      { text: G[0]!, italic: true, controls: [tag] },
      { text: "", controls: [{ tag, key: "empty" }] },
      { text: "My answer." },
    ]);
    const before = snapshot(doc);
    const controls = controlsSnapshot(doc);
    const result = await removeGuidance(word, U);
    expect(result).toMatchObject({ removed: 0, unwrapped: 0, keptParagraphs: 0 });
    expect(result.message).toBe("There was no guidance to remove.");
    expect(snapshot(doc)).toEqual(before);
    expect(controlsSnapshot(doc)).toEqual(controls);
  });

  test("another add-in's control nested inside a guidance block keeps its paragraphs and itself; the guidance around it goes", async () => {
    const guidance = `ilm:guidance:${C.id}`;
    const { doc, word } = setup([
      HEADING,
      { text: G[0]!, italic: true, controls: [guidance] },
      { text: G[1]!, italic: true, controls: [guidance, "acme:citation"] },
      { text: "", controls: [guidance, { tag: "acme:field", key: "x" }] },
      { text: "My answer." },
    ]);
    const before = snapshot(doc);
    const foreign = before.filter((p) => p.tags.some((t) => t.startsWith("acme:")));
    expect(foreign).toHaveLength(2);

    const result = await removeGuidance(word, U);
    expect(result).toMatchObject({ removed: 0, unwrapped: 1, keptParagraphs: 2 });
    const after = snapshot(doc);
    // The foreign controls' paragraphs are still there, same text, now outside the (unwrapped) guidance block.
    expect(after.filter((p) => foreign.some((f) => f.uid === p.uid)).map((p) => [p.uid, p.text, p.tags])).toEqual(
      foreign.map((f) => [f.uid, f.text, f.tags.filter((t) => t !== guidance)]),
    );
    expect(controlsSnapshot(doc).map((c) => c.tag).sort()).toEqual(["acme:citation", "acme:field", `ilm:heading:${C.id}`]);
    // The template's own guidance paragraph went; the learner's answer stayed.
    expect(after.map((p) => p.text)).not.toContain(G[0]);
    expect(after.map((p) => p.text)).toContain("My answer.");
  });

  test("a guidance block inside another add-in's control: only the guidance goes, the outer control and its other text stay", async () => {
    const guidance = `ilm:guidance:${C.id}`;
    const { doc, word } = setup([
      HEADING,
      { text: "Their intro line.", controls: ["acme:wrapper"] },
      { text: G[0]!, italic: true, controls: ["acme:wrapper", guidance] },
      { text: "Their closing line.", controls: ["acme:wrapper"] },
      { text: "My answer." },
    ]);
    const result = await removeGuidance(word, U);
    expect(result).toMatchObject({ removed: 1, unwrapped: 0 });
    expect(snapshot(doc).map((p) => [p.text, p.tags])).toEqual([
      [HEADING.text, [`ilm:heading:${C.id}`]],
      ["Their intro line.", ["acme:wrapper"]],
      ["Their closing line.", ["acme:wrapper"]],
      ["My answer.", []],
    ]);
  });
});

import { acGuidanceParagraphs } from "../../src/core/template";
import { UNITS } from "../../src/units/catalogue";
import { snapshot, controlsSnapshot } from "../../src/word-memory/memory-word";
import { insertTemplate } from "../../src/word/insert-template";
import { removeGuidance } from "../../src/word/remove-guidance";
import { learnerText, setup, syncsOf, templateDraft, unit, uidsOf } from "./helpers";
import type { MemoryParagraphSpec } from "../../src/word-memory/memory-word";

const OPTS = { guidance: true, coverSheet: true, lockHeadings: true };

describe("removeGuidance", () => {
  test("removes only the guidance; learner text (even about 'guidance', even next to controls) stays identical", async () => {
    const u = unit("8580-500");
    let n = 0;
    const answer = (ac: string): MemoryParagraphSpec[] => [
      { text: `${ac}: My tutor's guidance was helpful. ${learnerText(n++)}` },
      { text: "Guidance", bold: true },
      { text: learnerText(n++) },
    ];
    const { doc, word } = setup(templateDraft(u, { ...OPTS, answer }));
    const before = snapshot(doc);
    const guidanceUids = new Set(before.filter((p) => p.tags.some((t) => t.startsWith("ilm:guidance:"))).map((p) => p.uid));
    expect(guidanceUids.size).toBeGreaterThan(0);

    const result = await removeGuidance(word, u);
    const after = snapshot(doc);
    expect(after).toEqual(before.filter((p) => !guidanceUids.has(p.uid)));
    expect(controlsSnapshot(doc).some((c) => c.tag.startsWith("ilm:guidance:"))).toBe(false);
    // Headings, cover and title controls untouched, still locked.
    expect(controlsSnapshot(doc).filter((c) => c.tag.startsWith("ilm:heading:")).every((c) => c.cannotEdit && c.cannotDelete)).toBe(true);
    expect(result.unwrapped).toBe(0);
    expect(result.keptParagraphs).toBe(0);
    expect(result.removed).toBe(new Set(before.flatMap((p) => p.tags).filter((t) => t.startsWith("ilm:guidance:"))).size);
  });

  test("a guidance block the learner typed into: their paragraphs stay (unwrapped), the template's paragraphs go", async () => {
    const u = unit("8580-501");
    const c = u.criteria[0]!;
    const g = acGuidanceParagraphs(c).map((p) => p.text);
    const { doc, word } = setup([
      { text: `${c.id} ${c.wording}`, style: "Heading2", controls: ["ilm:heading:" + c.id] },
      { text: g[0]!, italic: true, controls: ["ilm:guidance:" + c.id] },
      { text: "I typed my answer in here by mistake.", italic: true, controls: ["ilm:guidance:" + c.id] },
      { text: g[1]!, italic: true, controls: ["ilm:guidance:" + c.id] },
      { text: `${g[1]!} and I edited this line`, italic: true, controls: ["ilm:guidance:" + c.id] },
      { text: "", controls: ["ilm:guidance:" + c.id] },
      { text: "My answer." },
    ]);
    const result = await removeGuidance(word, u);
    expect(result).toMatchObject({ removed: 0, unwrapped: 1, keptParagraphs: 2 });
    expect(result.message).toMatch(/kept/);
    expect(snapshot(doc).map((p) => [p.text, p.tags])).toEqual([
      [`${c.id} ${c.wording}`, ["ilm:heading:" + c.id]],
      ["I typed my answer in here by mistake.", []],
      [`${g[1]!} and I edited this line`, []],
      ["My answer.", []],
    ]);
  });

  test("with the unit unknown, the whole catalogue decides what is guidance", async () => {
    const u = unit("8580-502");
    const { doc, word } = setup(templateDraft(u, { ...OPTS, answer: (ac) => [{ text: `${ac} answer` }] }));
    const before = snapshot(doc);
    const result = await removeGuidance(word, UNITS);
    expect(result.keptParagraphs).toBe(0);
    expect(snapshot(doc)).toEqual(before.filter((p) => !p.tags.some((t) => t.startsWith("ilm:guidance:"))));
  });

  test("a document without guidance is left alone and told so", async () => {
    const u = unit("8580-502");
    const { doc, word } = setup([{ text: "Just text with guidance in it" }, { text: "guidance", controls: ["someone-else"] }]);
    const before = snapshot(doc);
    const result = await removeGuidance(word, u);
    expect(result.removed + result.unwrapped).toBe(0);
    expect(result.message).toBe("There was no guidance to remove.");
    expect(snapshot(doc)).toEqual(before);
  });

  test("after insertTemplate, removing guidance leaves exactly the template without guidance", async () => {
    const u = unit("8581-700");
    const a = setup([]);
    await insertTemplate(a.word, u, OPTS);
    await removeGuidance(a.word, u);
    const b = setup([]);
    await insertTemplate(b.word, u, { ...OPTS, guidance: false });
    const strip = (s: ReturnType<typeof snapshot>) => s.map(({ uid: _uid, ...rest }) => rest);
    expect(strip(snapshot(a.doc))).toEqual(strip(snapshot(b.doc)));
  });

  test("the same number of syncs for 10 and 2,000 paragraphs", async () => {
    const u = unit("8580-503");
    const draft = (per: number) => {
      let n = 0;
      return setup(templateDraft(u, { ...OPTS, answer: () => Array.from({ length: per }, () => ({ text: learnerText(n++) })) }));
    };
    const small = setup([
      { text: "1.1 Heading", style: "Heading2" },
      { text: acGuidanceParagraphs(u.criteria[0]!)[0]!.text, controls: ["ilm:guidance:" + u.criteria[0]!.id] },
      ...Array.from({ length: 8 }, (_, i) => ({ text: learnerText(i) })),
    ]);
    const large = draft(Math.ceil(2000 / u.criteria.length));
    expect(large.doc.paragraphs.length).toBeGreaterThan(2000);
    const uids = uidsOf(large.doc);
    const a = await syncsOf(small.doc, () => removeGuidance(small.word, u));
    const b = await syncsOf(large.doc, () => removeGuidance(large.word, u));
    expect(a).toBe(b);
    expect(a).toBeLessThanOrEqual(3);
    expect(snapshot(large.doc).every((p) => uids.has(p.uid))).toBe(true);
  });
});

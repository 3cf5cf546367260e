import { findSections } from "../../src/core/sections";
import { snapshot, controlsSnapshot } from "../../src/word-memory/memory-word";
import { insertTemplate } from "../../src/word/insert-template";
import { readDocument } from "../../src/word/read-document";
import { GUIDANCE_COLOUR } from "../../src/word/write-blocks";
import { acHeadings, prose, setup, syncsOf, unit, uidsOf } from "./helpers";

const ALL = { guidance: true, coverSheet: true, lockHeadings: true };

describe("insertTemplate into an empty document", () => {
  test("writes every AC heading in AC order with the exact wording, built-in styles and tags", async () => {
    const u = unit("8580-500");
    const { doc, word } = setup([]);
    const result = await insertTemplate(word, u, ALL);
    expect(result.outcome).toBe("inserted");

    expect(acHeadings(doc)).toEqual(u.criteria.map((c) => `${c.id} ${c.wording}`));
    const snap = snapshot(doc);
    for (const c of u.criteria) {
      const h = snap.find((p) => p.text === `${c.id} ${c.wording}`)!;
      expect(h).toMatchObject({ style: "Heading 2", styleBuiltIn: "Heading2", tags: [`ilm:heading:${c.id}`], italic: false });
    }
    // The document starts with the title (the new document's empty paragraph is gone).
    expect(snap[0]).toMatchObject({ styleBuiltIn: "Title", tags: ["ilm:template:8580-500"] });
    expect(snap[1]).toMatchObject({ text: "ILM submission cover sheet", tags: ["ilm:cover"], bold: true });
    // Outcome headings, introduction and end matter are Heading 1 (listed by the navigation pane).
    const h1 = snap.filter((p) => p.styleBuiltIn === "Heading1").map((p) => p.text);
    expect(h1[0]).toBe("Introduction");
    expect(h1.slice(-2)).toEqual(["References", "Appendices"]);
    expect(h1).toHaveLength(3 + u.outcomes.length);
  });

  test("guidance is in its own controls, styled as not the learner's text; answers are plain Normal paragraphs", async () => {
    const u = unit("8580-500");
    const { doc, word } = setup([]);
    await insertTemplate(word, u, ALL);
    const snap = snapshot(doc);
    const guidance = snap.filter((p) => p.tags.some((t) => t.startsWith("ilm:guidance:")));
    expect(guidance.length).toBeGreaterThan(u.criteria.length);
    expect(guidance.every((p) => p.italic === true && p.styleBuiltIn === "Normal")).toBe(true);
    expect(doc.paragraphs.filter((p) => p.controls.some((c) => c.tag.startsWith("ilm:guidance:"))).every((p) => p.color === GUIDANCE_COLOUR)).toBe(true);
    // Right after each AC's guidance comes an empty answer paragraph outside every control, not grey, not italic.
    for (const c of u.criteria) {
      const at = snap.findIndex((p) => p.tags.includes(`ilm:heading:${c.id}`));
      let k = at + 1;
      while (snap[k]!.tags.includes(`ilm:guidance:${c.id}`)) k++;
      expect(snap[k]).toMatchObject({ text: "", tags: [], styleBuiltIn: "Normal", italic: false, bold: false });
      expect(doc.paragraphs[k]!.color).not.toBe(GUIDANCE_COLOUR);
    }
  });

  test("names the edition in its confirmation, so the 2017 mark sheet's template cannot be taken for the current one", async () => {
    const r = await insertTemplate(setup([]).word, unit("8580-500-2017"), ALL);
    expect(r.message).toBe("Inserted the template for unit 8580-500 (2017 edition).");
    expect((await insertTemplate(setup([]).word, unit("8580-500"), ALL)).message).toBe("Inserted the template for unit 8580-500.");
  });

  test("locks the headings when asked, and only then", async () => {
    const u = unit("8580-501");
    const locked = setup([]);
    await insertTemplate(locked.word, u, ALL);
    const headingControls = controlsSnapshot(locked.doc).filter((c) => c.tag.startsWith("ilm:heading:"));
    expect(headingControls).toHaveLength(u.criteria.length);
    expect(headingControls.every((c) => c.cannotEdit && c.cannotDelete && c.paragraphs === 1)).toBe(true);
    expect(controlsSnapshot(locked.doc).filter((c) => c.tag.startsWith("ilm:guidance:")).every((c) => !c.cannotEdit && !c.cannotDelete)).toBe(true);

    const open = setup([]);
    await insertTemplate(open.word, u, { ...ALL, lockHeadings: false });
    expect(controlsSnapshot(open.doc).every((c) => !c.cannotEdit && !c.cannotDelete)).toBe(true);
  });

  test("without guidance or cover sheet, none is written", async () => {
    const u = unit("8580-502");
    const { doc, word } = setup([]);
    await insertTemplate(word, u, { guidance: false, coverSheet: false, lockHeadings: false });
    const tags = snapshot(doc).flatMap((p) => p.tags);
    expect(tags.some((t) => t.startsWith("ilm:guidance:") || t === "ilm:cover")).toBe(false);
    expect(acHeadings(doc)).toHaveLength(u.criteria.length);
  });

  test("read back, the checker finds every AC in order", async () => {
    for (const id of ["8580-500", "8580-503", "8581-700"]) {
      const u = unit(id);
      const { word } = setup([]);
      await insertTemplate(word, u, ALL);
      const draft = await readDocument(word);
      const acs = findSections(draft, u)
        .filter((s) => s.kind === "ac")
        .map((s) => s.ac);
      expect(acs).toEqual(u.criteria.map((c) => c.id));
      expect(draft.paragraphs.filter((p) => p.role === "guidance").length).toBeGreaterThan(0);
    }
  });
});

describe("insertTemplate into a document with the learner's text", () => {
  test("a half-written draft without side-headings: learner paragraphs are untouched and in order, the template goes around them", async () => {
    const u = unit("8580-503");
    const learner = [
      { text: "My notes on coaching", bold: true },
      ...prose(6),
      { text: "Draft conclusion", style: "Heading1" },
      { text: "Cell text", table: { table: 0, row: 0, cell: 1 } },
    ];
    const { doc, word } = setup(learner);
    const before = snapshot(doc);
    const uids = uidsOf(doc);
    const result = await insertTemplate(word, u, ALL);
    expect(result.outcome).toBe("appended");
    expect(result.message).toMatch(/unchanged/);

    const after = snapshot(doc);
    // Byte-identical, same style and formatting, same relative order, still the same paragraph objects.
    expect(after.filter((p) => uids.has(p.uid))).toEqual(before);
    // Learner block stays contiguous: the title and cover above it, the sections below.
    const first = after.findIndex((p) => uids.has(p.uid));
    const last = after.length - 1 - [...after].reverse().findIndex((p) => uids.has(p.uid));
    expect(last - first + 1).toBe(before.length);
    expect(after.slice(0, first).every((p) => p.tags.includes("ilm:cover") || p.tags.some((t) => t.startsWith("ilm:template:")))).toBe(true);
    expect(after.slice(last + 1).filter((p) => p.styleBuiltIn === "Heading2").map((p) => p.text)).toEqual(u.criteria.map((c) => `${c.id} ${c.wording}`));
  });

  test("refuses, writing nothing, when the draft already has some of the unit's side-headings", async () => {
    const u = unit("8580-503");
    const c = u.criteria[1]!;
    const { doc, word } = setup([...prose(3), { text: `${c.id} ${c.wording}`, bold: true }, ...prose(2, 3)]);
    const before = snapshot(doc);
    const result = await insertTemplate(word, u, ALL);
    expect(result.outcome).toBe("refused");
    expect(result.message).toContain(c.id);
    expect(result.message).toMatch(/Insert missing sections/);
    expect(snapshot(doc)).toEqual(before);
  });

  test("refuses a second template of the same unit", async () => {
    const u = unit("8580-501");
    const { doc, word } = setup([]);
    await insertTemplate(word, u, ALL);
    const before = snapshot(doc);
    expect((await insertTemplate(word, u, ALL)).outcome).toBe("refused");
    expect(snapshot(doc)).toEqual(before);
  });
});

describe("insertTemplate: round trips", () => {
  test("the same number of syncs for a 10- and a 2,000-paragraph draft", async () => {
    const u = unit("8580-500");
    const small = setup(prose(10));
    const large = setup(prose(2000));
    const a = await syncsOf(small.doc, () => insertTemplate(small.word, u, ALL));
    const b = await syncsOf(large.doc, () => insertTemplate(large.word, u, ALL));
    expect(a).toBe(b);
    expect(a).toBeLessThanOrEqual(3);
  });
});

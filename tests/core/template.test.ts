import { UNITS } from "../../src/units/catalogue";
import { acGuidanceParagraphs, buildTemplate, DECLARATION_OF_AUTHENTICITY, GUIDANCE_PASS_LEAD, templateParagraphs } from "../../src/core/template";
import { unit } from "../word/helpers";

const ALL = { guidance: true, coverSheet: true, lockHeadings: true };
const BARE = { guidance: false, coverSheet: false, lockHeadings: false };

describe("buildTemplate", () => {
  test.each(UNITS.map((u) => [u.id, u] as const))("%s: one Heading 2 per AC, in AC order, with the exact wording and tag", (_id, u) => {
    const blocks = buildTemplate(u, ALL);
    const headings = blocks.filter((b) => b.kind === "ac-heading");
    expect(headings.map((b) => b.paragraphs[0]!.text)).toEqual(u.criteria.map((c) => `${c.id} ${c.wording}`));
    expect(headings.every((b) => b.paragraphs.length === 1 && b.paragraphs[0]!.style === "Heading2" && b.lockable)).toBe(true);
    expect(headings.map((b) => b.tag)).toEqual(u.criteria.map((c) => `ilm:heading:${c.id}`));
    // Each AC heading is followed by its guidance and an empty answer paragraph.
    for (const c of u.criteria) {
      const i = blocks.findIndex((b) => b.tag === `ilm:heading:${c.id}`);
      // An AC the seeds give no guidance for gets none, rather than an empty box.
      const hasGuidance = acGuidanceParagraphs(c).length > 0;
      if (hasGuidance) expect(blocks[i + 1]).toMatchObject({ kind: "guidance", tag: `ilm:guidance:${c.id}` });
      const answer = blocks[i + (hasGuidance ? 2 : 1)]!;
      expect(answer).toMatchObject({ kind: "answer", paragraphs: [{ text: "", style: "Normal" }] });
      expect(answer.tag).toBeUndefined();
    }
    // Learning outcomes as Heading 1, before their ACs.
    for (const o of u.outcomes) {
      const at = blocks.findIndex((b) => b.tag === `ilm:outcome:${o.id}`);
      expect(blocks[at]!.paragraphs[0]).toMatchObject({ style: "Heading1" });
      expect(blocks[at]!.paragraphs[0]!.text).toContain(o.title);
      const firstAc = u.criteria.find((c) => c.outcome === o.id)!;
      expect(at).toBeLessThan(blocks.findIndex((b) => b.tag === `ilm:heading:${firstAc.id}`));
    }
    const texts = templateParagraphs(blocks).map((p) => p.text);
    expect(texts.slice(-4)).toEqual(["References", "", "Appendices", ""]);
    expect(blocks[0]).toMatchObject({ kind: "title", tag: `ilm:template:${u.id}` });
  });

  test("most ACs of the catalogue come with guidance", () => {
    const all = UNITS.flatMap((u) => u.criteria);
    expect(all.filter((c) => acGuidanceParagraphs(c).length > 0).length).toBeGreaterThan(all.length / 2);
  });

  test("guidance holds the brief, the pass descriptors under the ILM lead-in and the indicative content", () => {
    const u = unit("8580-500");
    const c = u.criteria[0]!;
    const g = buildTemplate(u, ALL).find((b) => b.tag === `ilm:guidance:${c.id}`)!;
    const texts = g.paragraphs.map((p) => p.text);
    expect(texts).toContain(GUIDANCE_PASS_LEAD);
    const lead = texts.indexOf(GUIDANCE_PASS_LEAD);
    expect(texts.slice(lead + 1, lead + 1 + c.passDescriptors.length)).toEqual(c.passDescriptors.map((d) => `\u2022 ${d}`));
    for (const item of c.indicativeContent) expect(texts).toContain(`\u2022 ${item as string}`);
    expect(texts[0]).toBe(`Task: ${c.brief}`);
  });

  test("nested guidance lists keep their level: the lead-in a bullet, its items white bullets one step in", () => {
    const c = unit("8580-501").criteria.find((x) => x.id === "2.3")!;
    const paras = acGuidanceParagraphs(c);
    const at = paras.findIndex((p) => p.text === "\u2022 An assessment will judge each area of:");
    expect(paras.slice(at, at + 5)).toEqual([
      { text: "\u2022 An assessment will judge each area of:", style: "Normal" },
      { text: "\u25E6 Questioning", style: "Normal", level: 2 },
      { text: "\u25E6 Listening", style: "Normal", level: 2 },
      { text: "\u25E6 Giving feedback", style: "Normal", level: 2 },
      { text: "\u2022 The focus is primarily on impact or outcomes.", style: "Normal" },
    ]);
    // Every unit's nested lists come through, nothing flattened.
    for (const u of ["8580-500", "8580-500-2017", "8580-501", "8581-700"].map(unit)) {
      const nested = u.criteria.flatMap((x) => x.indicativeContent.flatMap((i) => (typeof i === "string" ? [] : i.items)));
      const subs = u.criteria.flatMap((x) => acGuidanceParagraphs(x).filter((p) => p.level === 2).map((p) => p.text.slice(2)));
      expect(subs).toEqual(nested);
      expect(nested.length).toBeGreaterThan(0);
    }
  });

  test("8581-700's marks are given in the seed's words, {max N Marks}, in sentence case", () => {
    const c = unit("8581-700").criteria[1]!;
    expect(acGuidanceParagraphs(c).map((p) => p.text)).toContain(`Maximum ${c.marks} marks`);
    expect(acGuidanceParagraphs(c).some((p) => /available/i.test(p.text))).toBe(false);
  });

  test("the 2017 edition of 8580-500 is named as such on the title and the cover sheet", () => {
    const blocks = buildTemplate(unit("8580-500-2017"), ALL);
    const texts = templateParagraphs(blocks).map((p) => p.text);
    expect(texts[0]).toBe("8580-500 (2017 edition) Understanding the skills, principles and practice of effective management coaching and mentoring");
    expect(texts).toContain("Unit: 8580-500 (2017 edition) Understanding the skills, principles and practice of effective management coaching and mentoring");
    expect(blocks[0]!.title).toBe("ILM template: unit 8580-500 (2017 edition)");
    // The current edition keeps the plain number.
    expect(templateParagraphs(buildTemplate(unit("8580-500"), ALL))[0]!.text).toMatch(/^8580-500 Understanding/);
  });

  test("a unit whose ILM guidance gives no word count says on the cover sheet that the centre sets it", () => {
    for (const id of ["8580-501", "8580-502", "8580-503"]) {
      expect(unit(id).wordRange).toBeNull();
      expect(templateParagraphs(buildTemplate(unit(id), ALL)).map((p) => p.text)).toContain("Word count (your centre sets the suggested range for this unit):");
    }
  });

  test("the introduction comes first where the unit asks for one, with its prompt as guidance", () => {
    const u = unit("8580-500");
    expect(u.introduction).not.toBeNull();
    const blocks = buildTemplate(u, ALL);
    const intro = blocks.findIndex((b) => b.paragraphs[0]!.text === "Introduction");
    expect(blocks[intro]!.paragraphs[0]!.style).toBe("Heading1");
    expect(blocks[intro + 1]).toMatchObject({ tag: "ilm:guidance:intro" });
    expect(blocks[intro + 1]!.paragraphs.map((p) => p.text).join(" ")).toBe(u.introduction!.prompt);
    expect(intro).toBeLessThan(blocks.findIndex((b) => b.kind === "outcome"));
    const noIntro = unit("8580-501");
    expect(noIntro.introduction).toBeNull();
    expect(templateParagraphs(buildTemplate(noIntro, ALL)).some((p) => p.text === "Introduction")).toBe(false);
  });

  test("the cover sheet asks for the learner and centre details and carries the declaration of authenticity", () => {
    const u = unit("8580-503");
    const cover = buildTemplate(u, ALL).find((b) => b.kind === "cover")!;
    expect(cover.tag).toBe("ilm:cover");
    const text = cover.paragraphs.map((p) => p.text).join("\n");
    for (const field of ["Learner name", "ILM registration number", "Centre name", "Centre number", "Word count", "Declaration of authenticity"]) {
      expect(text).toContain(field);
    }
    expect(text).toContain(`Unit: ${u.unitNumber} ${u.title}`);
    expect(text).toContain(DECLARATION_OF_AUTHENTICITY);
    // Seed 003: own work, recognised referencing notation, quotes in quotation marks.
    expect(DECLARATION_OF_AUTHENTICITY).toMatch(/my own/);
    expect(DECLARATION_OF_AUTHENTICITY).toMatch(/recognised referencing notation/);
    expect(DECLARATION_OF_AUTHENTICITY).toMatch(/quotation marks/);
  });

  test("options turn the cover sheet and guidance off", () => {
    const u = unit("8581-700");
    const blocks = buildTemplate(u, BARE);
    expect(blocks.some((b) => b.kind === "cover" || b.kind === "guidance")).toBe(false);
    expect(blocks.filter((b) => b.kind === "ac-heading")).toHaveLength(u.criteria.length);
  });
});

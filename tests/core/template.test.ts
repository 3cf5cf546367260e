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
    for (const item of c.indicativeContent) expect(texts).toContain(`\u2022 ${item}`);
    expect(texts[0]).toBe(`Task: ${c.brief}`);
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

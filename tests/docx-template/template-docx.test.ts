/**
 * The template as a Word file (`npm run template`): for every unit, `ilm-check`'s reader finds
 * every AC present with its exact wording and empty, 0 answer words, the guidance as guidance;
 * the file has the very structure the pane inserts (compared with the in-memory Word's insertion);
 * a centre's template carries the centre's cover sheet, guidance, sections and settings, and is
 * recorded in the file for the check.
 */
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { centreCustomisation, centreTemplateOptions, centreUnit, recordedTemplate } from "../../src/centre/apply";
import { parseCentreTemplate } from "../../src/centre/parse";
import { analyse } from "../../src/check/analyse";
import { centreTemplateDocx, DEFAULT_OPTIONS, unitTemplateDocx } from "../../src/docx-template/centre-template-docx";
import { GUIDANCE_COLOUR_HEX } from "../../src/docx-template/write-template";
import { readDocx } from "../../src/docx/read-docx";
import type { DocParagraph, DraftDocument } from "../../src/model/document";
import { StoreKeys } from "../../src/model/document-store";
import { UNITS } from "../../src/units/catalogue";
import { GUIDANCE_COLOUR } from "../../src/word/write-blocks";
import { insertCentreTemplate } from "../../src/word/insert-centre-template";
import { insertTemplate } from "../../src/word/insert-template";
import { readDocument } from "../../src/word/read-document";
import { MARK_SHEET_502, NORTHGATE } from "../centre/fixtures";
import { setup } from "../word/helpers";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** What a paragraph is, as both readers see it. */
const shape = (p: DocParagraph) => ({ text: p.text, headingLevel: p.headingLevel, isTitle: p.isTitle, bold: p.bold, role: p.role, tags: p.tags });

function xmlOf(bytes: Uint8Array, part: string): Document {
  return new DOMParser().parseFromString(strFromU8(unzipSync(bytes)[part]!), "text/xml") as unknown as Document;
}

describe.each(UNITS.map((u) => [u.id, u] as const))("unit %s as a Word file", (_id, unit) => {
  let bytes: Uint8Array;
  let doc: DraftDocument;
  beforeAll(async () => {
    bytes = await unitTemplateDocx(unit);
    doc = readDocx(bytes, `template-${unit.id}.docx`);
  });

  test("ilm-check's reader finds every AC present, exactly worded and empty, with 0 answer words", () => {
    const report = analyse(doc);
    expect(report.unit).toBe(unit.id);
    expect(report.unitSource).toBe("template");
    expect(report.wordCount).toBe(0);
    expect(report.sections.map((s) => [s.ac, s.status, s.words, s.heading])).toEqual(unit.criteria.map((c) => [c.id, "empty", 0, `${c.id} ${c.wording}`]));
    expect(report.problems.filter((p) => p.code === "ac-missing" || p.code === "ac-heading-altered")).toEqual([]);
  });

  test("side-headings are Heading 2 in the add-in's controls, outcomes Heading 1, guidance seen as guidance", () => {
    for (const c of unit.criteria) {
      const h = doc.paragraphs.find((p) => p.tags.includes(`ilm:heading:${c.id}`))!;
      expect(h).toMatchObject({ text: `${c.id} ${c.wording}`, headingLevel: 2, role: "body" });
    }
    for (const o of unit.outcomes) expect(doc.paragraphs.find((p) => p.tags.includes(`ilm:outcome:${o.id}`))).toMatchObject({ headingLevel: 1 });
    const guidance = doc.paragraphs.filter((p) => p.role === "guidance");
    expect(guidance.length).toBeGreaterThan(0);
    expect(guidance.every((p) => p.tags.some((t) => t.startsWith("ilm:guidance:")))).toBe(true);
    expect(doc.paragraphs.filter((p) => p.headingLevel === 1).map((p) => p.text).slice(-2)).toEqual(["References", "Appendices"]);
    expect(doc.paragraphs.some((p) => p.role === "cover" && /^I declare that the work submitted is my own/.test(p.text))).toBe(true);
  });

  test("the same structure as the pane inserts in Word", async () => {
    const { word } = setup([]);
    await insertTemplate(word, unit, DEFAULT_OPTIONS);
    const inserted = await readDocument(word);
    expect(doc.paragraphs.map(shape)).toEqual(inserted.paragraphs.map(shape));
  });

  test("side-headings and outcome headings are locked; Word's built-in heading styles with outline levels", () => {
    const xml = xmlOf(bytes, "word/document.xml");
    const controls = Array.from(xml.getElementsByTagNameNS(W, "sdt"));
    const tagOf = (sdt: Element) => sdt.getElementsByTagNameNS(W, "tag")[0]?.getAttributeNS(W, "val") ?? "";
    const locked = (sdt: Element) => sdt.getElementsByTagNameNS(W, "lock")[0]?.getAttributeNS(W, "val") === "sdtContentLocked";
    const headings = controls.filter((c) => /^ilm:(heading|outcome):/.test(tagOf(c)));
    expect(headings).toHaveLength(unit.criteria.length + unit.outcomes.length);
    expect(headings.every(locked)).toBe(true);
    expect(controls.filter((c) => !/^ilm:(heading|outcome):/.test(tagOf(c))).some(locked)).toBe(false);
    const styles = xmlOf(bytes, "word/styles.xml");
    const style = (id: string) => Array.from(styles.getElementsByTagNameNS(W, "style")).find((s) => s.getAttributeNS(W, "styleId") === id)!;
    expect(style("Heading1").getElementsByTagNameNS(W, "name")[0]!.getAttributeNS(W, "val")).toMatch(/^heading 1$/i);
    expect(style("Heading2").getElementsByTagNameNS(W, "outlineLvl")[0]!.getAttributeNS(W, "val")).toBe("1");
  });

  test("guidance is grey italic, as in Word", () => {
    expect(GUIDANCE_COLOUR).toBe(`#${GUIDANCE_COLOUR_HEX}`);
    const xml = xmlOf(bytes, "word/document.xml");
    const guidance = Array.from(xml.getElementsByTagNameNS(W, "sdt")).filter((c) => c.getElementsByTagNameNS(W, "tag")[0]!.getAttributeNS(W, "val")!.startsWith("ilm:guidance:"));
    const runs = guidance.flatMap((g) => Array.from(g.getElementsByTagNameNS(W, "r")));
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((r) => r.getElementsByTagNameNS(W, "i").length === 1 && r.getElementsByTagNameNS(W, "color")[0]?.getAttributeNS(W, "val") === GUIDANCE_COLOUR_HEX)).toBe(true);
  });
});

describe("a centre's template as a Word file", () => {
  test("Northgate's: the centre's cover sheet, guidance and sections, and the template recorded for the check", async () => {
    const t = parseCentreTemplate(NORTHGATE);
    const bytes = await centreTemplateDocx(t);
    const doc = readDocx(bytes, "northgate.docx");
    expect(doc.addInData?.[StoreKeys.centreTemplate]).toEqual(recordedTemplate(t));
    const report = analyse(doc);
    expect(report.centre).toEqual({ id: "northgate-8580-500", name: "Northgate College", source: "document" });
    expect(report.sections.every((s) => s.status === "empty")).toBe(true);
    const cover = doc.paragraphs.filter((p) => p.role === "cover").map((p) => p.text);
    expect(cover).toEqual(expect.arrayContaining(["Cohort:", "Tutor:", "Centre name: Northgate College", "Centre number: 123456"]));
    expect(doc.paragraphs.filter((p) => p.tags.includes("ilm:guidance:1.1")).map((p) => p.text).slice(-1)).toEqual(["Use at least two published definitions."]);
    expect(doc.paragraphs.filter((p) => p.headingLevel === 1).map((p) => p.text).slice(-3)).toEqual(["References", "Appendix 1: Coaching log", "Appendix 2: Supervision notes"]);

    // The same as the pane's insertion of the same template.
    const { word } = setup([]);
    await insertCentreTemplate(word, centreUnit(t), centreTemplateOptions(t), centreCustomisation(t), recordedTemplate(t));
    expect(doc.paragraphs.map(shape)).toEqual((await readDocument(word)).paragraphs.map(shape));
  });

  test("the unconfirmed unit in the centre's wording: ilm-check checks against it", async () => {
    const t = parseCentreTemplate(MARK_SHEET_502);
    const report = analyse(readDocx(await centreTemplateDocx(t), "eastfield.docx"));
    expect(report.unit).toBe("8580-502");
    expect(report.sections.map((s) => [s.ac, s.status, s.heading])).toEqual(MARK_SHEET_502.criteria!.map((c) => [c.ac, "empty", `${c.ac} ${c.wording}`]));
  });

  test("text that looks like markup is written as text, and read back the same", async () => {
    const sly = 'Cite < 3 sources & "quote" them; &lt;w:p&gt; is text';
    const t = parseCentreTemplate({ ...NORTHGATE, acGuidance: { "1.1": sly } });
    const doc = readDocx(await centreTemplateDocx(t), "sly.docx");
    expect(doc.paragraphs.some((p) => p.text === sly && p.role === "guidance")).toBe(true);
  });

  test("without guidance or cover sheet, as the centre chose", async () => {
    const t = parseCentreTemplate({ ...NORTHGATE, guidance: false, coverSheet: false, lockHeadings: false });
    const doc = readDocx(await centreTemplateDocx(t), "plain.docx");
    expect(doc.paragraphs.some((p) => p.role === "guidance" || p.role === "cover")).toBe(false);
    expect(analyse(doc).sections.every((s) => s.status === "empty")).toBe(true);
  });
});

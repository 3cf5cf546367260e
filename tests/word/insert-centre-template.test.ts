/**
 * A centre's template inserted through the in-memory Word: its cover-sheet fields with the centre's
 * name and number, its guidance after each AC's own descriptors (in the guidance controls, so one
 * click removes it), its extra sections, locked side-headings; the template recorded in the
 * document; and the learner's own text untouched, whatever the template holds.
 */
import { centreCustomisation, centreTemplateOptions, centreUnit, recordedTemplate } from "../../src/centre/apply";
import { parseCentreTemplate } from "../../src/centre/parse";
import type { CentreTemplate, CentreTemplateInput } from "../../src/centre/schema";
import { analyse } from "../../src/check/analyse";
import { GUIDANCE_PASS_LEAD } from "../../src/core/template";
import { StoreKeys } from "../../src/model/document-store";
import { controlsSnapshot, snapshot, type MemoryDocument } from "../../src/word-memory/memory-word";
import { loadCentreTemplate } from "../../src/word/centre-store";
import { readStore } from "../../src/word/doc-store";
import { insertCentreTemplate } from "../../src/word/insert-centre-template";
import { insertMissingSections } from "../../src/word/insert-missing";
import { readDocument } from "../../src/word/read-document";
import { removeGuidance } from "../../src/word/remove-guidance";
import type { WordRunner } from "../../src/word/word-runner";
import { MARK_SHEET_502, NORTHGATE, clone } from "../centre/fixtures";
import { prose, setup, syncsOf, uidsOf } from "./helpers";

function insert(word: WordRunner, input: CentreTemplateInput) {
  const t = parseCentreTemplate(input);
  return insertCentreTemplate(word, centreUnit(t), centreTemplateOptions(t), centreCustomisation(t), recordedTemplate(t));
}

const texts = (doc: MemoryDocument, tag: string) => snapshot(doc).filter((p) => p.tags.includes(tag)).map((p) => p.text);
const headings1 = (doc: MemoryDocument) => snapshot(doc).filter((p) => p.styleBuiltIn === "Heading1").map((p) => p.text);

describe("a centre template into an empty document", () => {
  let doc: MemoryDocument;
  let word: WordRunner;
  let t: CentreTemplate;
  beforeAll(async () => {
    ({ doc, word } = setup([]));
    t = parseCentreTemplate(NORTHGATE);
    const result = await insert(word, NORTHGATE);
    expect(result).toMatchObject({ outcome: "inserted", recorded: true });
    expect(result.message).toMatch(/Northgate College's version/);
  });

  test("the cover sheet asks for the centre's fields and fills in its name and number", () => {
    expect(texts(doc, "ilm:cover").slice(0, 8)).toEqual([
      "ILM submission cover sheet",
      "Learner name:",
      "ILM registration number:",
      "Cohort:",
      "Tutor:",
      "Centre name: Northgate College",
      "Centre number: 123456",
      "Qualification: ILM Level 5 Certificate in Coaching and Mentoring (8580)",
    ]);
    expect(texts(doc, "ilm:cover")).toContain("Word count (suggested 4,000 to 5,500 words, not including appendices):");
  });

  test("the centre's guidance follows the AC's own descriptors, in the AC's guidance control", () => {
    const g = texts(doc, "ilm:guidance:1.1");
    expect(g).toContain(GUIDANCE_PASS_LEAD);
    expect(g.slice(-2)).toEqual(["Guidance from Northgate College:", "Use at least two published definitions."]);
    // Guidance paragraphs look like guidance (grey italics), as the add-in's own.
    const ours = snapshot(doc).filter((p) => p.tags.includes("ilm:guidance:1.1"));
    expect(ours.every((p) => p.italic === true)).toBe(true);
    expect(texts(doc, "ilm:guidance:1.2")).not.toContain("Guidance from Northgate College:");
  });

  test("extra sections: the appendices after References, in place of the general Appendices heading", () => {
    expect(headings1(doc).slice(-3)).toEqual(["References", "Appendix 1: Coaching log", "Appendix 2: Supervision notes"]);
    expect(headings1(doc)).not.toContain("Appendices");
  });

  test("locked side-headings, with the unit's exact wording", () => {
    const headingControls = controlsSnapshot(doc).filter((c) => c.tag.startsWith("ilm:heading:"));
    expect(headingControls).toHaveLength(centreUnit(t).criteria.length);
    expect(headingControls.every((c) => c.cannotEdit && c.cannotDelete)).toBe(true);
    const h2 = snapshot(doc).filter((p) => p.styleBuiltIn === "Heading2").map((p) => p.text);
    expect(h2).toEqual(centreUnit(t).criteria.map((c) => `${c.id} ${c.wording}`));
  });

  test("the template is recorded whole in the document, and the check follows it", async () => {
    expect(await loadCentreTemplate(word)).toEqual(recordedTemplate(t));
    expect((await readStore(word))[StoreKeys.centreTemplate]).not.toHaveProperty("$schema");
    const draft = await readDocument(word);
    const report = analyse({ ...draft, addInData: await readStore(word) });
    expect(report.centre).toEqual({ id: t.id, name: "Northgate College", source: "document" });
    expect(report.wordCount).toBe(0);
    expect(report.sections.every((s) => s.status === "empty")).toBe(true);
  });

  test("Remove guidance takes the centre's guidance too", async () => {
    // Without the centre's additions its guidance reads as the learner's own text, and is kept.
    const { doc: other, word: otherWord } = setup([]);
    await insert(otherWord, NORTHGATE);
    expect((await removeGuidance(otherWord, centreUnit(t))).keptParagraphs).toBe(2);
    expect(snapshot(other).some((p) => p.text === "Use at least two published definitions.")).toBe(true);
    const result = await removeGuidance(word, centreUnit(t), {}, centreCustomisation(t));
    expect(result.keptParagraphs).toBe(0);
    expect(snapshot(doc).some((p) => p.text === "Use at least two published definitions.")).toBe(false);
    expect(snapshot(doc).some((p) => p.tags.some((tag) => tag.startsWith("ilm:guidance:")))).toBe(false);
  });
});

describe("a centre template into a document full of the learner's text", () => {
  test("the learner's paragraphs are untouched and in order; the centre's template goes around them", async () => {
    const learner = [{ text: "My notes", bold: true }, ...prose(40), { text: "Conclusion", style: "Heading1" }, ...prose(5, 40)];
    const { doc, word } = setup(learner);
    const before = snapshot(doc);
    const uids = uidsOf(doc);
    const result = await insert(word, NORTHGATE);
    expect(result.outcome).toBe("appended");
    const after = snapshot(doc);
    expect(after.filter((p) => uids.has(p.uid))).toEqual(before);
    const first = after.findIndex((p) => uids.has(p.uid));
    expect(after.slice(0, first).map((p) => p.text)).toContain("Cohort:");
    expect(headings1(doc).slice(-2)).toEqual(["Appendix 1: Coaching log", "Appendix 2: Supervision notes"]);
  });

  test("refused where the unit's side-headings are already there; nothing recorded", async () => {
    const t = parseCentreTemplate(NORTHGATE);
    const c = centreUnit(t).criteria[0]!;
    const { doc, word } = setup([...prose(3), { text: `${c.id} ${c.wording}`, style: "Heading2" }, ...prose(3, 3)]);
    const before = snapshot(doc);
    expect(await insert(word, NORTHGATE)).toMatchObject({ outcome: "refused", recorded: false });
    expect(snapshot(doc)).toEqual(before);
    expect(await loadCentreTemplate(word)).toBeNull();
  });

  test("text that looks like markup goes in as the very characters", async () => {
    const sly = 'Cite < 3 sources & use "quotes"; &lt;b&gt; is not bold';
    const { doc, word } = setup(prose(5));
    await insert(word, { ...clone(NORTHGATE), acGuidance: { "1.1": sly }, extraSections: ["Appendix A & B (<3 pages)"] });
    const all = snapshot(doc).map((p) => p.text);
    expect(all).toContain(sly);
    expect(all).toContain("Appendix A & B (<3 pages)");
  });

  test("a customisation that names no centre is called the learner's centre's version", async () => {
    const t = parseCentreTemplate(NORTHGATE);
    const { word } = setup([]);
    const result = await insertCentreTemplate(word, centreUnit(t), centreTemplateOptions(t), { ...centreCustomisation(t), centre: undefined }, recordedTemplate(t));
    expect(result.message).toMatch(/ It is your centre's version, with its cover sheet, guidance and settings\.$/);
  });

  test("constant syncs whatever the learner has written", async () => {
    const counts: number[] = [];
    for (const n of [10, 2000]) {
      const { doc, word } = setup(prose(n));
      counts.push(await syncsOf(doc, () => insert(word, NORTHGATE)));
    }
    expect(counts[0]).toBe(counts[1]);
  });
});

describe("a centre template on an older Word (WordApi 1.3)", () => {
  test("the template goes in; the note says it could not be recorded", async () => {
    const { doc, word } = setup([], { requirements: { WordApi: "1.3" } });
    const result = await insert(word, NORTHGATE);
    expect(result).toMatchObject({ outcome: "inserted", recorded: false });
    expect(result.message).toMatch(/cannot record the centre's template/);
    expect(doc.xmlParts).toHaveLength(0);
    expect(texts(doc, "ilm:cover")).toContain("Cohort:");
  });
});

describe("the unconfirmed unit worded by the centre (8580-502)", () => {
  test("the centre's outcomes and ACs are inserted, with its guidance", async () => {
    const { doc, word } = setup([]);
    await insert(word, MARK_SHEET_502);
    expect(snapshot(doc).filter((p) => p.styleBuiltIn === "Heading2").map((p) => p.text)).toEqual(MARK_SHEET_502.criteria!.map((c) => `${c.ac} ${c.wording}`));
    expect(headings1(doc)).toContain("Learning outcome 2: Be able to reflect on an extended period of coaching or mentoring");
    expect(texts(doc, "ilm:guidance:2.2")).toEqual(["Guidance from Eastfield Training:", "Use your supervision notes."]);
    const report = analyse({ ...(await readDocument(word)), addInData: await readStore(word) });
    expect(report.sections.map((s) => s.status)).toEqual(["empty", "empty", "empty", "empty"]);
  });

  test("Insert missing sections adds a missing AC with the centre's wording and guidance", async () => {
    const t = parseCentreTemplate(MARK_SHEET_502);
    const unit = centreUnit(t);
    const { doc, word } = setup([{ text: "title", style: "Title" }, { text: `1.1 ${unit.criteria[0]!.wording}`, style: "Heading2" }, ...prose(3)]);
    const result = await insertMissingSections(word, unit, { guidance: true, lockHeadings: true }, centreCustomisation(t));
    expect(result.inserted).toEqual(["1.2", "2.1", "2.2"]);
    expect(texts(doc, "ilm:guidance:2.2")).toEqual(["Guidance from Eastfield Training:", "Use your supervision notes."]);
  });
});

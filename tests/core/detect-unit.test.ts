import { detectUnitIn, scoreUnits, unitFromTemplateTag } from "../../src/core/detect-unit";
import { UNITS, getUnit } from "../../src/units/catalogue";
import { draft } from "./draft";
import { MARKED, PLAIN, TEST_UNITS, ac, filler } from "./fixtures";

describe("unit detection (fixtures)", () => {
  it("tells apart two units with the same AC numbers by wording", () => {
    for (const unit of TEST_UNITS) {
      const doc = draft(unit.criteria.flatMap((c) => [`## ${c.id} ${c.wording}`, filler(10)]));
      expect(detectUnitIn(doc, TEST_UNITS)?.id).toBe(unit.id);
    }
  });

  it("still detects when some headings are altered or missing", () => {
    const doc = draft([`**${ac(PLAIN, "1.1")}**`, filler(5), "**1.2 Needs and goals**", filler(5)]);
    expect(detectUnitIn(doc, TEST_UNITS)?.id).toBe(PLAIN.id);
  });

  it("falls back to a unit number in the title when there is no wording to go on", () => {
    const doc = draft(["title: ILM Unit 9999-001: my assignment", "## 1.1", filler(5)]);
    expect(detectUnitIn(doc, TEST_UNITS)?.id).toBe(MARKED.id);
  });

  it("returns null for a draft with neither side-headings nor a unit number", () => {
    expect(detectUnitIn(draft(["# Essay", filler(100)]), TEST_UNITS)).toBeNull();
  });

  it("scores every unit, best first", () => {
    const doc = draft(MARKED.criteria.map((c) => `## ${c.id} ${c.wording}`));
    const scores = scoreUnits(doc, TEST_UNITS);
    expect(scores.map((s) => s.unit.id)).toEqual([MARKED.id, PLAIN.id]);
    expect(scores[0]!.score).toBeCloseTo(MARKED.criteria.length);
    expect(scores[1]!.score).toBeLessThan(scores[0]!.score / 2);
  });
});

describe("unit detection with Word's list numbers (issue 11)", () => {
  it("goes by the wording when an Introduction left in the list shifts every number by one", () => {
    // Word shows "1." for the Introduction, so 8580-503's 1.1 shows as 2.1, its 2.1 as 3.1, and so on.
    const unit = getUnit("8580-503")!;
    const shifted = (id: string) => id.replace(/^\d/, (d) => String(Number(d) + 1));
    const doc = draft([
      { text: "Introduction", headingLevel: 1, listNumber: "1." },
      filler(40),
      ...unit.criteria.flatMap((c) => [{ text: c.wording, headingLevel: 2, listNumber: shifted(c.id) }, filler(60)]),
    ]);
    expect(detectUnitIn(doc, UNITS)?.id).toBe("8580-503");
    // A number typed by the learner is not Word's counting: it still decides which AC it names.
    const typed = draft(unit.criteria.flatMap((c) => [`## ${shifted(c.id)} ${c.wording}`, filler(60)]));
    expect(scoreUnits(typed, [unit])[0]!.score).toBeLessThan(scoreUnits(doc, [unit])[0]!.score);
  });
});

describe("unit detection (catalogue)", () => {
  it.each(UNITS.map((u) => [u.id]))("a draft with %s's exact side-headings is detected as that unit", (id) => {
    const unit = getUnit(id)!;
    const doc = draft(["title: ILM assignment", ...unit.criteria.flatMap((c) => [`## ${c.id} ${c.wording}`, filler(30)])]);
    expect(detectUnitIn(doc, UNITS)?.id).toBe(id);
  });

  it("tells the two 8580-500 mark sheets apart from the shared numbers 1.1–3.2 alone, as bold text", () => {
    for (const id of ["8580-500", "8580-500-2017"]) {
      const unit = getUnit(id)!;
      const shared = unit.criteria.filter((c) => ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2"].includes(c.id));
      const doc = draft(shared.flatMap((c) => [`**AC${c.id}: ${c.wording}**`, filler(30)]));
      expect(detectUnitIn(doc, UNITS)?.id).toBe(id);
    }
  });
});

describe("template tag", () => {
  it("reads ilm:template:<unit> from any paragraph's tags", () => {
    const doc = draft(["x", { text: "y", tags: ["ilm:template:8580-503", "ilm:heading:1.1"] }]);
    expect(unitFromTemplateTag(doc)).toBe("8580-503");
    expect(unitFromTemplateTag(draft(["x"]))).toBeNull();
  });
});

describe("unit detection from headings without numbers", () => {
  it("uses exact wording alone", () => {
    for (const unit of TEST_UNITS) {
      const doc = draft(unit.criteria.flatMap((c) => [`## ${c.wording}`, filler(10)]));
      expect(detectUnitIn(doc, TEST_UNITS)?.id).toBe(unit.id);
    }
  });
});

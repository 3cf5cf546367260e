import { problem } from "../helpers/problem";
import { sortByPlace } from "../../src/model/problem-order";
import { analyse, UnknownUnitError } from "../../src/check/analyse";
import type { Problem } from "../../src/check/rules";
import { COVERAGE_RULES } from "../../src/core/rules/coverage-rules";
import { UNITS, getUnit } from "../../src/units/catalogue";
import { draft } from "../core/draft";
import { MARKED, PLAIN, TEST_UNITS, ac, completeMarked, filler } from "../core/fixtures";

const opts = { catalogue: TEST_UNITS };
const COVERAGE = new Set<string>(COVERAGE_RULES.map((r) => r.id));
/** The coverage problems only (the referencing checks have their own tests). */
const coverage = (problems: Problem[]) => problems.filter((p) => COVERAGE.has(p.code));

describe("analyse", () => {
  it("reports a complete draft with no coverage problems, every AC ok, in unit order", () => {
    const r = analyse(draft(completeMarked(), "essay.docx"), opts);
    expect(r.file).toBe("essay.docx");
    expect(r.unit).toBe(MARKED.id);
    expect(r.unitSource).toBe("detected");
    expect(r.wordCount).toBe(1350);
    expect(r.wordRange).toEqual([1000, 2000]);
    expect(coverage(r.problems)).toEqual([]);
    expect(r.sections.map((s) => [s.ac, s.status, s.words])).toEqual([
      ["1.1", "ok", 150],
      ["1.2", "ok", 150],
      ["2.1", "ok", 300],
      ["2.2", "ok", 700],
    ]);
    expect(r.sections[0]).toMatchObject({ heading: ac(MARKED, "1.1"), share: [100, 200], paragraphs: [4, 5], citations: 0 });
    expect(r.sections[3]!.share).toEqual([600, 1200]);
  });

  it("gives each section a status: missing, empty, altered (altered wins over ok)", () => {
    const r = analyse(
      draft([`## ${ac(MARKED, "1.1")}`, `## 1.2 Context`, filler(30), `## ${ac(MARKED, "2.2")}`, filler(700)]),
      { ...opts, unit: MARKED.id },
    );
    expect(r.sections.map((s) => s.status)).toEqual(["empty", "altered", "missing", "ok"]);
    expect(r.sections[2]).toMatchObject({ heading: "", words: 0 });
    expect(r.sections[2]!.paragraphs).toBeUndefined();
    expect(r.unitSource).toBe("given");
  });

  it("uses the unit given even when the wording suggests another", () => {
    const doc = draft(PLAIN.criteria.flatMap((c) => [`## ${c.id} ${c.wording}`, filler(60)]));
    expect(analyse(doc, opts).unit).toBe(PLAIN.id);
    const r = analyse(doc, { ...opts, unit: MARKED.id });
    expect(r.unit).toBe(MARKED.id);
    expect(r.problems.filter((p) => p.code === "ac-heading-altered")).toHaveLength(4);
  });

  it("takes the unit announced by the add-in's template tag", () => {
    const lines = completeMarked();
    const doc = draft([{ text: "Cover", tags: ["ilm:template:9999-001-2017", "ilm:cover"] }, ...lines.slice(1)]);
    const r = analyse(doc, opts);
    expect(r.unit).toBe(PLAIN.id);
    expect(r.unitSource).toBe("template");
  });

  it("ignores a template tag naming no catalogue unit and detects instead", () => {
    const doc = draft([{ text: "Cover", tags: ["ilm:template:1234-567"] }, ...completeMarked()]);
    expect(analyse(doc, opts)).toMatchObject({ unit: MARKED.id, unitSource: "detected" });
  });

  it("throws UnknownUnitError with one sentence listing the valid ids", () => {
    expect(() => analyse(draft(["x"]), { unit: "8580-999" })).toThrow(UnknownUnitError);
    try {
      analyse(draft(["x"]), { unit: "8580-999" });
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toContain("8580-999");
      for (const u of UNITS) expect(msg).toContain(u.id);
      expect(msg.match(/\.\s/g)).toBeNull();
    }
  });

  it("reports a draft it cannot place with no unit, no sections and its word count", () => {
    const r = analyse(draft(["# Essay", filler(120)]), opts);
    expect(r).toMatchObject({ unit: null, wordCount: 120, wordRange: null, sections: [], problems: [] });
    expect(r.unitSource).toBeUndefined();
  });

  it("works with the real catalogue by default", () => {
    const unit = getUnit("8581-700")!;
    const r = analyse(draft(unit.criteria.flatMap((c) => [`## ${c.id}. ${c.wording}`, filler(500)])));
    expect(r.unit).toBe("8581-700");
    expect(r.wordCount).toBe(500 * unit.criteria.length);
    expect(coverage(r.problems)).toEqual([]);
  });

  it("sorts problems: whole-draft first, then by paragraph, errors first at the same place", () => {
    const r = analyse(
      draft([`## ${ac(MARKED, "1.2")}`, filler(5), `## ${ac(MARKED, "1.1")}`, "{guidance}", `## ${ac(MARKED, "2.1")}`]),
      opts,
    );
    expect(coverage(r.problems).map((p) => [p.code, p.ac ?? null, p.paragraph ?? null])).toEqual([
      ["ac-missing", "2.2", null],
      ["word-count-out-of-range", null, null],
      ["ac-short", "1.2", 0],
      ["ac-out-of-order", "1.2", 0],
      ["ac-empty", "1.1", 2],
      ["guidance-left-in", "1.1", 3],
      ["ac-empty", "2.1", 4],
    ]);
  });
});

describe("sortByPlace", () => {
  it("is stable for equal keys", () => {
    const p = (code: Problem["code"], paragraph?: number): Problem => problem({ code, severity: "warning", message: "x.", paragraph });
    const list = [p("ac-short", 3), p("ac-duplicate", 3), p("ac-out-of-order")];
    expect(sortByPlace(list).map((x) => x.code)).toEqual(["ac-out-of-order", "ac-short", "ac-duplicate"]);
  });
});

describe("merging the referencing checks", () => {
  it("counts each section's citations and lists its sources from checkReferencing", () => {
    const r = analyse(
      draft([
        `## ${ac(MARKED, "1.1")}`,
        `Coaching unlocks potential (Starr, 2016). ${filler(150)}`,
        `## ${ac(MARKED, "1.2")}`,
        `Context matters (Goleman, 1996). ${filler(150)}`,
        "# References",
        "Starr, J. (2016) The coaching manual. 4th edn. Harlow: Pearson.",
      ]),
      { ...opts, unit: MARKED.id },
    );
    expect(r.sections[0]!.citations).toBe(1);
    expect(r.sections[1]!.citations).toBe(1);
    expect(r.citations.map((c) => [c.authors[0], c.year, c.ac, c.matched])).toEqual([
      ["Starr", "2016", "1.1", true],
      ["Goleman", "1996", "1.2", false],
    ]);
    const unmatched = r.problems.find((p) => p.code === "citation-unmatched");
    expect(unmatched).toMatchObject({ ac: "1.2", paragraph: 3 });
    // Still in document order with the coverage problems.
    const paragraphs = r.problems.map((p) => p.paragraph ?? -1);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
  });

  it("does not pass guidance to the referencing checks as the learner's citations", () => {
    const r = analyse(
      draft([`## ${ac(MARKED, "1.1")}`, "{The OSCAR Model (Gilbert and Whittleworth, 2009) is a good model.}", filler(150)]),
      { ...opts, unit: MARKED.id },
    );
    expect(r.citations).toEqual([]);
  });
});

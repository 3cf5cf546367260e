/**
 * The add-in's own template, analysed as inserted and as a learner fills it:
 * the checker must accept every side-heading the template writes.
 */
import { analyse } from "../../src/check/analyse";
import { makeParagraph, roleFromTags, type DraftDocument } from "../../src/model/document";
import { COVERAGE_RULES } from "../../src/core/rules/coverage-rules";
import { buildTemplate, type TemplateBlock } from "../../src/core/template";
import { UNITS } from "../../src/units/catalogue";
import { filler } from "./fixtures";

const COVERAGE = new Set<string>(COVERAGE_RULES.map((r) => r.id));
const LEVEL: Record<string, number> = { Heading1: 1, Heading2: 2 };

/** The blocks as a host would read them back; `answers` fills each AC's answer paragraph. */
function toDraft(blocks: readonly TemplateBlock[], answers?: (ac: string) => string): DraftDocument {
  const template = blocks.find((b) => b.kind === "title")!.tag!;
  const paragraphs = blocks.flatMap((b) =>
    b.paragraphs.map((p) => {
      const tags = [template, ...(b.tag && b.tag !== template ? [b.tag] : [])];
      const text = b.kind === "answer" && b.ac && answers ? answers(b.ac) : p.text;
      return { text, tags, headingLevel: LEVEL[p.style] ?? 0, isTitle: p.style === "Title", bold: !!p.bold };
    }),
  );
  return { paragraphs: paragraphs.map((p, index) => makeParagraph({ ...p, index, role: roleFromTags(p.tags) })) };
}

const coverage = (doc: DraftDocument) =>
  analyse(doc)
    .problems.filter((p) => COVERAGE.has(p.code))
    .map((p) => `${p.code}${p.ac ? ` ${p.ac}` : ""}`);

describe.each(UNITS.map((u) => [u.id, u]))("the template of %s", (_id, unit) => {
  it("as inserted: the unit from its tag, every AC present with exact wording, empty, guidance flagged", () => {
    const blocks = buildTemplate(unit, { guidance: true, coverSheet: true, lockHeadings: true });
    const guided = new Set(blocks.filter((b) => b.kind === "guidance" && b.paragraphs.some((p) => p.text.trim())).map((b) => b.ac));
    const doc = toDraft(blocks);
    const report = analyse(doc);
    expect(report).toMatchObject({ unit: unit.id, unitSource: "template", wordCount: 0 });
    expect(report.sections.map((s) => s.status)).toEqual(unit.criteria.map(() => "empty"));
    const got = coverage(doc);
    for (const c of unit.criteria) {
      expect(got).toContain(`ac-empty ${c.id}`);
      if (guided.has(c.id)) expect(got).toContain(`guidance-left-in ${c.id}`);
      else expect(got).not.toContain(`guidance-left-in ${c.id}`);
    }
    expect(got.filter((k) => /^ac-(missing|heading-altered|duplicate|out-of-order)/.test(k))).toEqual([]);
  });

  it("filled in without guidance: no coverage problems except the word count where the range asks for more", () => {
    const perAc = unit.wordRange ? Math.ceil(unit.wordRange[0] / unit.criteria.length) + 5 : 200;
    const doc = toDraft(buildTemplate(unit, { guidance: false, coverSheet: true, lockHeadings: false }), () => filler(perAc));
    const report = analyse(doc);
    expect(report.sections.every((s) => s.status === "ok")).toBe(true);
    expect(coverage(doc)).toEqual([]);
    expect(report.wordCount).toBeGreaterThanOrEqual(perAc * unit.criteria.length);
  });
});

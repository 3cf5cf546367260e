/**
 * The one analysis every host runs: Word, .docx files (ilm-check) and the
 * preview all build a DraftDocument and call analyse(). It sits above both rule
 * families: the coverage checks (src/core) and the referencing checks
 * (src/harvard), which never import each other.
 */
import type { DraftDocument } from "../model/document";
import { isBodyParagraph } from "../model/document";
import type { RelatedPlace, SectionReport, SectionStatus } from "../model/report";
import { sortByPlace } from "../model/problem-order";
import type { Section } from "../model/sections";
import type { Unit } from "../units/types";
import { UNITS, getUnit } from "../units/catalogue";
import { checkReferencing } from "../harvard/check-referencing";
import { buildContext, type CheckContext } from "../core/context";
import { detectUnitIn, unitFromTemplateTag } from "../core/detect-unit";
import { UnknownUnitError } from "../units/unknown-unit-error";
import { isGuidanceClass, scanDraft, type DraftScan } from "../core/sections";
import { COVERAGE_RULES } from "../core/rules/coverage-rules";
import type { Problem, Report } from "./rules";
import type { CtrEdition } from "../harvard/edition";
import type { HarvardSettings } from "../harvard/house-style";
import { centreHarvard } from "../centre/apply";
import { catalogueWithCentre, chooseCentre } from "./centre-options";

export { findSections } from "../core/sections";
export { UnknownUnitError } from "../units/unknown-unit-error";

export interface AnalyseOptions {
  /** Catalogue id of the unit; detected when absent. */
  unit?: string;
  /** The units to choose from (tests pass fixtures); the catalogue by default. */
  catalogue?: readonly Unit[];
  /**
   * The Cite Them Right edition the reference notes follow: the same setting as `harvard.edition`
   * (and a centre template's), which this wins over when given; the 12th by default.
   */
  edition?: CtrEdition;
  /** House Harvard settings the referencing notes follow (Cite Them Right fills the rest); they win over a centre template's. */
  harvard?: Partial<HarvardSettings>;
  /**
   * A centre template (JSON text or object), validated here: a CentreTemplateError says what is wrong.
   * Without one, the template the document records (doc.addInData) is followed, if it is valid.
   */
  centre?: unknown;
}

/** The unit the draft answers, detected from its side-headings (or title), or null. */
export function detectUnit(doc: DraftDocument, catalogue: readonly Unit[] = UNITS): Unit | null {
  return detectUnitIn(doc, catalogue);
}

function resolveUnit(doc: DraftDocument, options: AnalyseOptions): { unit: Unit | null; source?: Report["unitSource"] } {
  const catalogue = options.catalogue ?? UNITS;
  const find = (id: string) => (options.catalogue ? catalogue.find((u) => u.id === id.trim()) : getUnit(id));
  if (options.unit !== undefined) {
    const unit = find(options.unit);
    if (!unit) throw new UnknownUnitError(options.unit, catalogue.map((u) => u.id));
    return { unit, source: "given" };
  }
  const tagged = unitFromTemplateTag(doc);
  const fromTag = tagged ? find(tagged) : undefined;
  if (fromTag) return { unit: fromTag, source: "template" };
  const detected = detectUnitIn(doc, catalogue);
  return detected ? { unit: detected, source: "detected" } : { unit: null };
}

/**
 * Sections as the referencing checks see them: without the add-in's guidance,
 * {braced} notes, pasted guidance, placeholders, cover sheet and title, whose
 * citations are not the learner's.
 */
function sectionsForReferencing(doc: DraftDocument, scan: DraftScan): Section[] {
  const position = new Map<number, number>();
  doc.paragraphs.forEach((p, i) => position.set(p.index, i));
  return scan.sections.map((s) => ({
    ...s,
    paragraphs: s.paragraphs.filter((p) => {
      const c = scan.classes[position.get(p.index)!];
      return !isGuidanceClass(c) && c !== "placeholder" && c !== "cover" && c !== "title" && c !== "contents";
    }),
  }));
}

function sectionReports(ctx: CheckContext, citationsByAc: Map<string, number>, sourcesByAc: Record<string, string[]>): SectionReport[] {
  if (!ctx.unit) return [];
  return ctx.unit.criteria.map((c) => {
    const list = ctx.occurrences.get(c.id) ?? [];
    const words = ctx.wordsByAc.get(c.id) ?? 0;
    const first = list[0];
    let status: SectionStatus = "missing";
    if (first) status = words === 0 ? "empty" : list.some((o) => o.heading.exact === false) ? "altered" : "ok";
    const report: SectionReport = {
      ac: c.id,
      status,
      heading: first ? first.heading.text : "",
      words,
      citations: citationsByAc.get(c.id) ?? 0,
    };
    const share = ctx.shares.get(c.id);
    if (share) report.share = share;
    const sources = sourcesByAc[c.id];
    if (sources) report.sources = sources;
    if (first) {
      // The last body paragraph: notes and text boxes are not where a section ends in the document.
      const last = first.section.paragraphs.filter(isBodyParagraph).pop();
      report.paragraphs = [first.heading.paragraph.index, last ? last.index : first.heading.paragraph.index];
    }
    return report;
  });
}

/** The coverage part alone: sections, word counts and the coverage rules (no referencing). */
export function analyseCoverage(doc: DraftDocument, unit: Unit | null): { ctx: CheckContext; scan: DraftScan; problems: Problem[] } {
  const scan = scanDraft(doc, unit);
  const ctx = buildContext(doc, unit, scan);
  const problems: Problem[] = COVERAGE_RULES.flatMap((rule): Problem[] => rule.run(ctx));
  return { ctx, scan, problems };
}

/**
 * Where a note or text box sits in the body: the paragraph holding its anchor, so
 * "go to" lands on the footnote mark's paragraph (hosts select body paragraphs only).
 */
function toBodyParagraph(doc: DraftDocument): (index: number | undefined) => number | undefined {
  const anchors = new Map<number, number>();
  for (const p of doc.paragraphs) if (!isBodyParagraph(p) && p.anchor !== undefined) anchors.set(p.index, p.anchor);
  return (index) => (index === undefined ? undefined : (anchors.get(index) ?? index));
}

export function analyse(doc: DraftDocument, options: AnalyseOptions = {}): Report {
  // A centre template changes the unit its learners answer (word range; an unconfirmed unit's wording).
  const centre = chooseCentre(doc, options.centre);
  const catalogue = catalogueWithCentre(options.catalogue ?? UNITS, centre.template);
  const { unit, source } = resolveUnit(doc, { ...options, catalogue });
  const applied = centre.template && unit && unit.id === centre.template.unit ? centre.template : null;
  const harvard = { ...(applied ? centreHarvard(applied) : {}), ...(options.harvard ?? {}) };
  const { ctx, scan, problems } = analyseCoverage(doc, unit);
  const referencing = checkReferencing({ unit, sections: sectionsForReferencing(doc, scan), harvard, edition: options.edition });
  const citationsByAc = new Map<string, number>();
  for (const c of referencing.citations) if (c.ac) citationsByAc.set(c.ac, (citationsByAc.get(c.ac) ?? 0) + 1);

  const inBody = toBodyParagraph(doc);
  const placed = <T extends { paragraph?: number; related?: RelatedPlace }>(x: T): T => {
    const paragraph = inBody(x.paragraph);
    const related = x.related && inBody(x.related.paragraph);
    if (paragraph === x.paragraph && related === x.related?.paragraph) return x;
    const out = { ...x, paragraph };
    if (x.related && related !== undefined) out.related = { ...x.related, paragraph: related };
    return out;
  };
  const report: Report = {
    unit: unit ? unit.id : null,
    wordCount: ctx.totalWords,
    wordRange: ctx.wordRange,
    sections: sectionReports(ctx, citationsByAc, referencing.sourcesByAc),
    citations: referencing.citations.map(placed),
    references: referencing.references,
    problems: sortByPlace([...problems, ...referencing.problems].map(placed)),
  };
  if (doc.source !== undefined) report.file = doc.source;
  if (source) report.unitSource = source;
  if (applied) report.centre = { id: applied.id, name: applied.centre.name, source: centre.source ?? "given" };
  if (centre.notice) report.centreNotice = centre.notice;
  return report;
}

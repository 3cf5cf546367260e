/**
 * The unit's template as data: what Word insertion (src/word/insert-template.ts),
 * "Insert missing sections" and the preview all write. Pure: no Office globals.
 */
import type { Criterion, Outcome, Unit } from "../units/types";
import { Tags } from "../model/document";
import { formatCount } from "../shared/text/count";
import { flattenGuidance } from "../units/guidance-items";
import { unitName } from "../units/unit-name";
import { NO_WORD_RANGE_COVER_LINE } from "../units/unit-notices";
import { foldForWordingMatch } from "../shared/text/fold";
import { isAppendixTitle } from "./structure-headings";

export interface TemplateOptions {
  /** Add the guidance blocks (brief, pass descriptors, indicative content). */
  guidance: boolean;
  /** Start with the ILM submission cover sheet and declaration of authenticity. */
  coverSheet: boolean;
  /** Lock the AC side-headings (content controls that cannot be edited or deleted). */
  lockHeadings: boolean;
}

/**
 * What a centre's template adds to the unit's (src/centre turns a centre template file into
 * this). Text only: every string is inserted as text, never as markup.
 */
export interface TemplateCustomisation {
  /** The centre, printed on the cover sheet and named above its guidance. */
  centre?: { name: string; number?: string };
  /** The fields the learner fills in on the cover sheet ("Learner name"), replacing the usual two. */
  coverFields?: readonly string[];
  /** The centre's guidance per AC id, after the AC's own descriptors; each line a paragraph. */
  acGuidance?: Readonly<Record<string, string>>;
  /** Headings of extra sections: appendices after the references, the others before them. */
  extraSections?: readonly string[];
}

/** Built-in styles only, so the navigation pane lists the headings in any language of Word. */
export type TemplateStyle = "Title" | "Heading1" | "Heading2" | "Normal";

export interface TemplateParagraph {
  text: string;
  style: TemplateStyle;
  bold?: boolean;
  /** A bullet's list level: 2 for an item of a nested list, indented one step (see LIST_INDENT_POINTS). */
  level?: 2;
}

/** How far a nested guidance bullet is indented, in points (a quarter inch, Word's list step). */
export const LIST_INDENT_POINTS = 18;

export type TemplateBlockKind =
  /** The document title; its control carries the unit id (ilm:template:<unit>). */
  | "title"
  | "cover"
  /** Heading 1 of a learning outcome. */
  | "outcome"
  /** Introduction, References, Appendices. */
  | "structure"
  /** Heading 2 side-heading "1.1 <exact wording>". */
  | "ac-heading"
  | "guidance"
  /** The empty paragraph the learner writes in. */
  | "answer";

export interface TemplateBlock {
  kind: TemplateBlockKind;
  /** Tag of the content control wrapping the block's paragraphs; absent for plain paragraphs the learner owns. */
  tag?: string;
  /** Title of that control, as Word shows it on the control's border. */
  title?: string;
  /** AC id ("1.1") or "intro" for blocks belonging to one. */
  ac?: string;
  /** Learning outcome id for outcome blocks. */
  outcome?: string;
  /** Locked (cannot be edited or deleted) when the lockHeadings option is on. */
  lockable: boolean;
  paragraphs: TemplateParagraph[];
}

/**
 * Worded after seed 003, "Authenticity of work": own work, other work acknowledged with a
 * recognised referencing notation, direct quotes in quotation marks, declaration required before assessment.
 */
export const DECLARATION_OF_AUTHENTICITY =
  "I declare that the work submitted is my own. I have acknowledged any work that is not my own using a recognised referencing notation (Harvard), and I have presented direct quotes from other sources in quotation marks. I understand that this declaration of authenticity is required before my work can be assessed.";

export const GUIDANCE_PASS_LEAD = "To pass, make sure your answer includes:";
export const GUIDANCE_COVER_LEAD = "Your answer should cover:";
const BULLET = "\u2022 ";
/** The bullet of a nested item: a white bullet, as Word's second list level uses. */
const SUB_BULLET = "\u25E6 ";

export function acHeadingText(c: Pick<Criterion, "id" | "wording">): string {
  return `${c.id} ${c.wording}`;
}

export function outcomeHeadingText(o: Pick<Outcome, "id" | "title">): string {
  return `Learning outcome ${o.id}: ${o.title}`;
}

const normal = (text: string, bold = false): TemplateParagraph => (bold ? { text, style: "Normal", bold } : { text, style: "Normal" });

function splitParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((t) => t.replace(/\s+/g, " ").trim())
    .filter((t) => t.length > 0);
}

const DEFAULT_COVER_FIELDS = ["Learner name", "ILM registration number"];
const CENTRE_NAME = foldForWordingMatch("Centre name");
const CENTRE_NUMBER = foldForWordingMatch("Centre number");

function coverSheet(unit: Unit, custom: TemplateCustomisation): TemplateBlock {
  const words = unit.wordRange
    ? `Word count (suggested ${formatCount(unit.wordRange[0])} to ${formatCount(unit.wordRange[1])} words, not including appendices):`
    : NO_WORD_RANGE_COVER_LINE;
  // The centre's own name and number are filled in below, so a field repeating them is not asked twice.
  const fields = (custom.coverFields ?? DEFAULT_COVER_FIELDS)
    .map((f) => f.trim().replace(/\s*:$/, ""))
    .filter((f) => f !== "" && foldForWordingMatch(f) !== CENTRE_NAME && foldForWordingMatch(f) !== CENTRE_NUMBER);
  const centre = custom.centre;
  return {
    kind: "cover",
    tag: Tags.cover,
    title: "Cover sheet",
    lockable: false,
    paragraphs: [
      normal("ILM submission cover sheet", true),
      ...fields.map((f) => normal(`${f}:`)),
      normal(centre ? `Centre name: ${centre.name}` : "Centre name:"),
      normal(centre?.number ? `Centre number: ${centre.number}` : "Centre number:"),
      normal(`Qualification: ${unit.qualification}`),
      normal(`Unit: ${unitName(unit)} ${unit.title}`),
      normal(words),
      normal("Declaration of authenticity", true),
      normal(DECLARATION_OF_AUTHENTICITY),
      normal("Learner signature:"),
      normal("Date:"),
    ],
  };
}

/** The centre's guidance for one AC, under a line saying whose it is. */
export function centreGuidanceParagraphs(text: string | undefined, centre: TemplateCustomisation["centre"]): TemplateParagraph[] {
  const lines = (text ?? "").split(/\r?\n/).map((t) => t.replace(/\s+/g, " ").trim()).filter((t) => t.length > 0);
  if (lines.length === 0) return [];
  return [normal(centre ? `Guidance from ${centre.name}:` : "Your centre's guidance:"), ...lines.map((t) => normal(t))];
}

/** The guidance paragraphs for one AC, in the order a learner reads them. */
export function acGuidanceParagraphs(c: Criterion): TemplateParagraph[] {
  const out: TemplateParagraph[] = [];
  if (c.brief) out.push(normal(`Task: ${c.brief.replace(/\s+/g, " ").trim()}`));
  // The mark sheet's own words ("{max 8 Marks}"), in the units' sentence case.
  if (c.marks !== undefined) out.push(normal(`Maximum ${c.marks} marks`));
  if (c.passDescriptors.length) {
    out.push(normal(GUIDANCE_PASS_LEAD));
    for (const d of c.passDescriptors) out.push(normal(BULLET + d));
  }
  if (c.indicativeContent.length) {
    out.push(normal(GUIDANCE_COVER_LEAD));
    for (const d of flattenGuidance(c.indicativeContent)) out.push(d.level === 2 ? { ...normal(SUB_BULLET + d.text), level: 2 } : normal(BULLET + d.text));
  }
  return out;
}

function guidanceBlock(key: string, paragraphs: TemplateParagraph[], title: string): TemplateBlock | null {
  if (paragraphs.length === 0) return null;
  return { kind: "guidance", tag: Tags.guidance(key), title, ac: key, lockable: false, paragraphs };
}

function answer(ac?: string): TemplateBlock {
  return { kind: "answer", ...(ac ? { ac } : {}), lockable: false, paragraphs: [normal("")] };
}

/** The blocks for one AC: side-heading, guidance (if chosen; the centre's after the AC's own), empty answer paragraph. */
export function acBlocks(c: Criterion, options: Pick<TemplateOptions, "guidance">, custom: TemplateCustomisation = {}): TemplateBlock[] {
  const blocks: TemplateBlock[] = [
    {
      kind: "ac-heading",
      tag: Tags.heading(c.id),
      title: `Assessment criterion ${c.id}`,
      ac: c.id,
      lockable: true,
      paragraphs: [{ text: acHeadingText(c), style: "Heading2" }],
    },
  ];
  if (options.guidance) {
    const paragraphs = [...acGuidanceParagraphs(c), ...centreGuidanceParagraphs(custom.acGuidance?.[c.id], custom.centre)];
    const g = guidanceBlock(c.id, paragraphs, `Guidance for ${c.id}: remove before you submit`);
    if (g) blocks.push(g);
  }
  blocks.push(answer(c.id));
  return blocks;
}

export function buildTemplate(unit: Unit, options: TemplateOptions, custom: TemplateCustomisation = {}): TemplateBlock[] {
  const blocks: TemplateBlock[] = [
    {
      kind: "title",
      tag: Tags.template(unit.id),
      title: custom.centre ? `ILM template: unit ${unitName(unit)} (${custom.centre.name})` : `ILM template: unit ${unitName(unit)}`,
      lockable: false,
      paragraphs: [{ text: `${unitName(unit)} ${unit.title}`, style: "Title" }],
    },
  ];
  if (options.coverSheet) blocks.push(coverSheet(unit, custom));

  if (unit.introduction) {
    blocks.push({
      kind: "structure",
      ac: "intro",
      lockable: false,
      paragraphs: [{ text: "Introduction", style: "Heading1" }],
    });
    if (options.guidance) {
      const g = guidanceBlock("intro", splitParagraphs(unit.introduction.prompt).map((t) => normal(t)), "Guidance for the introduction: remove before you submit");
      if (g) blocks.push(g);
    }
    blocks.push(answer("intro"));
  }

  for (const outcome of unit.outcomes) {
    const criteria = unit.criteria.filter((c) => c.outcome === outcome.id);
    blocks.push({
      kind: "outcome",
      tag: Tags.outcome(outcome.id),
      title: `Learning outcome ${outcome.id}`,
      outcome: outcome.id,
      lockable: true,
      paragraphs: [{ text: outcomeHeadingText(outcome), style: "Heading1" }],
    });
    if (options.guidance) {
      const lead = outcome.brief ?? outcome.intro;
      const g = lead ? guidanceBlock(`outcome-${outcome.id}`, splitParagraphs(lead).map((t) => normal(t)), `Guidance for learning outcome ${outcome.id}: remove before you submit`) : null;
      if (g) blocks.push(g);
    }
    for (const c of criteria) blocks.push(...acBlocks(c, options, custom));
  }

  const section = (title: string) => {
    blocks.push({ kind: "structure", lockable: false, paragraphs: [{ text: title, style: "Heading1" }] });
    blocks.push(answer());
  };
  const extras = (custom.extraSections ?? []).map((t) => t.replace(/\s+/g, " ").trim()).filter((t) => t.length > 0);
  const appendices = extras.filter((t) => isAppendixTitle(t));
  for (const t of extras) if (!isAppendixTitle(t)) section(t);
  section("References");
  // A centre's own appendices replace the general "Appendices" heading.
  for (const t of appendices.length ? appendices : ["Appendices"]) section(t);
  return blocks;
}

/** Every paragraph of the template in order, for previews and tests. */
export function templateParagraphs(blocks: readonly TemplateBlock[]): Array<TemplateParagraph & { tag?: string }> {
  return blocks.flatMap((b) => b.paragraphs.map((p) => ({ ...p, ...(b.tag ? { tag: b.tag } : {}) })));
}

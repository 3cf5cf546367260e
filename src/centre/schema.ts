/**
 * The centre template: one JSON format a centre writes once (in the pane's Centre mode, or by
 * hand with docs/centre-template.schema.json in its editor) and hands out with the add-in or as
 * a Word file. It starts from a catalogue unit and records only what the centre changes: its
 * name, the cover sheet, guidance, extra sections, the word range and its house Harvard. The
 * AC wording is never changed, except for a unit the catalogue marks as unconfirmed, where the
 * centre may give the wording from its ILM mark sheet (`outcomes`, `criteria`).
 *
 * Every string is plain text with a length limit; markup and control characters are refused,
 * so a hostile file cannot smuggle HTML or OOXML into the pane or a document.
 * docs/centre-template.schema.json is generated from this schema (npm run centre-schema); a
 * test keeps the two in step.
 */
import { z } from "zod";
import { CTR_EDITIONS } from "../harvard/edition";
import { NO_DATE_FORMS, PAGE_LOCATOR_FORMS } from "../harvard/house-style";
import { UNITS } from "../units/catalogue";

/** Limits, generous for real use and far below what could slow the pane or bloat a document. */
export const LIMITS = {
  /** Characters in the whole file; above this it is not read at all. */
  fileChars: 20_000_000,
  id: 64,
  name: 120,
  number: 20,
  field: 80,
  fields: 20,
  guidance: 4000,
  section: 120,
  sections: 20,
  title: 200,
  wording: 600,
  criteria: 60,
  outcomes: 20,
  words: 100_000,
} as const;

/** No markup (a "<" opening a tag, comment or declaration) and no control characters. */
const PLAIN_LINE = /^(?![\s\S]*<[A-Za-z!?/])[^\u0000-\u001F\u007F]*$/;
/** As PLAIN_LINE, but new lines (and tabs) are allowed: guidance may run to several paragraphs. */
const PLAIN_TEXT = /^(?![\s\S]*<[A-Za-z!?/])[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

/** The kinds of plain string, by what the error message should say about them. */
export const PLAIN_PATTERNS = { line: PLAIN_LINE, text: PLAIN_TEXT } as const;

const line = (min: number, max: number) =>
  z
    .string()
    .max(max, { abort: true })
    .regex(PLAIN_LINE)
    .refine((s) => s.trim().length >= min, { message: `empty:${min}` });
const text = (max: number) => z.string().max(max, { abort: true }).regex(PLAIN_TEXT).refine((s) => s.trim().length >= 1, { message: "empty:1" });

const AC_ID = /^[1-9]\d?\.[1-9]\d?$/;
const OUTCOME_ID = /^[1-9]\d?$/;

export const DEFAULT_COVER_FIELDS: readonly string[] = ["Learner name", "ILM registration number"];

export const HarvardSettingsSchema = z
  .strictObject({
    etAlFrom: z.number().int().min(2).max(10).describe('From how many authors a citation gives the first name and "et al." (Cite Them Right: 4).'),
    ampersandInBrackets: z.boolean().describe('"&" between authors inside brackets and "and" in running text (Cite Them Right: false, "and" everywhere).'),
    noDate: z.enum(NO_DATE_FORMS).describe('How an undated work is cited and listed (Cite Them Right: "no date").'),
    pageLocator: z.enum(PAGE_LOCATOR_FORMS).describe('How a page is given after the year (Cite Them Right: "p. 42").'),
    edition: z.enum(CTR_EDITIONS).describe('The Cite Them Right edition the reference list follows (default "12th").'),
  })
  .partial()
  .describe("The centre's house Harvard, where it differs from Cite Them Right.");

export const CentreTemplateSchema = z
  .strictObject({
    $schema: z.string().max(2000).optional().describe("The JSON Schema this file follows, for editors."),
    id: z
      .string()
      .max(LIMITS.id, { abort: true })
      .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/)
      .describe('The template\'s id, recorded in every document made from it: lower-case letters, digits and hyphens, e.g. "northgate-8580-500".'),
    unit: z.enum(UNITS.map((u) => u.id) as [string, ...string[]]).describe("The catalogue unit the template is for."),
    centre: z
      .strictObject({
        name: line(1, LIMITS.name).describe("The centre's name, printed on the cover sheet."),
        number: z
          .string()
          .max(LIMITS.number, { abort: true })
          .regex(/^[A-Za-z0-9](?:[A-Za-z0-9 -]*[A-Za-z0-9])?$/)
          .optional()
          .describe("The centre's ILM centre number."),
      })
      .describe("The centre the template comes from."),
    guidance: z.boolean().default(true).describe("Insert guidance (the AC's descriptors and the centre's own) under each side-heading."),
    lockHeadings: z.boolean().default(true).describe("Lock the side-headings so learners cannot change them by accident."),
    coverSheet: z
      .union([z.literal(false), z.array(line(1, LIMITS.field)).max(LIMITS.fields)])
      .default([...DEFAULT_COVER_FIELDS])
      .describe("The fields the learner fills in on the cover sheet (the centre's name and number, the unit and the declaration are always there), or false for no cover sheet."),
    acGuidance: z
      .record(z.string().regex(AC_ID), text(LIMITS.guidance))
      .default({})
      .describe('The centre\'s guidance per AC, shown after the AC\'s own descriptors: {"1.1": "…"}. Each line becomes a paragraph.'),
    extraSections: z
      .array(line(1, LIMITS.section))
      .max(LIMITS.sections)
      .default([])
      .describe('Headings of extra sections: those starting "Appendix" go after the references, the others before them.'),
    wordRange: z
      .tuple([z.number().int().min(1).max(LIMITS.words), z.number().int().min(1).max(LIMITS.words)])
      .optional()
      .describe("The suggested answer word range [lowest, highest], replacing the unit's."),
    harvard: HarvardSettingsSchema.optional(),
    outcomes: z
      .array(
        z.strictObject({
          id: z.string().regex(OUTCOME_ID),
          title: line(3, LIMITS.title),
        }),
      )
      .max(LIMITS.outcomes)
      .optional()
      .describe("Only for a unit whose wording is unconfirmed: the learning outcomes as the centre's ILM mark sheet gives them."),
    criteria: z
      .array(
        z.strictObject({
          ac: z.string().regex(AC_ID),
          wording: line(10, LIMITS.wording),
        }),
      )
      .min(1)
      .max(LIMITS.criteria)
      .optional()
      .describe("Only for a unit whose wording is unconfirmed: every AC as the centre's ILM mark sheet words it, in order."),
  })
  .describe("An ILM Assignment Assistant centre template.");

/** A centre template as a file holds it (defaults may be left out). */
export type CentreTemplateInput = z.input<typeof CentreTemplateSchema>;
/** A validated centre template, defaults filled in. */
export type CentreTemplate = z.output<typeof CentreTemplateSchema>;
export type CentreHarvard = z.output<typeof HarvardSettingsSchema>;

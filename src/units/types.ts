import { z } from "zod";

/**
 * The shape of one ILM unit in the catalogue. Every unit file is parsed with
 * this schema by the tests (validate-unit.ts, tests/units/catalogue-valid.test.ts), so a typo in a field name or a missing
 * wording fails loudly, naming the unit and the field.
 */
export const SourceRequirementSchema = z.object({
  /** Fewest distinct cited sources the AC's descriptors call for. */
  min: z.number().int().positive(),
  /** Why, in a sentence a learner understands (shown with the problem). */
  reason: z.string().min(1),
  /** Optional kind of source the descriptors name, e.g. a membership body's code of practice. */
  kind: z.enum(["any", "code-of-practice"]).default("any"),
});

/**
 * One guidance point. A point that leads into a list of its own ("Specific focus should be given
 * to:", "such as:") carries that list's items, one level down, as the seed nests them.
 */
export const GuidanceItemSchema = z.union([
  z.string().min(1),
  z.object({ text: z.string().min(1), items: z.array(z.string().min(1)).min(1) }),
]);

export const CriterionSchema = z.object({
  /** "1.1" */
  id: z.string().regex(/^\d+\.\d+$/),
  /** Learning outcome id this AC belongs to: "1". */
  outcome: z.string().regex(/^\d+$/),
  /** Exact AC wording as in the seed (white space folded, nothing else changed). */
  wording: z.string().min(10),
  /** Command verbs, as keys of the glossary: ["Define", "Explain"]. */
  verbs: z.array(z.string().min(1)).min(1),
  /** Pass descriptors ("To pass ... make sure your answer includes"), as a checklist. */
  passDescriptors: z.array(z.string().min(1)),
  /** Indicative content ("Your answer should cover"), or the seed's starting points; nested lists keep their level. */
  indicativeContent: z.array(GuidanceItemSchema),
  /** The task brief's wording for this AC, where the seeds give one. */
  brief: z.string().optional(),
  /** Short label the seed gives this AC besides its wording (seed 004's item headings), if any. */
  label: z.string().min(1).optional(),
  /** Maximum marks, where the mark sheet gives them. */
  marks: z.number().int().positive().optional(),
  /** What the AC asks of sources, where the descriptors call for them. */
  sources: SourceRequirementSchema.optional(),
});

export const OutcomeSchema = z.object({
  id: z.string().regex(/^\d+$/),
  /** Learning outcome title, used as the Heading 1 of the template. */
  title: z.string().min(3),
  /** Short orientation paragraph the seeds give for this outcome, if any. */
  intro: z.string().optional(),
  /** The task brief's wording for this section of the report, where the seeds give one (seed 003). */
  brief: z.string().optional(),
});

/**
 * How the unit's mark sheet grades each AC. Seed 001: "Mark sheets contain sufficiency descriptors
 * for Referral, Pass and Good Pass grades". Seed 002 (8581-700): marks out of each AC's maximum, and
 * "Pass Mark is a minimum of 50% for each section". src/marking works the outcome out from this.
 */
export const GradingSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("sufficiency") }),
  z.object({
    kind: z.literal("marks"),
    /** The pass mark as a percentage of the marks available: 50 for "a minimum of 50%". */
    passPercent: z.number().int().min(1).max(100),
    /** What the pass mark applies to: each learning outcome (its ACs' marks added), or each AC alone. */
    passPer: z.enum(["outcome", "criterion"]),
  }),
]);

export const UnitSchema = z.object({
  /** Catalogue id: "8580-500", "8580-500-2017", "8581-700". */
  id: z.string().regex(/^\d{4}-\d{3}(-\d{4})?$/),
  /** The ILM unit number printed on the mark sheet: "8580-500". */
  unitNumber: z.string().regex(/^\d{4}-\d{3}$/),
  title: z.string().min(5),
  level: z.union([z.literal(5), z.literal(7)]),
  qualification: z.string().min(5),
  /** Which mark sheet / edition this wording follows, in words for the UI. */
  markSheet: z.string().min(3),
  /** "confirmed" when the seeds give AC numbers and wording; otherwise shown as to be confirmed. */
  wordingStatus: z.enum(["confirmed", "to-be-confirmed"]),
  /** Suggested answer word range, where the seeds give one. */
  wordRange: z.tuple([z.number().int().positive(), z.number().int().positive()]).nullable(),
  /** Pass rule in words where the seeds give one: "A minimum of 50% for each section". */
  passRule: z.string().optional(),
  /** How each AC is graded (absent: the Referral / Pass / Good Pass scale). Marks need every AC's `marks`. */
  grading: GradingSchema.optional(),
  /** Introduction the brief asks for; null when the brief asks for none. */
  introduction: z.object({ prompt: z.string().min(3) }).nullable(),
  /** Overall task brief, where the seeds give one. */
  brief: z.string().optional(),
  /** Unit-level guidance from the seeds that belongs to no single AC (assessment conditions, referencing notes). */
  notes: z.array(z.string().min(1)).optional(),
  /** Seeds this unit was taken from, e.g. ["000", "003"]. */
  seeds: z.array(z.string().regex(/^\d{3}$/)).min(1),
  /**
   * Where the unit's text differs from its seed on purpose: the seed's words, ours, and why (a slip
   * in the seed, British spelling). Whole words only; the seed tests apply these to the seed before
   * matching, so any other difference still fails.
   */
  seedCorrections: z.array(z.object({ seed: z.string().min(1), text: z.string().min(1), reason: z.string().min(10) })).optional(),
  outcomes: z.array(OutcomeSchema).min(1),
  criteria: z.array(CriterionSchema).min(1),
});

export type SourceRequirement = z.infer<typeof SourceRequirementSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type GuidanceItem = z.infer<typeof GuidanceItemSchema>;
export type Outcome = z.infer<typeof OutcomeSchema>;
export type Grading = z.infer<typeof GradingSchema>;
export type Unit = z.infer<typeof UnitSchema>;
/** What a unit file exports before validation. */
export type UnitInput = z.input<typeof UnitSchema>;

/**
 * Grading scales. Seed 001: "Mark sheets contain sufficiency descriptors for Referral, Pass and
 * Good Pass grades" (the 8580 units). Seed 002 (8581-700): marks out of each AC's maximum, with
 * "Pass Mark is a minimum of 50% for each section". Each unit says which it uses (`grading` in
 * src/units/types.ts); a unit that says nothing is graded on the sufficiency scale.
 */
import type { Criterion, Grading, Unit } from "../units/types";
import { flattenGuidance } from "../units/guidance-items";

export type SufficiencyGrade = "referral" | "pass" | "good-pass";

export const SUFFICIENCY_GRADES: readonly SufficiencyGrade[] = ["referral", "pass", "good-pass"];

export const GRADE_LABELS: Readonly<Record<SufficiencyGrade, string>> = {
  referral: "Referral",
  pass: "Pass",
  "good-pass": "Good Pass",
};

/**
 * What each grade means, beside the AC's own pass descriptors. The seeds give the pass-level
 * descriptors only, so Referral and Good Pass are described relative to them, in the add-in's words.
 */
export const GRADE_MEANINGS: Readonly<Record<SufficiencyGrade, string>> = {
  referral: "The answer does not yet meet every pass descriptor.",
  pass: "The answer meets every pass descriptor.",
  "good-pass": "The answer meets every pass descriptor with depth, evidence and judgement beyond them.",
};

export const SUFFICIENCY: Grading = { kind: "sufficiency" };

/** The unit's grading scheme (the sufficiency scale unless the unit gives marks). */
export function gradingOf(unit: Pick<Unit, "grading">): Grading {
  return unit.grading ?? SUFFICIENCY;
}

/** How the pass mark is applied, for a marks unit: as the unit says, or as a tutor's centre overrides it. */
export type PassPer = "outcome" | "criterion";

export function isSufficiencyGrade(v: unknown): v is SufficiencyGrade {
  return typeof v === "string" && (SUFFICIENCY_GRADES as readonly string[]).includes(v);
}

/** The lowest mark that reaches `percent` of `available`: 18 of 36 at 50%, 4 of 8. */
export function passMarkOf(available: number, percent: number): number {
  return Math.ceil((available * percent) / 100);
}

/** Whether `marks` reaches `percent` of `available`, in whole numbers so 49% and 50% never blur. */
export function reachesPassMark(marks: number, available: number, percent: number): boolean {
  return marks * 100 >= available * percent;
}

/** The descriptors a tutor sees beside an AC's grade control: its pass descriptors, or the guidance the seeds give. */
export function descriptorsOf(c: Pick<Criterion, "passDescriptors" | "indicativeContent">): { kind: "pass" | "guidance"; items: string[] } {
  if (c.passDescriptors.length > 0) return { kind: "pass", items: [...c.passDescriptors] };
  // A point that leads into a list of its own is followed by its items.
  return { kind: "guidance", items: flattenGuidance(c.indicativeContent).map((g) => g.text) };
}

/**
 * The tutor's data as entries of the add-in's document store (src/model/document-store.ts):
 *
 *   "marking":  {"version":1,"unit":"8581-700","tutor":"A. Tutor","date":"2025-03-04",
 *                "passPer":"outcome","grades":{"1.1":{"mark":9,"rationale":"..."}}}
 *   "comments": {"version":1,"items":[{"id":"<Word's comment id>","key":"<finding key>"}]}
 *
 * Pure, so Word (src/word/marking-store.ts, src/word/finding-comments.ts) and ilm-check (reading
 * word/customXml/item*.xml from a .docx) read them alike. docs/document-data.md is the reference.
 * Each entry has its own version: a newer one is reported, never overwritten; a damaged one is
 * reported and replaced by the next save; unknown fields inside a known version are ignored.
 */
import { z } from "zod";
import { RATIONALE_MAX, TUTOR_NAME_MAX, type Marking } from "./marking";
import { SUFFICIENCY_GRADES } from "./scheme";

export const MARKING_KEY = "marking";
export const COMMENTS_KEY = "comments";
export const MARKING_VERSION = 1;
export const COMMENTS_VERSION = 1;

const AcMarkSchema = z.object({
  grade: z.enum(SUFFICIENCY_GRADES as [string, ...string[]]).optional(),
  mark: z.number().int().min(0).max(1000).optional(),
  rationale: z.string().max(RATIONALE_MAX).default(""),
});

const MarkingSchema = z.object({
  version: z.literal(MARKING_VERSION),
  unit: z.string().regex(/^\d{4}-\d{3}(-\d{4})?$/),
  tutor: z.string().max(TUTOR_NAME_MAX),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  passPer: z.enum(["outcome", "criterion"]).optional(),
  grades: z.record(z.string().regex(/^\d+\.\d+$/), AcMarkSchema),
});

const MarkersSchema = z.object({
  version: z.literal(COMMENTS_VERSION),
  items: z.array(z.object({ id: z.string().min(1).max(200), key: z.string().max(600).default("") })).max(5000),
});

export type StoredEntry<T> =
  | { state: "none" }
  | { state: "ok"; value: T }
  /** Written by a newer add-in: shown, but not changed by this one. */
  | { state: "newer"; version: number; message: string }
  /** Not readable: the next save replaces it. */
  | { state: "damaged"; message: string };

function versionOf(value: unknown): number | null {
  if (!value || typeof value !== "object") return null;
  const v = (value as { version?: unknown }).version;
  return typeof v === "number" && Number.isInteger(v) ? v : null;
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "not in the expected form";
  const path = issue.path.map(String).join(".");
  return path ? `${path}: ${issue.message}` : issue.message;
}

export function storedMarking(value: unknown): StoredEntry<Marking> {
  if (value === undefined) return { state: "none" };
  const version = versionOf(value);
  if (version !== null && version > MARKING_VERSION) {
    return {
      state: "newer",
      version,
      message: "The grades in this document were saved by a newer version of the add-in: update the add-in to see or change them.",
    };
  }
  const parsed = MarkingSchema.safeParse(value);
  if (!parsed.success) {
    return {
      state: "damaged",
      message: `The grades saved in this document could not be read (${firstIssue(parsed.error)}), so marking starts afresh and saving replaces them.`,
    };
  }
  const { version: _v, ...rest } = parsed.data;
  const grades: Marking["grades"] = {};
  for (const [ac, m] of Object.entries(rest.grades)) {
    grades[ac] = { rationale: m.rationale, ...(m.grade !== undefined ? { grade: m.grade as Marking["grades"][string]["grade"] } : {}), ...(m.mark !== undefined ? { mark: m.mark } : {}) };
  }
  return { state: "ok", value: { unit: rest.unit, tutor: rest.tutor, date: rest.date, ...(rest.passPer ? { passPer: rest.passPer } : {}), grades } };
}

/** The "marking" entry's value. */
export function markingEntry(marking: Marking): Record<string, unknown> {
  const grades: Record<string, unknown> = {};
  for (const ac of Object.keys(marking.grades).sort(compareAc)) {
    const m = marking.grades[ac]!;
    grades[ac] = { ...(m.grade !== undefined ? { grade: m.grade } : {}), ...(m.mark !== undefined ? { mark: m.mark } : {}), rationale: m.rationale };
  }
  return {
    version: MARKING_VERSION,
    unit: marking.unit,
    tutor: marking.tutor,
    date: marking.date,
    ...(marking.passPer ? { passPer: marking.passPer } : {}),
    grades,
  };
}

/** One of the add-in's comments: Word's id for it and the finding it says (comment-plan.ts). */
export interface CommentMarker {
  id: string;
  key: string;
}

export function storedCommentMarkers(value: unknown): StoredEntry<CommentMarker[]> {
  if (value === undefined) return { state: "none" };
  const version = versionOf(value);
  if (version !== null && version > COMMENTS_VERSION) {
    return {
      state: "newer",
      version,
      message: "The add-in's comments in this document were added by a newer version of the add-in: update the add-in to change them.",
    };
  }
  const parsed = MarkersSchema.safeParse(value);
  if (!parsed.success) return { state: "damaged", message: `The add-in's list of its comments could not be read (${firstIssue(parsed.error)}).` };
  return { state: "ok", value: parsed.data.items };
}

export function commentMarkersEntry(items: readonly CommentMarker[]): Record<string, unknown> {
  return { version: COMMENTS_VERSION, items: items.map((i) => ({ id: i.id, key: i.key })) };
}

/** "1.10" after "1.9". */
export function compareAc(a: string, b: string): number {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return (a1 ?? 0) - (b1 ?? 0) || (a2 ?? 0) - (b2 ?? 0);
}

/**
 * A tutor's marking of one draft: a grade (or a mark) and a short rationale per AC, who marked
 * it and when. Kept in the document (src/marking/stored.ts gives the format) so it travels with
 * the file; read back by the pane, and by ilm-check from a .docx.
 */
import type { Unit } from "../units/types";
import { GRADE_LABELS, gradingOf, isSufficiencyGrade, type PassPer, type SufficiencyGrade } from "./scheme";

export interface AcMark {
  /** On the sufficiency scale. */
  grade?: SufficiencyGrade;
  /** In marks, out of the AC's maximum. */
  mark?: number;
  /** Why, in a sentence or two (shown on the mark sheet). */
  rationale: string;
}

export interface Marking {
  /** Catalogue id of the unit marked against. */
  unit: string;
  /** The tutor's name as they gave it (Office.js does not tell the add-in who is signed in). */
  tutor: string;
  /** When the grades were last saved, as an ISO date (2025-03-04). */
  date: string;
  /** For a marks unit: the unit's own rule unless the tutor's centre applies the pass mark per AC. */
  passPer?: PassPer;
  /** By AC id; an AC without an entry is not graded yet. */
  grades: Record<string, AcMark>;
}

export const RATIONALE_MAX = 2000;
export const TUTOR_NAME_MAX = 120;

export function emptyMarking(unit: Unit, tutor: string, date: string): Marking {
  return { unit: unit.id, tutor, date, grades: {} };
}

/** Whether an AC has a grade or mark (a rationale alone is not a grade). */
export function isGraded(mark: AcMark | undefined): mark is AcMark {
  return !!mark && (mark.grade !== undefined || mark.mark !== undefined);
}

/** The grade or mark as the mark sheet shows it: "Good Pass", "7 / 12", "" when not graded. */
export function gradeText(unit: Unit, ac: string, mark: AcMark | undefined): string {
  if (!mark) return "";
  if (mark.grade) return GRADE_LABELS[mark.grade];
  if (mark.mark !== undefined) {
    const max = unit.criteria.find((c) => c.id === ac)?.marks;
    return max !== undefined ? `${mark.mark} / ${max}` : String(mark.mark);
  }
  return "";
}

/**
 * What is wrong with a marking for this unit, one sentence each (empty when it is sound): a grade
 * on the wrong scale, a mark out of range, an AC the unit does not have.
 */
export function markingProblems(unit: Unit, marking: Marking): string[] {
  const out: string[] = [];
  if (marking.unit !== unit.id) out.push(`The grades are for unit ${marking.unit}, not ${unit.id}.`);
  const scheme = gradingOf(unit);
  for (const [ac, m] of Object.entries(marking.grades)) {
    const c = unit.criteria.find((x) => x.id === ac);
    if (!c) {
      out.push(`Unit ${unit.id} has no AC ${ac}.`);
      continue;
    }
    if (m.rationale.length > RATIONALE_MAX) out.push(`The rationale for AC ${ac} is longer than ${RATIONALE_MAX.toLocaleString("en-GB")} characters.`);
    if (scheme.kind === "sufficiency") {
      if (m.mark !== undefined) out.push(`AC ${ac} is graded Referral, Pass or Good Pass in this unit, not in marks.`);
      if (m.grade !== undefined && !isSufficiencyGrade(m.grade)) out.push(`AC ${ac} has an unknown grade.`);
    } else {
      if (m.grade !== undefined) out.push(`AC ${ac} is marked out of ${c.marks} in this unit, not graded ${GRADE_LABELS[m.grade] ?? m.grade}.`);
      if (m.mark !== undefined && (!Number.isInteger(m.mark) || m.mark < 0 || m.mark > (c.marks ?? 0))) {
        out.push(`The mark for AC ${ac} must be a whole number from 0 to ${c.marks}.`);
      }
    }
  }
  return out;
}

/** The marking with one AC's grade set (or cleared with undefined), the rest unchanged. */
export function withMark(marking: Marking, ac: string, mark: AcMark | undefined): Marking {
  const grades = { ...marking.grades };
  if (mark === undefined) delete grades[ac];
  else grades[ac] = mark;
  return { ...marking, grades };
}

/** An ISO date (2025-03-04) as a reader in the UK writes it: "4 March 2025". */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const month = months[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** Today's date as an ISO date in local time (the pane passes it in; the model never reads the clock). */
export function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Which unit a document already belongs to, whatever unit the learner has picked in the pane:
 * the unit of the add-in's template tag, else the unit whose wording its side-headings match
 * best (detect-unit.ts). Writes go by it, so one document never holds two units' side-headings:
 * the 8580-503 template's "1.1" is not the 8581-700 template's "1.1".
 */
import type { DraftDocument } from "../model/document";
import type { Unit } from "../units/types";
import { scoreUnits, unitFromTemplateTag } from "./detect-unit";

/** Below this, side-headings are too unlike any unit's wording to say whose they are (as detect-unit.ts). */
const MIN_SCORE = 1;

/** "8580-500" or "8580-500 (2017 edition)": two editions share a unit number. */
export function unitNameOf(u: Pick<Unit, "unitNumber" | "id">): string {
  return u.id !== u.unitNumber ? `${u.unitNumber} (${u.id.slice(u.unitNumber.length + 1)} edition)` : u.unitNumber;
}

/**
 * The unit this document belongs to when it is not `unit`, or null: its template tag names
 * another unit, or its side-headings match another unit's wording better than `unit`'s (a tie,
 * as between two editions with the same wording, is no conflict). A document with neither (a
 * blank one, or prose without side-headings) belongs to no unit yet.
 */
export function otherUnitOf(doc: DraftDocument, unit: Unit, catalogue: readonly Unit[]): Unit | null {
  const tagged = unitFromTemplateTag(doc);
  if (tagged !== null) {
    if (tagged === unit.id) return null;
    const own = catalogue.find((u) => u.id === tagged);
    if (own) return own;
  }
  // The chosen unit is scored too, even when it is not in the catalogue (a centre's own, a test's).
  const scores = scoreUnits(doc, catalogue.some((u) => u.id === unit.id) ? catalogue : [...catalogue, unit]);
  const top = scores[0];
  if (!top || top.score < MIN_SCORE || top.unit.id === unit.id) return null;
  const chosen = scores.find((s) => s.unit.id === unit.id)!;
  return chosen.score >= top.score ? null : top.unit;
}

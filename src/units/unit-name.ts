import type { Unit } from "./types";

/**
 * "8580-500", or "8580-500 (2017 edition)" for an older mark sheet of the same unit number: two
 * editions share a number, and the catalogue id's suffix tells them apart. Used wherever the unit
 * is named to a learner or an assessor (the template's title and cover sheet, the pane).
 */
export function unitName(u: Pick<Unit, "unitNumber" | "id">): string {
  return u.id !== u.unitNumber ? `${u.unitNumber} (${u.id.slice(u.unitNumber.length + 1)} edition)` : u.unitNumber;
}

import type { UnitSummary } from "../../units/catalogue";
import { unitName } from "../../units/unit-name";

type Unit = UnitSummary;

/** "8580-500" or "8580-500 (2017 edition)": one wording, shared with the template (src/units/unit-name.ts). */
export { unitName };

export function unitLabel(u: Pick<Unit, "unitNumber" | "title" | "id">): string {
  return `${unitName(u)} ${u.title}`;
}

/** Every word of the query must appear in the unit's number, id, title or level. */
export function matchesUnit(u: Unit, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = `${u.id} ${u.unitNumber} ${u.title} level ${u.level}`.toLowerCase();
  return words.every((w) => hay.includes(w));
}

export function groupUnits(units: Unit[]): { level: number; units: Unit[] }[] {
  const levels = [...new Set(units.map((u) => u.level))].sort((a, b) => a - b);
  return levels.map((level) => ({
    level,
    units: units.filter((u) => u.level === level).sort((a, b) => a.id.localeCompare(b.id)),
  }));
}

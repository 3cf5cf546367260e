import type { UnitSummary } from "../../units/catalogue";

type Unit = UnitSummary;

/** "8580-500" or "8580-500 (2017 edition)": two editions can share a unit number, the id's suffix tells them apart. */
export function unitName(u: Pick<Unit, "unitNumber" | "id">): string {
  return u.id !== u.unitNumber ? `${u.unitNumber} (${u.id.slice(u.unitNumber.length + 1)} edition)` : u.unitNumber;
}

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

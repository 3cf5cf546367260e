import type { UnitSummary } from "../../units/catalogue";
import { unitName } from "../../units/unit-name";

type Unit = UnitSummary;

/** "8580-500" or "8580-500 (2017 edition)": one wording, shared with the template (src/units/unit-name.ts). */
export { unitName };

export function unitLabel(u: Pick<Unit, "unitNumber" | "title" | "id">): string {
  return `${unitName(u)} ${u.title}`;
}

/** A unit as one option of the picker: number and title, the mark sheet it follows, and a caveat where one applies. */
export function unitOption(u: Pick<Unit, "unitNumber" | "title" | "id" | "markSheet" | "wordingStatus">): string {
  const caveat = u.wordingStatus === "to-be-confirmed" ? " (wording to be confirmed against the centre's mark sheet)" : "";
  return `${unitLabel(u)}: ${u.markSheet}${caveat}`;
}

/**
 * The picker's option for a catalogue unit: the unit the pane follows where it is this one, so a
 * centre template that words an unconfirmed unit from its mark sheet names that sheet, without the caveat.
 */
export function pickerOption(u: Parameters<typeof unitOption>[0], chosen: Parameters<typeof unitOption>[0] | null): string {
  return unitOption(chosen && chosen.id === u.id ? chosen : u);
}

/**
 * Unit ids ("8580-500", "8581-700") are ASCII, so code-unit order is their order. Not localeCompare:
 * its first call loads the collator, tens of milliseconds on the path to the pane's first view.
 */
const byId = (a: Unit, b: Unit) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function groupUnits(units: Unit[]): { level: number; units: Unit[] }[] {
  const levels = [...new Set(units.map((u) => u.level))].sort((a, b) => a - b);
  return levels.map((level) => ({
    level,
    units: units.filter((u) => u.level === level).sort(byId),
  }));
}

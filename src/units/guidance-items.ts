import type { GuidanceItem } from "./types";

/** A guidance point with its list level: 1 for a point, 2 for an item of the list it leads into. */
export interface LevelledText {
  text: string;
  level: 1 | 2;
}

/** The guidance points in reading order, each with its level (for the template's bullets, and for checks against the seeds). */
export function flattenGuidance(items: readonly GuidanceItem[]): LevelledText[] {
  return items.flatMap((item): LevelledText[] =>
    typeof item === "string" ? [{ text: item, level: 1 }] : [{ text: item.text, level: 1 }, ...item.items.map((text) => ({ text, level: 2 as const }))],
  );
}

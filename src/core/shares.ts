/**
 * Each AC's share of the unit's suggested word range: by marks where the
 * mark sheet gives marks for every AC, else evenly.
 */
import type { Unit } from "../units/types";

export function acShares(unit: Unit): Map<string, [number, number]> {
  const shares = new Map<string, [number, number]>();
  if (!unit.wordRange) return shares;
  const [low, high] = unit.wordRange;
  const byMarks = unit.criteria.every((c) => c.marks !== undefined);
  const total = byMarks ? unit.criteria.reduce((s, c) => s + (c.marks ?? 0), 0) : unit.criteria.length;
  for (const c of unit.criteria) {
    const weight = byMarks ? c.marks! : 1;
    shares.set(c.id, [Math.round((low * weight) / total), Math.round((high * weight) / total)]);
  }
  return shares;
}

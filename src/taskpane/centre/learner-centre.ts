/**
 * Which centre template the learner's pane follows, decided without React or Word (tested in
 * tests/taskpane/centre/learner-centre.test.ts):
 * 1. the one the document records (it was made from it): always;
 * 2. one the learner (or the centre, trying its template) chose in the pane, for that unit;
 * 3. one built into this copy of the add-in for the draft's unit;
 * 4. on a document with no unit yet, the built-in one for the unit remembered, else the first built in.
 */
import type { CentreTemplate } from "../../centre/schema";

export type CentreSource = "document" | "chosen" | "deployed";

export interface CentreChoice {
  centre: CentreTemplate | null;
  source: CentreSource | null;
}

const NONE: CentreChoice = { centre: null, source: null };

/** At start-up. `unitId`: the unit the analysis found in the draft, if any. */
export function centreAtOpen(input: {
  recorded: CentreTemplate | null;
  unitId: string | null;
  rememberedUnitId: string | null;
  deployed: readonly CentreTemplate[];
}): CentreChoice {
  if (input.recorded) return { centre: input.recorded, source: "document" };
  if (input.unitId) {
    const forUnit = input.deployed.find((t) => t.unit === input.unitId);
    return forUnit ? { centre: forUnit, source: "deployed" } : NONE;
  }
  const remembered = input.rememberedUnitId ? input.deployed.find((t) => t.unit === input.rememberedUnitId) : undefined;
  const first = remembered ?? input.deployed[0];
  return first ? { centre: first, source: "deployed" } : NONE;
}

/** When the learner picks a unit: keep a template chosen or recorded for it, else the built-in one, else none. */
export function centreForUnit(unitId: string, current: CentreChoice, deployed: readonly CentreTemplate[]): CentreChoice {
  if (current.centre && current.centre.unit === unitId && current.source !== "deployed") return current;
  const forUnit = deployed.find((t) => t.unit === unitId);
  return forUnit ? { centre: forUnit, source: "deployed" } : NONE;
}

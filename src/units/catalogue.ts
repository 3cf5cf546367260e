/**
 * The ILM unit catalogue: one file per unit. The files are validated against the schema and the
 * integrity checks by the tests (tests/units/catalogue-valid.test.ts, with src/units/validate-unit.ts),
 * so a typo in a unit file fails `npm test` with a message naming the unit, the file and the field;
 * at run time the catalogue only fills in the schema's defaults, keeping zod off the pane's start path.
 */
import type { SourceRequirement, Unit, UnitInput } from "./types";
import { unit as u500 } from "./u8580-500";
import { unit as u500of2017 } from "./u8580-500-2017";
import { unit as u501 } from "./u8580-501";
import { unit as u502 } from "./u8580-502";
import { unit as u503 } from "./u8580-503";
import { unit as u700 } from "./u8581-700";

export { COMMAND_VERBS, VERB_GLOSSARY, explainVerb, lookupVerb } from "./glossary";
export type { Unit, Criterion, Outcome, SourceRequirement, UnitInput, Grading } from "./types";

/** Each unit file's export and its file name, in catalogue order (the tests validate these). */
export const UNIT_FILES: ReadonlyArray<readonly [UnitInput, string]> = [
  [u500, "u8580-500.ts"],
  [u500of2017, "u8580-500-2017.ts"],
  [u501, "u8580-501.ts"],
  [u502, "u8580-502.ts"],
  [u503, "u8580-503.ts"],
  [u700, "u8581-700.ts"],
];

/**
 * A validated unit file as the schema would return it: its one default (a source requirement's
 * `kind`) filled in. The tests check this equals the schema's own parse for every bundled unit.
 */
function withDefaults(input: UnitInput): Unit {
  return {
    ...input,
    criteria: input.criteria.map((c) => (c.sources ? { ...c, sources: { ...c.sources, kind: c.sources.kind ?? "any" } as SourceRequirement } : c)),
  } as Unit;
}

/** Every unit, in catalogue order. */
export const UNITS: readonly Unit[] = UNIT_FILES.map(([input]) => withDefaults(input));

const BY_ID = new Map(UNITS.map((u) => [u.id, u]));

/** The unit with this catalogue id ("8580-500-2017"), or undefined. */
export function getUnit(id: string): Unit | undefined {
  return BY_ID.get(id.trim());
}

export interface UnitSummary {
  id: string;
  title: string;
  level: 5 | 7;
  unitNumber: string;
  markSheet: string;
  wordingStatus: Unit["wordingStatus"];
}

/** What the unit picker shows. */
export function listUnits(): UnitSummary[] {
  return UNITS.map((u) => ({
    id: u.id,
    title: u.title,
    level: u.level,
    unitNumber: u.unitNumber,
    markSheet: u.markSheet,
    wordingStatus: u.wordingStatus,
  }));
}

/**
 * Validating unit files against the schema (src/units/types.ts, zod) and the checks the schema
 * cannot express. Run by the tests (tests/units/catalogue-valid.test.ts checks every unit the
 * catalogue bundles) and by anything reading a unit from outside, not when the pane loads: the
 * built-in units are checked before they ship, so the pane does not carry zod on its start path.
 */
import { CriterionSchema, OutcomeSchema, SourceRequirementSchema, UnitSchema, type Unit } from "./types";
import { lookupVerb } from "./glossary";
import { foldForWordingMatch } from "../shared/text/fold";

/** A unit file that does not describe a valid unit. The message names unit, file and field. */
export class UnitValidationError extends Error {
  override name = "UnitValidationError";
  constructor(
    readonly unitId: string,
    readonly fileLabel: string,
    /** Every problem found, each "path: message"; the message shows the first. */
    readonly issues: string[],
  ) {
    super(`Unit ${unitId} (${fileLabel}): ${issues[0]}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ""}`);
  }
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || "(unit)";
}

function idOf(input: unknown): string {
  if (input && typeof input === "object" && "id" in input) {
    const id = (input as { id: unknown }).id;
    if (typeof id === "string" && id.trim()) return id;
  }
  return "(no id)";
}

const UNIT_KEYS = new Set(Object.keys(UnitSchema.shape));
const OUTCOME_KEYS = new Set(Object.keys(OutcomeSchema.shape));
const CRITERION_KEYS = new Set(Object.keys(CriterionSchema.shape));
const SOURCE_KEYS = new Set(Object.keys(SourceRequirementSchema.shape));
const INTRODUCTION_KEYS = new Set(["prompt"]);
const GRADING_KEYS = new Set(["kind", "passPercent", "passPer"]);

/**
 * Fields the schema does not know. Zod drops them silently, so a misspelt optional field
 * ("mark: 8") would vanish; the catalogue treats it as an error instead.
 */
function unknownFields(input: unknown): string[] {
  const out: string[] = [];
  const check = (value: unknown, keys: Set<string>, at: string) => {
    if (!value || typeof value !== "object" || Array.isArray(value)) return;
    for (const k of Object.keys(value)) {
      if (!keys.has(k)) out.push(`${at ? `${at}.` : ""}${k}: unknown field (not in src/units/types.ts)`);
    }
  };
  check(input, UNIT_KEYS, "");
  if (!input || typeof input !== "object") return out;
  const u = input as Record<string, unknown>;
  check(u.introduction, INTRODUCTION_KEYS, "introduction");
  check(u.grading, GRADING_KEYS, "grading");
  if (Array.isArray(u.outcomes)) u.outcomes.forEach((o, i) => check(o, OUTCOME_KEYS, `outcomes[${i}]`));
  if (Array.isArray(u.criteria)) {
    u.criteria.forEach((c, i) => {
      check(c, CRITERION_KEYS, `criteria[${i}]`);
      if (c && typeof c === "object") check((c as Record<string, unknown>).sources, SOURCE_KEYS, `criteria[${i}].sources`);
    });
  }
  return out;
}

/** "1.10" -> [1, 10], for ordering ACs numerically. */
function acNumbers(id: string): [number, number] {
  const [a, b] = id.split(".").map(Number);
  return [a, b];
}

/** Checks the schema cannot express; each problem as "path: message". */
function integrityProblems(unit: Unit): string[] {
  const problems: string[] = [];
  const outcomeIds = unit.outcomes.map((o) => o.id);

  unit.outcomes.forEach((o, i) => {
    if (outcomeIds.indexOf(o.id) !== i) problems.push(`outcomes[${i}].id: duplicate learning outcome "${o.id}"`);
    else if (Number(o.id) !== i + 1) problems.push(`outcomes[${i}].id: learning outcomes must be numbered 1, 2, 3... in order; found "${o.id}"`);
    if (!unit.criteria.some((c) => c.outcome === o.id)) problems.push(`outcomes[${i}]: learning outcome ${o.id} has no criteria`);
  });

  const seen = new Set<string>();
  unit.criteria.forEach((c, i) => {
    const at = `criteria[${i}]`;
    const [lo, n] = acNumbers(c.id);
    if (seen.has(c.id)) problems.push(`${at}.id: duplicate AC "${c.id}"`);
    seen.add(c.id);
    if (String(lo) !== c.outcome) problems.push(`${at}.outcome: AC ${c.id} must belong to outcome ${lo}, not "${c.outcome}"`);
    if (!outcomeIds.includes(c.outcome)) problems.push(`${at}.outcome: no learning outcome "${c.outcome}" in outcomes`);
    // Contiguous numbering catches a number restored wrongly from a damaged seed.
    const prev = unit.criteria[i - 1];
    if (prev) {
      const [plo, pn] = acNumbers(prev.id);
      const next = (lo === plo && n === pn + 1) || (lo === plo + 1 && n === 1);
      if (!next) {
        problems.push(`${at}.id: AC ${c.id} out of order after ${prev.id} (expected ${plo}.${pn + 1} or ${plo + 1}.1)`);
      }
    } else if (c.id !== "1.1") {
      problems.push(`${at}.id: the first AC must be 1.1, not ${c.id}`);
    }
    const folded = foldForWordingMatch(c.wording).replace(/iz(e|es|ed|ing|ation)\b/g, "is$1");
    c.verbs.forEach((v, j) => {
      if (!lookupVerb(v)) problems.push(`${at}.verbs[${j}]: "${v}" is not in the glossary (src/units/glossary.ts)`);
      else if (!folded.includes(foldForWordingMatch(v).replace(/iz(e|es|ed|ing)\b/g, "is$1"))) {
        problems.push(`${at}.verbs[${j}]: "${v}" does not occur in the wording of AC ${c.id}`);
      }
    });
    if (c.wording !== c.wording.trim() || /\s{2,}|[\t\n]/.test(c.wording)) {
      problems.push(`${at}.wording: white space must be folded (single spaces, no leading or trailing space)`);
    }
    if (/^\s*AC\b/i.test(c.wording) || /^\d+\.\d+/.test(c.wording)) {
      problems.push(`${at}.wording: must not start with "AC" or the AC number`);
    }
  });

  if (unit.grading?.kind === "marks") {
    unit.criteria.forEach((c, i) => {
      if (c.marks === undefined) problems.push(`criteria[${i}].marks: AC ${c.id} needs its maximum marks, because the unit is graded in marks`);
    });
  }

  if (unit.wordRange && unit.wordRange[0] > unit.wordRange[1]) {
    problems.push(`wordRange: minimum ${unit.wordRange[0]} is above maximum ${unit.wordRange[1]}`);
  }
  return problems;
}

/**
 * Parses one unit file's export. Throws UnitValidationError naming the unit, the file and the
 * field path (e.g. `Unit 8580-501 (u8580-501.ts): criteria[3].wording: ...`).
 */
export function validateUnit(input: unknown, fileLabel: string): Unit {
  const parsed = UnitSchema.safeParse(input);
  const unknown = unknownFields(input);
  if (!parsed.success || unknown.length) {
    const issues = parsed.success ? [] : parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
    throw new UnitValidationError(idOf(input), fileLabel, [...issues, ...unknown]);
  }
  const problems = integrityProblems(parsed.data);
  if (problems.length) throw new UnitValidationError(parsed.data.id, fileLabel, problems);
  return parsed.data;
}

/** Every unit file validated, and no two with the same id; throws UnitValidationError naming the first problem. */
export function validateUnits(files: ReadonlyArray<readonly [unknown, string]>): Unit[] {
  const units = files.map(([input, label]) => validateUnit(input, label));
  const ids = new Set<string>();
  for (const u of units) {
    if (ids.has(u.id)) throw new UnitValidationError(u.id, "src/units/catalogue.ts", [`id: two unit files use the id "${u.id}"`]);
    ids.add(u.id);
  }
  return units;
}

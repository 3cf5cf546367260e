/**
 * Reading a centre template: the one way in, used by the pane (file, deployed templates, the
 * copy kept in a document), ilm-check, `npm run template` and the build. Either the whole
 * template is valid and comes back with defaults filled in, or a CentreTemplateError says in
 * one sentence which field is wrong; nothing of a refused template is ever applied.
 */
import type { z } from "zod";
import { parseAcNumber } from "../core/ac-number";
import { isStructuralTitle, referenceListKind } from "../core/structure-headings";
import { formatCount } from "../shared/text/count";
import { foldForWordingMatch } from "../shared/text/fold";
import { getUnit } from "../units/catalogue";
import type { Unit } from "../units/types";
import { CentreTemplateError } from "./centre-template-error";
import { CentreTemplateSchema, LIMITS, PLAIN_PATTERNS, type CentreTemplate } from "./schema";

export { CentreTemplateError } from "./centre-template-error";

/** "centre.name", 'acGuidance["1.1"]', "coverSheet[2]". */
export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(p))) out += out ? `.${String(p)}` : String(p);
    else out += `[${JSON.stringify(String(p))}]`;
  }
  return out;
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v = root;
  for (const p of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[p as string];
  }
  return v;
}

function typeName(v: unknown): string {
  if (v === undefined) return "missing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "string") return "text";
  if (typeof v === "number") return Number.isInteger(v) ? "a whole number" : "a number";
  if (typeof v === "boolean") return v ? "true" : "false";
  return "an object";
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  tuple: "a list",
  record: "an object",
};

/** What a string breaks, for the invalid-format message. */
function plainTextProblem(value: string, pattern: string): string | null {
  const kind = pattern === String(PLAIN_PATTERNS.line) ? "line" : pattern === String(PLAIN_PATTERNS.text) ? "text" : null;
  if (!kind) return null;
  const tag = /<[A-Za-z!?/][^>\s]{0,30}>?/.exec(value);
  if (tag) return `contains markup (${JSON.stringify(tag[0])}), which a template cannot hold: write plain text`;
  const control = kind === "line" ? /[\u0000-\u001F\u007F]/.exec(value) : /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(value);
  if (control) {
    const code = control[0].charCodeAt(0);
    return code === 10 || code === 13 || code === 9 ? "must be a single line" : `contains a control character (U+${code.toString(16).toUpperCase().padStart(4, "0")})`;
  }
  return null;
}

const FORMATS: Record<string, string> = {
  id: 'must be lower-case letters, digits and hyphens (for example "northgate-8580-500")',
  "centre.number": "must be letters, digits, spaces and hyphens",
  ac: 'must be an AC number such as "1.1"',
  outcome: 'must be a learning outcome number such as "1"',
};

function formatHint(field: string): string {
  if (field === "id") return FORMATS.id!;
  if (field === "centre.number") return FORMATS["centre.number"]!;
  if (/\.ac$/.test(field) || field.startsWith("acGuidance")) return FORMATS.ac!;
  if (/^outcomes\[\d+\]\.id$/.test(field)) return FORMATS.outcome!;
  return "is not in the expected form";
}

const quoteField = (field: string) => (field ? `"${field}"` : "the file");

/** One sentence for the first problem zod found. */
function describeIssue(issue: z.core.$ZodIssue, input: unknown): CentreTemplateError {
  const field = fieldName(issue.path);
  const at = quoteField(field);
  const value = valueAt(input, issue.path);
  const say = (what: string, f = field) => new CentreTemplateError(`The centre template's ${quoteField(f)} ${what}.`, f);
  if (value === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value")) {
    return new CentreTemplateError(`The centre template has no ${at}, which it must have.`, field);
  }
  switch (issue.code) {
    case "invalid_type": {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return say(`must be ${expected}, not ${typeName(value)}`);
    }
    case "too_big":
      if (issue.origin === "string" && typeof value === "string") {
        return say(`is too long (${formatCount(value.length)} characters; the most allowed is ${formatCount(Number(issue.maximum))})`);
      }
      if (issue.origin === "array") return say(`has too many entries (the most allowed is ${formatCount(Number(issue.maximum))})`);
      return say(`is too large (the most allowed is ${formatCount(Number(issue.maximum))})`);
    case "too_small":
      if (issue.origin === "array") return say(`needs at least ${issue.minimum} ${Number(issue.minimum) === 1 ? "entry" : "entries"}`);
      return say(`is too small (the least allowed is ${formatCount(Number(issue.minimum))})`);
    case "invalid_format": {
      const plain = typeof value === "string" && issue.format === "regex" ? plainTextProblem(value, String(issue.pattern ?? "")) : null;
      return say(plain ?? formatHint(field));
    }
    case "invalid_value":
      if (field === "unit") return say(`names no unit in the catalogue (${JSON.stringify(value)}); use one of ${issue.values.join(", ")}`);
      if (issue.values.length === 1 && issue.values[0] === false) return say("must be a list of fields, or false");
      return say(`must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`);
    case "unrecognized_keys":
      return new CentreTemplateError(
        `The centre template has a field it does not know: ${quoteField(fieldName([...issue.path, issue.keys[0]!]))} (check its spelling against docs/centre-template.schema.json).`,
        fieldName([...issue.path, issue.keys[0]!]),
      );
    case "invalid_key":
      return say(formatHint(field));
    case "invalid_union": {
      // The branch that got furthest (a list of fields with one bad entry) says what is wrong inside it.
      const deepest = issue.errors
        .map((branch) => branch[0])
        .filter((i): i is z.core.$ZodIssue => i !== undefined && i.path.length > 0)
        .sort((a, b) => b.path.length - a.path.length)[0];
      if (deepest) return describeIssue({ ...deepest, path: [...issue.path, ...deepest.path] }, input);
      if (field === "coverSheet") return say("must be a list of fields, or false");
      return say("is not in the expected form");
    }
    case "custom": {
      const empty = /^empty:(\d+)$/.exec(issue.message);
      if (empty) return say(Number(empty[1]) <= 1 ? "is empty" : `is too short (at least ${empty[1]} characters)`);
      return say(issue.message);
    }
    default:
      return say("is not in the expected form");
  }
}

/** Strings with a lone surrogate cannot be written to a document (XML forbids them). */
function findBrokenText(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === "string") return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findBrokenText(value[i], [...path, i]);
      if (found) return found;
    }
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const found = findBrokenText(v, [...path, k]);
      if (found) return found;
    }
  }
  return null;
}

function acNumbers(id: string): [number, number] {
  const [a, b] = id.split(".").map(Number);
  return [a!, b!];
}

/** Checks the schema cannot express: the unit's ACs, its wording status, numbering, ranges. */
function semanticProblem(t: CentreTemplate, unit: Unit): CentreTemplateError | null {
  const say = (field: string, what: string) => new CentreTemplateError(`The centre template's "${field}" ${what}.`, field);
  if (t.criteria && unit.wordingStatus === "confirmed") {
    return say("criteria", `cannot change the wording of unit ${unit.id}, which the catalogue has from the ILM mark sheet; remove it`);
  }
  if (t.outcomes && !t.criteria) return say("outcomes", "can only be given with the criteria (for a unit whose wording is unconfirmed)");
  if (t.criteria) {
    const seen = new Set<string>();
    for (let i = 0; i < t.criteria.length; i++) {
      const c = t.criteria[i]!;
      const f = `criteria[${i}].ac`;
      if (seen.has(c.ac)) return say(f, `repeats AC ${c.ac}`);
      seen.add(c.ac);
      const [lo, n] = acNumbers(c.ac);
      const prev = t.criteria[i - 1];
      if (!prev) {
        if (c.ac !== "1.1") return say(f, `must start at 1.1, not ${c.ac}`);
      } else {
        const [plo, pn] = acNumbers(prev.ac);
        if (!((lo === plo && n === pn + 1) || (lo === plo + 1 && n === 1))) return say(f, `is out of order after ${prev.ac} (expected ${plo}.${pn + 1} or ${plo + 1}.1)`);
      }
      if (/^\s*AC\b/i.test(c.wording) || /^\d+\.\d+/.test(c.wording)) return say(`criteria[${i}].wording`, "must not start with the AC number");
    }
    const outcomeIds = new Set(t.criteria.map((c) => c.ac.split(".")[0]!));
    const given = new Set<string>();
    for (let i = 0; i < (t.outcomes ?? []).length; i++) {
      const o = t.outcomes![i]!;
      if (given.has(o.id)) return say(`outcomes[${i}].id`, `repeats learning outcome ${o.id}`);
      given.add(o.id);
      if (!outcomeIds.has(o.id)) return say(`outcomes[${i}].id`, `names learning outcome ${o.id}, which no AC in the criteria belongs to`);
    }
    for (const id of outcomeIds) {
      if (!given.has(id) && !unit.outcomes.some((o) => o.id === id)) return say("outcomes", `needs a title for learning outcome ${id}`);
    }
  }
  const acs = t.criteria ? t.criteria.map((c) => c.ac) : unit.criteria.map((c) => c.id);
  for (const ac of Object.keys(t.acGuidance)) {
    if (!acs.includes(ac)) {
      return say(`acGuidance[${JSON.stringify(ac)}]`, `is for AC ${ac}, which unit ${unit.id} does not have (its ACs are ${acs[0]} to ${acs[acs.length - 1]})`);
    }
  }
  if (t.wordRange && t.wordRange[0] > t.wordRange[1]) {
    return say("wordRange", `starts above where it ends (${formatCount(t.wordRange[0])} is more than ${formatCount(t.wordRange[1])})`);
  }
  // Extra sections sit beside the criteria, never among them: a heading the check would take for
  // a side-heading, an outcome or the reference list would add to (or stand in for) what the
  // unit's template already has.
  const sections = new Set<string>();
  for (let i = 0; i < t.extraSections.length; i++) {
    const heading = t.extraSections[i]!;
    const f = `extraSections[${i}]`;
    const numbered = parseAcNumber(heading);
    if (numbered) return say(f, `starts with an AC number (${numbered.ac}), which only the unit's side-headings have: a centre cannot add to or change the criteria`);
    if (referenceListKind(heading) === "references") return say(f, 'is a heading for the reference list, which the template already has ("References")');
    if (/^\s*(?:learning\s+outcome|outcome|lo)\s*\d/i.test(heading) && isStructuralTitle(heading)) return say(f, "names a learning outcome, whose headings come from the unit");
    const key = foldForWordingMatch(heading);
    if (sections.has(key)) return say(f, `repeats the section "${heading}"`);
    sections.add(key);
  }
  if (Array.isArray(t.coverSheet)) {
    const seen = new Set<string>();
    for (let i = 0; i < t.coverSheet.length; i++) {
      const key = foldForWordingMatch(t.coverSheet[i]!);
      if (seen.has(key)) return say(`coverSheet[${i}]`, `repeats the field "${t.coverSheet[i]}"`);
      seen.add(key);
    }
  }
  return null;
}

/**
 * A centre template from a file's text or already-parsed JSON. Throws CentreTemplateError
 * (one sentence, naming the field) when anything is wrong.
 */
export function parseCentreTemplate(input: unknown): CentreTemplate {
  let data = input;
  if (typeof input === "string") {
    if (input.length > LIMITS.fileChars) {
      throw new CentreTemplateError(`The file is too large to be a centre template (${formatCount(input.length)} characters; a template is a few thousand).`, "");
    }
    try {
      data = JSON.parse(input.replace(/^\uFEFF/, ""));
    } catch {
      throw new CentreTemplateError("The file is not a centre template: it is not valid JSON.", "");
    }
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new CentreTemplateError("The file is not a centre template: it should hold one JSON object.", "");
  }
  const parsed = CentreTemplateSchema.safeParse(data);
  if (!parsed.success) throw describeIssue(parsed.error.issues[0]!, data);
  const broken = findBrokenText(data);
  if (broken) throw new CentreTemplateError(`The centre template's "${fieldName(broken)}" contains a broken character (a lone surrogate), so it cannot go into a document.`, fieldName(broken));
  const unit = getUnit(parsed.data.unit)!;
  const problem = semanticProblem(parsed.data, unit);
  if (problem) throw problem;
  return parsed.data;
}

/** Like parseCentreTemplate, with the error returned rather than thrown (for a copy kept in a document, which may be damaged). */
export function tryParseCentreTemplate(input: unknown): { template: CentreTemplate } | { error: CentreTemplateError } {
  try {
    return { template: parseCentreTemplate(input) };
  } catch (e) {
    if (e instanceof CentreTemplateError) return { error: e };
    throw e;
  }
}

/**
 * The tutor's comment bank: reusable feedback snippets, general or for one AC of one unit, kept
 * per tutor (the pane stores it in the user's browser storage, src/office/storage.ts) and moved
 * between machines as a JSON file:
 *
 *   {"format":"ilm-comment-bank","version":1,
 *    "snippets":[{"text":"Cite the source of this model.","unit":"8580-500","ac":"2.1"}]}
 *
 * An import is validated as a whole: one wrong field refuses the file, naming the field, and
 * nothing is imported.
 */
import { z } from "zod";
import type { Unit } from "../units/types";
import { compareAc } from "./stored";

export interface Snippet {
  id: string;
  text: string;
  /** Catalogue id of the unit the snippet is for; absent for general feedback. */
  unit?: string;
  /** AC the snippet is for (with `unit`). */
  ac?: string;
  /** Set on the starter snippets the add-in seeds the bank with. */
  starter?: boolean;
}

export interface CommentBank {
  snippets: Snippet[];
}

export const BANK_FORMAT = "ilm-comment-bank";
export const BANK_VERSION = 1;
export const SNIPPET_MAX = 2000;
export const BANK_MAX_SNIPPETS = 5000;
/** Bigger than any honest bank; a larger file is refused before it is parsed. */
export const BANK_FILE_MAX_BYTES = 2_000_000;

const SnippetSchema = z
  .object({
    id: z.string({ error: "must be text" }).min(1, "must not be empty").max(100, "is longer than 100 characters").optional(),
    text: z
      .string({ error: "must be text" })
      .max(SNIPPET_MAX, `is longer than ${SNIPPET_MAX.toLocaleString("en-GB")} characters`)
      .refine((s) => s.trim() !== "", "must not be empty"),
    unit: z.string({ error: "must be text" }).regex(/^\d{4}-\d{3}(-\d{4})?$/, 'must be a unit id such as "8580-500"').optional(),
    ac: z.string({ error: "must be text" }).regex(/^\d+\.\d+$/, 'must be an AC number such as "1.2"').optional(),
    starter: z.boolean({ error: "must be true or false" }).optional(),
  })
  .strict();

const BankFileSchema = z
  .object({
    format: z.literal(BANK_FORMAT, { error: `must be "${BANK_FORMAT}"` }),
    version: z.literal(BANK_VERSION, { error: `must be ${BANK_VERSION}` }),
    snippets: z.array(SnippetSchema, { error: "must be a list of snippets" }).max(BANK_MAX_SNIPPETS, `holds more than ${BANK_MAX_SNIPPETS.toLocaleString("en-GB")} snippets`),
  })
  .strict();

export class BankImportError extends Error {
  override name = "BankImportError";
  /** The field that is wrong ("snippets[3].text"), when one is. */
  constructor(message: string, readonly field?: string) {
    super(message);
  }
}

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `has a field the comment bank does not know: ${issue.keys.join(", ")}`;
  return issue.message;
}

function refuse(field: string, what: string): never {
  throw new BankImportError(`The comment bank was not imported: ${field} ${what}. Nothing was imported.`, field);
}

/**
 * Reads a comment bank file. Throws BankImportError with one sentence naming the wrong field;
 * `units` lets it refuse a unit or AC the catalogue does not have.
 */
export function parseBankFile(text: string, units: readonly Unit[]): Snippet[] {
  if (text.length > BANK_FILE_MAX_BYTES) {
    throw new BankImportError("The comment bank was not imported: the file is larger than 2 MB, which is more than any comment bank needs. Nothing was imported.");
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BankImportError("The comment bank was not imported: the file is not JSON (export a bank from the add-in to see the format). Nothing was imported.");
  }
  const parsed = BankFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = fieldPath(issue.path) || "the file";
    refuse(field, issueMessage(issue));
  }
  const byId = new Map(units.map((u) => [u.id, u]));
  const snippets: Snippet[] = [];
  parsed.data.snippets.forEach((s, i) => {
    if (s.ac && !s.unit) refuse(`snippets[${i}].unit`, `is needed with an AC (which unit is AC ${s.ac} of?)`);
    if (s.unit) {
      const unit = byId.get(s.unit);
      if (!unit) refuse(`snippets[${i}].unit`, `names unit ${s.unit}, which the add-in does not know`);
      if (s.ac && !unit.criteria.some((c) => c.id === s.ac)) refuse(`snippets[${i}].ac`, `names AC ${s.ac}, which unit ${s.unit} does not have`);
    }
    snippets.push({
      id: s.id ?? `imported-${i + 1}`,
      text: s.text.trim(),
      ...(s.unit ? { unit: s.unit } : {}),
      ...(s.ac ? { ac: s.ac } : {}),
      ...(s.starter ? { starter: true } : {}),
    });
  });
  return snippets;
}

/** The bank as a file another tutor (or this one, elsewhere) can import. */
export function bankFile(bank: CommentBank): string {
  const snippets = bank.snippets.map((s) => ({
    id: s.id,
    text: s.text,
    ...(s.unit ? { unit: s.unit } : {}),
    ...(s.ac ? { ac: s.ac } : {}),
    ...(s.starter ? { starter: true } : {}),
  }));
  return `${JSON.stringify({ format: BANK_FORMAT, version: BANK_VERSION, snippets }, null, 2)}\n`;
}

function sameSnippet(a: Snippet, b: Snippet): boolean {
  return a.text.trim() === b.text.trim() && (a.unit ?? "") === (b.unit ?? "") && (a.ac ?? "") === (b.ac ?? "");
}

/** Adds imported snippets the bank lacks (same text for the same AC counts as present); ids made unique. */
export function mergeSnippets(bank: CommentBank, incoming: readonly Snippet[]): { bank: CommentBank; added: number } {
  const snippets = [...bank.snippets];
  const ids = new Set(snippets.map((s) => s.id));
  let added = 0;
  for (const s of incoming) {
    if (snippets.some((x) => sameSnippet(x, s))) continue;
    snippets.push({ ...s, id: uniqueId(s.id, ids) });
    added++;
  }
  return { bank: { snippets }, added };
}

export function addSnippet(bank: CommentBank, snippet: Omit<Snippet, "id">, id: string): CommentBank {
  const text = snippet.text.trim();
  if (!text) return bank;
  return { snippets: [...bank.snippets, { ...snippet, text, id }] };
}

export function editSnippet(bank: CommentBank, id: string, change: Partial<Pick<Snippet, "text" | "unit" | "ac">>): CommentBank {
  return {
    snippets: bank.snippets.map((s) => {
      if (s.id !== id) return s;
      const next: Snippet = { ...s, ...change, text: (change.text ?? s.text).trim() };
      delete next.starter;
      if (!next.unit) delete next.unit;
      if (!next.ac || !next.unit) delete next.ac;
      return next.text ? next : s;
    }),
  };
}

export function deleteSnippet(bank: CommentBank, id: string): CommentBank {
  return { snippets: bank.snippets.filter((s) => s.id !== id) };
}

/** Folds case and accents so "evaluation" finds "Evaluation" and "Evalúation". */
function fold(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * The snippets a tutor sees for a draft: those for its unit (the AC's first when one is chosen)
 * and the general ones, filtered by every word of the query (in the text or the AC number).
 */
export function searchSnippets(bank: CommentBank, options: { unit?: string | null; ac?: string | null; query?: string }): Snippet[] {
  const words = fold(options.query ?? "").split(/\s+/).filter(Boolean);
  const matches = (s: Snippet) => {
    if (options.unit && s.unit && s.unit !== options.unit) return false;
    if (options.ac && s.ac && s.ac !== options.ac) return false;
    const hay = fold(`${s.ac ? `${s.ac} ` : ""}${s.text}`);
    return words.every((w) => hay.includes(w));
  };
  const rank = (s: Snippet) => (s.ac ? 0 : 1);
  return bank.snippets
    .filter(matches)
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || (a.s.ac && b.s.ac ? compareAc(a.s.ac, b.s.ac) : 0) || a.i - b.i)
    .map((x) => x.s);
}

/**
 * Reads a bank kept in the user's storage. Unlike an import it is lenient: a snippet that no
 * longer reads (a unit dropped from the catalogue) is left out rather than losing the tutor's
 * whole bank. null when there is no bank of this format yet.
 */
export function bankFromStorage(value: unknown, units: readonly Unit[]): CommentBank | null {
  if (!value || typeof value !== "object") return null;
  const v = value as { format?: unknown; version?: unknown; snippets?: unknown };
  if (v.format !== BANK_FORMAT || v.version !== BANK_VERSION || !Array.isArray(v.snippets)) return null;
  const snippets: Snippet[] = [];
  const ids = new Set<string>();
  v.snippets.forEach((s, i) => {
    try {
      // Each is read as a file of its own, so one without an id is named by its place in the whole bank.
      const [one] = parseBankFile(JSON.stringify({ format: BANK_FORMAT, version: BANK_VERSION, snippets: [s] }), units);
      const named = typeof (s as { id?: unknown }).id === "string";
      const id = uniqueId(named ? one.id : `imported-${i + 1}`, ids);
      snippets.push({ ...one, id });
    } catch {
      // Left out: see above.
    }
  });
  return { snippets };
}

/** The id, or the id with "-2", "-3"… when the bank already uses it: no snippet is lost to a clash. */
function uniqueId(id: string, ids: Set<string>): string {
  let out = id;
  for (let n = 2; ids.has(out); n++) out = `${id}-${n}`;
  ids.add(out);
  return out;
}

/** The bank as it is kept in the user's storage (the file's own format). */
export function bankForStorage(bank: CommentBank): unknown {
  return JSON.parse(bankFile(bank));
}

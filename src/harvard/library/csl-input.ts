/**
 * What sources from outside the add-in must look like before the library takes them: a CSL-JSON
 * file exported by a reference manager, or the sources stored in a document someone else wrote.
 * The types are those of the CSL-JSON schema (CSL 1.0.2, csl-data.json): text variables are
 * strings, number variables strings or numbers, names lists of name objects, dates objects with
 * date-parts. A string longer than FIELD_MAX_CHARS is refused: no title, name or note is that
 * long, and the library travels inside the learner's document.
 *
 * Text is kept as text: markup in a title ("<b>", "<w:p/>") is never parsed as HTML or OOXML here;
 * the formatter prints it as characters (src/harvard/format/runs.ts) and Word receives text runs.
 */
// zod's tree-shakable form: this check is on the pane's start path (the stored sources are read
// with the document), and zod/mini brings far less of zod with it than the chained API does.
import * as z from "zod/mini";
import type { CslItem } from "./csl";

/** The longest text any one field may hold. */
export const FIELD_MAX_CHARS = 10_000;
/** The largest reference file the importer reads: far more than any learner's sources (a few hundred kilobytes). */
export const IMPORT_FILE_MAX_CHARS = 20_000_000;

const STRING_VARIABLES = [
  "abstract", "annote", "archive", "archive_collection", "archive_location", "archive-place", "authority",
  "call-number", "citation-key", "citation-label", "collection-title", "container-title", "container-title-short",
  "dimensions", "division", "DOI", "event", "event-title", "event-place", "genre", "ISBN", "ISSN", "jurisdiction",
  "keyword", "language", "license", "medium", "note", "original-publisher", "original-publisher-place",
  "original-title", "part-title", "PMCID", "PMID", "publisher", "publisher-place", "references", "reviewed-genre",
  "reviewed-title", "scale", "section", "source", "status", "title", "title-short", "URL", "year-suffix",
];
const NUMBER_VARIABLES = [
  "chapter-number", "citation-number", "collection-number", "edition", "first-reference-note-number", "issue",
  "locator", "number", "number-of-pages", "number-of-volumes", "page", "page-first", "part-number",
  "printing-number", "supplement-number", "version", "volume",
];
const NAME_VARIABLES = [
  "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor", "curator",
  "director", "editor", "editorial-director", "editor-translator", "executive-producer", "guest", "host",
  "illustrator", "interviewer", "narrator", "organizer", "original-author", "performer", "producer", "recipient",
  "reviewed-author", "script-writer", "series-creator", "translator",
];
const DATE_VARIABLES = ["accessed", "available-date", "event-date", "issued", "original-date", "submitted"];

const longer = `is longer than ${FIELD_MAX_CHARS.toLocaleString("en-GB")} characters`;
const text = z.string({ error: "must be text" }).check(z.maxLength(FIELD_MAX_CHARS, longer));
const textOrNumber = z.union([text, z.number()], { error: "must be text or a number" });
const flag = z.union([z.string().check(z.maxLength(100)), z.number(), z.boolean()], { error: "must be text, a number or true or false" });

const nameSchema = z.object(
  {
    family: z.optional(text),
    given: z.optional(text),
    literal: z.optional(text),
    suffix: z.optional(text),
    "dropping-particle": z.optional(text),
    "non-dropping-particle": z.optional(text),
    "comma-suffix": z.optional(flag),
    "static-ordering": z.optional(flag),
    "parse-names": z.optional(flag),
  },
  { error: "must be a name (family and given names, or literal)" },
);

const datePart = z.union([z.number(), z.string().check(z.maxLength(20, "is not a date"))], { error: "must be numbers" });
const dateSchema = z.object(
  {
    "date-parts": z.optional(
      z.array(z.array(datePart, { error: "must be lists of numbers" }).check(z.minLength(1), z.maxLength(3)), { error: "must be lists of numbers" }).check(z.minLength(1), z.maxLength(2)),
    ),
    literal: z.optional(text),
    raw: z.optional(text),
    season: z.optional(textOrNumber),
    circa: z.optional(flag),
  },
  { error: "must be a date (date-parts, or literal)" },
);

const customSchema = z.record(z.string().check(z.maxLength(100)), z.union([text, z.number(), z.boolean(), z.null()], { error: "must be text" }), {
  error: "must be an object of fields",
});

function itemShape(): Record<string, z.ZodMiniType> {
  const shape: Record<string, z.ZodMiniType> = {
    id: z.optional(z.union([z.string().check(z.maxLength(200, "is longer than 200 characters")), z.number()], { error: "must be text or a number" })),
    type: z.string({ error: "must be text" }).check(z.maxLength(100, "is longer than 100 characters")),
    categories: z.optional(z.array(text, { error: "must be a list of text" }).check(z.maxLength(100))),
    custom: z.optional(customSchema),
  };
  for (const v of STRING_VARIABLES) shape[v] = z.optional(text);
  for (const v of NUMBER_VARIABLES) shape[v] = z.optional(textOrNumber);
  for (const v of NAME_VARIABLES) shape[v] = z.optional(z.array(nameSchema, { error: "must be a list of names" }).check(z.maxLength(1000, "lists more than 1,000 names")));
  for (const v of DATE_VARIABLES) shape[v] = z.optional(dateSchema);
  return shape;
}

/** An imported item: CSL variables only (any other field is left out), each of the right type. */
const importedItem = z.object(itemShape());
/** A stored item: the same checks, with fields a newer add-in may add kept as they are. */
const storedItem = z.looseObject({ ...itemShape(), id: z.string({ error: "must be text" }).check(z.minLength(1), z.maxLength(200)) });

/** The first problem of an item as "title must be text", "author[2].family is longer than ...". */
function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "is not in the expected form";
  let path = "";
  for (const p of issue.path) path += typeof p === "number" ? `[${p + 1}]` : path ? `.${String(p)}` : String(p);
  return `${path || "it"} ${issue.message}`;
}

export type CslCheck = { ok: true; item: CslItem } | { ok: false; problem: string };

/** Checks one entry of a CSL-JSON file; unknown fields are dropped. */
export function checkImportedCsl(value: unknown): CslCheck {
  const parsed = importedItem.safeParse(value);
  if (!parsed.success) return { ok: false, problem: firstIssue(parsed.error) };
  const item = parsed.data as CslItem & { id?: string | number };
  return { ok: true, item: { ...item, id: item.id === undefined ? "" : String(item.id) } as CslItem };
}

/** Checks one stored item (src/harvard/library/library.ts); fields it does not know are kept. */
export function checkStoredCsl(value: unknown): CslCheck {
  const parsed = storedItem.safeParse(value);
  return parsed.success ? { ok: true, item: parsed.data as CslItem } : { ok: false, problem: firstIssue(parsed.error) };
}

/** Whether an item can be cited at all: it names an author, an editor or a title. */
export function hasSomethingToCite(item: CslItem): boolean {
  const named = (names: CslItem["author"]) => (names ?? []).some((n) => (n.literal ?? n.family ?? "").trim() !== "");
  return named(item.author) || named(item.editor) || (typeof item.title === "string" && item.title.trim() !== "");
}

/** The first string anywhere in an item longer than FIELD_MAX_CHARS, as its field's path, or null. */
export function overlongField(item: CslItem): string | null {
  const walk = (v: unknown, path: string): string | null => {
    if (typeof v === "string") return v.length > FIELD_MAX_CHARS ? path : null;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const found = walk(v[i], `${path}[${i + 1}]`);
        if (found) return found;
      }
    } else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        const found = walk(x, path ? `${path}.${k}` : k);
        if (found) return found;
      }
    }
    return null;
  };
  return walk(item, "");
}

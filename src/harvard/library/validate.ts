import type { CslItem, CslName } from "./csl";
import { parseDay } from "./dates";
import { bareDoi, draftFromItem, type SourceDraft } from "./fields";
import { SOURCE_FORMS, type FieldKey } from "./forms";
import { sourceKindOf, type SourceKind } from "./kinds";

export interface FieldError {
  /** The form field the message belongs next to; "kind" when no form fits the item. */
  field: FieldKey | "kind";
  /** One sentence in British English saying what to do. */
  message: string;
  /** Errors stop a source being used; warnings are advice. */
  severity: "error" | "warning";
}

const err = (field: FieldError["field"], message: string): FieldError => ({ field, message, severity: "error" });
const warn = (field: FieldError["field"], message: string): FieldError => ({ field, message, severity: "warning" });

const REQUIRED_MESSAGES: Record<FieldKey, string> = {
  authors: "Add the author: a person's surname and initials, or the organisation's name.",
  editors: "Add the editor's surname and initials.",
  year: "Add the year of publication.",
  title: "Add the title.",
  containerTitle: "Add the title of the book or journal it appeared in.",
  edition: "Add the edition.",
  place: "Add the place of publication, for example London.",
  publisher: "Add the publisher.",
  volume: "Add the volume number of the journal.",
  issue: "Add the issue number.",
  pages: "Add the page range, for example 391-404.",
  number: "Add the report number.",
  genre: "Add the type of thesis, for example PhD thesis.",
  doi: "Add the DOI.",
  url: "Add the web address (URL).",
  accessed: "Add the date you accessed the page.",
};

function filled(v: string | undefined): boolean {
  return !!v && v.trim() !== "";
}

function checkNames(field: "authors" | "editors", names: CslName[] | undefined, out: FieldError[]): void {
  const who = field === "authors" ? "author" : "editor";
  (names ?? []).forEach((n, i) => {
    const nth = (names ?? []).length > 1 ? ` ${i + 1}` : "";
    if (n.literal !== undefined) {
      if (!n.literal.trim()) out.push(err(field, `Add the name of ${who}${nth}.`));
      return;
    }
    if (!n.family?.trim()) out.push(err(field, `Add the surname of ${who}${nth}.`));
    else if (!n.given?.trim())
      out.push(warn(field, `Add the initials of ${who}${nth} (${n.family}), or mark the name as an organisation.`));
  });
}

/**
 * What is missing or wrong in a source, field by field, checked as the learner
 * types. An empty list means the reference can be formatted in full.
 */
export function validateSource(item: CslItem): FieldError[] {
  const kind = sourceKindOf(item);
  if (!kind) return [err("kind", "Choose what kind of source this is, for example a book or a web page.")];
  return validateDraft(kind, draftFromItem(item));
}

export function validateDraft(kind: SourceKind, draft: SourceDraft): FieldError[] {
  const out: FieldError[] = [];
  const form = SOURCE_FORMS[kind];
  for (const field of form.fields) {
    if (!field.required) continue;
    const v = draft[field.key];
    const empty = Array.isArray(v) ? v.length === 0 : !filled(v);
    if (empty) out.push(err(field.key, REQUIRED_MESSAGES[field.key]));
  }
  checkNames("authors", draft.authors, out);
  checkNames("editors", draft.editors, out);

  if (filled(draft.year)) {
    const y = draft.year!.trim();
    if (/^\d{4}[a-z]$/.test(y)) out.push(err("year", "Type the year without a letter: the a and b are added for you."));
    else if (!/^\d{4}$/.test(y) && !/^(in press|forthcoming)$/i.test(y))
      out.push(err("year", "Type the year as four digits, for example 2019."));
    else if (/^\d{4}$/.test(y) && Number(y) > new Date().getFullYear() + 1)
      out.push(err("year", "The year is in the future: check it."));
  }
  if (filled(draft.url) && !/^(https?:\/\/|www\.)\S+$/i.test(draft.url!.trim()))
    out.push(err("url", "Type the full web address, starting with https://."));
  if (filled(draft.doi) && !/^10\.\d{4,9}\/\S+$/.test(bareDoi(draft.doi!)))
    out.push(err("doi", "A DOI starts with 10. followed by a slash, for example 10.1080/17439760.2013.837499."));
  if (filled(draft.accessed)) {
    const d = parseDay(draft.accessed!);
    if (!d) out.push(err("accessed", "Type the date you accessed it as a day, month and year, for example 12 March 2024."));
    else if (Date.UTC(d[0], d[1] - 1, d[2]) > Date.now() + 86_400_000)
      out.push(err("accessed", "The accessed date is in the future: check it."));
  }
  const hasForm = (k: FieldKey) => form.fields.some((x) => x.key === k);
  // CTR: an online source needs the date you saw it; a DOI is permanent, so it does not.
  if (hasForm("accessed") && filled(draft.url) && !filled(draft.doi) && !filled(draft.accessed) && !out.some((e) => e.field === "accessed"))
    out.push(err("accessed", REQUIRED_MESSAGES.accessed));
  if (filled(draft.accessed) && !filled(draft.url) && hasForm("url"))
    out.push(warn("url", "Add the web address you accessed, or clear the accessed date."));
  if (kind === "journal-article" && !filled(draft.pages) && !filled(draft.doi))
    out.push(err("pages", "Add the page range, or the DOI for an online-only article."));
  if ((kind === "report" || kind === "code-of-practice") && !filled(draft.publisher) && !filled(draft.url))
    out.push(err("publisher", "Add the publisher, or the web address if you read it online."));
  if (filled(draft.pages) && !/^[A-Za-z]?\d+(\s*[-–—]+\s*[A-Za-z]?\d+)?$/.test(draft.pages!.trim()))
    out.push(err("pages", "Type the pages as numbers, for example 391-404."));
  if (filled(draft.edition)) {
    const e = draft.edition!.trim();
    if (/^(1|1st|first)(\s+(edn?\.?|edition))?$/i.test(e)) out.push(warn("edition", "Leave the edition blank for a first edition."));
    else if (/^\d+(st|nd|rd|th)?\s*(edn?\.?|edition)$/i.test(e))
      out.push(warn("edition", "Type only the number, for example 2: \"edn.\" is added for you."));
  }
  if (!draft.authors?.length && form.fields.some((x) => x.key === "authors" && !x.required))
    out.push(warn("authors", "No author given: citations will use the title instead. Check the page for a person or organisation first."));
  if (!filled(draft.year) && form.fields.some((x) => x.key === "year" && !x.required))
    out.push(warn("year", "No year given: the reference will say \"no date\". Check the page for a date first."));
  return out;
}

/** The errors only (what stops the source being inserted). */
export function blockingErrors(errors: FieldError[]): FieldError[] {
  return errors.filter((e) => e.severity === "error");
}


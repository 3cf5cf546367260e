import type { SourceKind } from "./kinds";

/** Keys of the fields the source forms show; each maps to one CSL-JSON variable (see fields.ts). */
export type FieldKey =
  | "authors"
  | "editors"
  | "year"
  | "title"
  | "containerTitle"
  | "edition"
  | "place"
  | "publisher"
  | "volume"
  | "issue"
  | "pages"
  | "number"
  | "genre"
  | "doi"
  | "url"
  | "accessed";

export type FieldInput = "names" | "text" | "year" | "date" | "url";

export interface FormField {
  key: FieldKey;
  label: string;
  input: FieldInput;
  /** Always required. Some optional fields become required together (URL needs an accessed date); validateSource says so. */
  required: boolean;
  /** A short example or explanation shown under the field. */
  hint?: string;
}

export interface SourceForm {
  kind: SourceKind;
  fields: FormField[];
}

const f = (key: FieldKey, label: string, input: FieldInput, required: boolean, hint?: string): FormField =>
  hint ? { key, label, input, required, hint } : { key, label, input, required };

const authors = (label = "Author(s)", required = true) =>
  f("authors", label, "names", required, required
    ? "A person (surname and initials) or an organisation such as CIPD."
    : "A person or an organisation such as CIPD. Leave blank only if the page names no one: the title is then used.");
const year = (required: boolean) =>
  f("year", "Year of publication", "year", required, required ? "For example 2019." : "Leave blank if the page shows no date: the reference will say \"no date\".");
const title = (label = "Title") => f("title", label, "text", true);
const edition = f("edition", "Edition", "text", false, "Only if not the first edition, for example 2.");
const place = (required: boolean) => f("place", "Place of publication", "text", required, "For example London.");
const publisher = (required: boolean, label = "Publisher") => f("publisher", label, "text", required);
const url = (required: boolean) => f("url", "Web address (URL)", "url", required);
const accessed = (required: boolean) =>
  f("accessed", "Date you accessed it", "date", required, "Needed whenever you give a web address without a DOI.");
const doi = f("doi", "DOI", "text", false, "For example 10.1080/17439760.2013.837499.");

/** The form for each kind, fields in the order the reference shows them. */
export const SOURCE_FORMS: Record<SourceKind, SourceForm> = {
  book: { kind: "book", fields: [authors(), year(true), title(), edition, place(true), publisher(true), url(false), accessed(false)] },
  "edited-book": {
    kind: "edited-book",
    fields: [f("editors", "Editor(s)", "names", true), year(true), title(), edition, place(true), publisher(true)],
  },
  chapter: {
    kind: "chapter",
    fields: [
      authors("Chapter author(s)"),
      year(true),
      title("Chapter title"),
      f("editors", "Editor(s) of the book", "names", true),
      f("containerTitle", "Book title", "text", true),
      edition,
      place(true),
      publisher(true),
      f("pages", "Pages of the chapter", "text", true, "For example 391-404."),
    ],
  },
  "journal-article": {
    kind: "journal-article",
    fields: [
      authors(),
      year(true),
      title("Article title"),
      f("containerTitle", "Journal title", "text", true),
      f("volume", "Volume", "text", true),
      f("issue", "Issue", "text", false),
      f("pages", "Pages", "text", false, "For example 1-18. Needed unless the article has a DOI."),
      doi,
      url(false),
      accessed(false),
    ],
  },
  "web-page": {
    kind: "web-page",
    fields: [authors("Author or organisation", false), year(false), title("Title of the page"), url(true), accessed(true)],
  },
  report: {
    kind: "report",
    fields: [
      authors("Author or organisation"),
      year(true),
      title("Title of the report"),
      f("number", "Report number", "text", false),
      place(false),
      publisher(false),
      url(false),
      accessed(false),
    ],
  },
  "code-of-practice": {
    kind: "code-of-practice",
    fields: [
      authors("Professional body"),
      year(false),
      title("Title of the code"),
      place(false),
      publisher(false),
      url(false),
      accessed(false),
    ],
  },
  thesis: {
    kind: "thesis",
    fields: [
      authors(),
      year(true),
      title(),
      f("genre", "Type of thesis", "text", true, "For example PhD thesis or MA dissertation."),
      publisher(true, "University"),
      url(false),
      accessed(false),
    ],
  },
};

/** The label of a field on a kind's form (for messages). */
export function fieldLabel(kind: SourceKind, key: FieldKey): string {
  return SOURCE_FORMS[kind].fields.find((x) => x.key === key)?.label ?? key;
}

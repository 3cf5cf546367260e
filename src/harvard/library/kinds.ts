import type { CslItem, CslType } from "./csl";

/** The kinds of source the learner can add, each with its own form. */
export const SOURCE_KINDS = [
  "book",
  "edited-book",
  "chapter",
  "journal-article",
  "web-page",
  "report",
  "code-of-practice",
  "thesis",
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const KIND_LABELS: Record<SourceKind, string> = {
  book: "Book",
  "edited-book": "Edited book",
  chapter: "Chapter in an edited book",
  "journal-article": "Journal article",
  "web-page": "Web page",
  report: "Report",
  "code-of-practice": "Professional body code of practice or ethics",
  thesis: "Thesis or dissertation",
};

/** Marker kept in `custom` so a code of practice survives a round trip as itself, not as a plain report. */
export const KIND_MARKER = "ilmKind";

/** The keyword a .bib export carries for a code of practice, read back on import. */
export const KIND_KEYWORD = "ilm-code-of-practice";

export function isSourceKind(v: unknown): v is SourceKind {
  return typeof v === "string" && (SOURCE_KINDS as readonly string[]).includes(v);
}

/** The CSL type a kind is stored as. A code of practice is a CSL report (CSL 1.0.1 styles know no "standard"). */
export function cslTypeFor(kind: SourceKind): CslType {
  switch (kind) {
    case "book":
    case "edited-book":
      return "book";
    case "chapter":
      return "chapter";
    case "journal-article":
      return "article-journal";
    case "web-page":
      return "webpage";
    case "report":
    case "code-of-practice":
      return "report";
    case "thesis":
      return "thesis";
  }
}

const CODE_GENRE = /\b(code|ethic|standards?|guidelines?|competenc)/i;

/** Which form fits an item from any source (library, Zotero, pandoc); null when none does. */
export function sourceKindOf(item: Pick<CslItem, "type"> & Partial<CslItem>): SourceKind | null {
  const marked = item.custom?.[KIND_MARKER];
  if (isSourceKind(marked)) return marked;
  switch (item.type) {
    case "book":
      return !item.author?.length && item.editor?.length ? "edited-book" : "book";
    case "chapter":
    case "paper-conference":
      return "chapter";
    case "article-journal":
    case "article":
    case "article-magazine":
    case "article-newspaper":
      return "journal-article";
    case "webpage":
    case "post-weblog":
    case "post":
      return "web-page";
    case "standard":
      return "code-of-practice";
    case "report":
      return item.genre && CODE_GENRE.test(item.genre) ? "code-of-practice" : "report";
    case "thesis":
      return "thesis";
    default:
      return null;
  }
}

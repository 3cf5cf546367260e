/**
 * The subset of CSL-JSON (https://citationstyles.org) the source library stores.
 * CSL-JSON is what Zotero, Mendeley and pandoc exchange, so the library keeps
 * items in that shape and any CSL processor can format them unchanged.
 */

export interface CslName {
  family?: string;
  given?: string;
  /** Organisations ("CIPD", "Institute of Leadership & Management"). */
  literal?: string;
  "non-dropping-particle"?: string;
  "dropping-particle"?: string;
  suffix?: string;
}

export interface CslDate {
  "date-parts"?: Array<Array<number | string>>;
  /** Free text such as "forthcoming"; CSL processors print it as it is. */
  literal?: string;
  raw?: string;
}

export type CslType =
  | "book"
  | "chapter"
  | "article-journal"
  | "webpage"
  | "report"
  | "standard"
  | "thesis"
  | (string & {});

export interface CslItem {
  id: string;
  type: CslType;
  title?: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  "container-title"?: string;
  publisher?: string;
  "publisher-place"?: string;
  edition?: string | number;
  volume?: string | number;
  issue?: string | number;
  page?: string;
  number?: string | number;
  genre?: string;
  DOI?: string;
  URL?: string;
  ISBN?: string;
  ISSN?: string;
  note?: string;
  /** CSL-JSON 1.0.2 extension point: the add-in's own markers live here. */
  custom?: Record<string, unknown>;
  [key: string]: unknown;
}

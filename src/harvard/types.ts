/** What the Harvard checks read out of a draft, before it becomes report JSON. */

/** The year part of a citation or reference: "2009a", "no date", "in press". */
export interface YearToken {
  /** As it will be reported: "2009a", "no date", "n.d.", "in press". */
  text: string;
  /** Comparable form: "2009", "nodate" (n.d., no date, undated), "inpress" (in press, forthcoming). */
  base: string;
  /** "a", "b", ... or "". */
  suffix: string;
}

/** Why a citation is worth a style note; each becomes a sentence in one `citation-style` problem. */
export type CitationStyleSlip =
  | "ampersand"
  | "missing-comma"
  | "et-al-punctuation"
  | "no-date-abbreviation"
  | "locator-format"
  | "square-brackets"
  | "unbracketed"
  | "quotation-without-page";

export interface ParsedCitation {
  /** The citation as it stands in the text, e.g. "(Covey, 1989, p. 42)" or "Rogers et al. (2012)". */
  text: string;
  /** Author names as written (surnames, or one organisation / title); possessives stripped. */
  authors: string[];
  /** Written with "et al." (or "and colleagues"). */
  etAl: boolean;
  /** One organisation (or a title standing in for the author), not a list of people. */
  corporate: boolean;
  /** Abbreviations given in brackets: "(CIPD)" in "Chartered Institute ... (CIPD)". */
  aliases: string[];
  /** Initial written before the first surname: "A" in "(A. Smith, 2020)". */
  initial?: string;
  /** Other readings of the names to try when the first finds nothing (e.g. "O'Neill" for "Mary Beth O'Neill"). */
  alternatives: string[][];
  year: YearToken;
  narrative: boolean;
  locator?: string;
  /** The work read in a "cited in" citation (the original is not expected in the list). */
  secondary: boolean;
  /** The original work in a "cited in" citation, for messages. */
  original?: { authors: string[]; year: string };
  slips: CitationStyleSlip[];
  /** People's names joined with the word "and" (not "&"): a slip only in a house style that wants "&" in brackets. */
  joinedWithAnd?: boolean;
  /** The locator as written after the year, separator included (", p.42", ": 42"), for house styles other than Cite Them Right. */
  locatorWritten?: string;
  /** Written without brackets ("… birth Derecki et al., 2012."): counted only when it matches an entry. */
  unbracketed?: boolean;
  /** Paragraph index in the document, AC of the section (null outside AC sections). */
  paragraph: number;
  ac: string | null;
  /** Position in the cleaned paragraph text, for ordering. */
  offset: number;
}

export interface ParsedReference {
  /** The line exactly as the learner wrote it. */
  text: string;
  list: "references" | "bibliography";
  paragraph: number;
  /** Surnames of the people, or one organisation / title; [] when none was recognised. */
  authors: string[];
  /** Ends its author list with "et al.". */
  etAl: boolean;
  corporate: boolean;
  /** Abbreviations given with the organisation: "[WWF]", "(CIPD)". */
  aliases: string[];
  /** Null when no year (or "no date") was recognised. */
  year: YearToken | null;
  title: string;
  /** Initial of the first author's given name ("S" for "Covey, S.R."), to tell (A. Smith, 2020) from (B. Smith, 2020). */
  firstInitial?: string;
  /** "(ed.)"/"(eds)" after the names. */
  edited: boolean;
  /** Style slips, as sentences for one `reference-style` note. */
  styleNotes: string[];
}

/**
 * Attribution for the Citation Style Language files the formatter ships (./csl), as the
 * CC BY-SA 3.0 licence and the CSL project ask: the project with a link to CitationStyles.org,
 * each file's authors or translators as its metadata lists them, and the licence. Plain data
 * with no imports, so the pane's About box can show it without loading the formatter.
 */
export interface CslCredit {
  /** What the file is, as its <title> (styles) or language (locales) says. */
  work: string;
  /** Authors (styles) or translators (locales), as in the file. */
  people: readonly string[];
  file: string;
}

export const CSL_CREDITS: {
  /** One paragraph for the About box and the README. */
  readonly text: string;
  readonly licence: string;
  readonly licenceUrl: string;
  readonly projectUrl: string;
  readonly files: readonly CslCredit[];
} = {
  text:
    "Reference lists are formatted with the Citation Style Language project's styles " +
    "“Cite Them Right 12th edition - Harvard” and “Cite Them Right 11th edition - Harvard” " +
    "(by Patrick O'Brien) and its British and US English locales (translated by Andrew Dunning, " +
    "Sebastian Karcher, Rintze M. Zelle, Denis Meier and Brenton M. Wiernik), " +
    "https://citationstyles.org/, licensed under CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/).",
  licence: "Creative Commons Attribution-ShareAlike 3.0 Unported (CC BY-SA 3.0)",
  licenceUrl: "https://creativecommons.org/licenses/by-sa/3.0/",
  projectUrl: "https://citationstyles.org/",
  files: [
    { work: "Cite Them Right 12th edition - Harvard", people: ["Patrick O'Brien"], file: "harvard-cite-them-right.csl" },
    { work: "Cite Them Right 11th edition - Harvard", people: ["Patrick O'Brien"], file: "harvard-cite-them-right-11th-edition.csl" },
    { work: "CSL locale en-GB", people: ["Andrew Dunning", "Sebastian Karcher", "Rintze M. Zelle"], file: "locales-en-GB.xml" },
    {
      work: "CSL locale en-US",
      people: ["Andrew Dunning", "Sebastian Karcher", "Rintze M. Zelle", "Denis Meier", "Brenton M. Wiernik"],
      file: "locales-en-US.xml",
    },
  ],
};

/**
 * The credits the licences of what the pane ships require, in one list: the About box shows every
 * entry, word for word. citeproc-js is used under the CPAL, whose attribution (Exhibit B) must be
 * shown to users; the CSL style and locale are CC BY-SA 3.0, which asks for credit to their authors.
 *
 * The style and locale entries belong to the citation formatter (src/harvard/format); when it
 * exports its own credits, they replace the two CSL entries here so they are said in one place.
 */
export interface Credit {
  /** What it is, as a learner would name it. */
  name: string;
  /** The attribution, exactly as the licence asks for it. */
  attribution: string;
  licence: string;
  url: string;
}

export const CREDITS: readonly Credit[] = [
  {
    name: "citeproc-js (formats citations and the reference list)",
    attribution: "citeproc-js, Copyright (c) 2009–2019 Frank Bennett, https://github.com/Juris-M/citeproc-js",
    licence: "Common Public Attribution License 1.0",
    url: "https://github.com/Juris-M/citeproc-js",
  },
  {
    name: "Cite Them Right Harvard style (harvard1, 11th edition)",
    attribution: "Citation Style Language style by Patrick O'Brien, from the Citation Style Language project, shipped in @citation-js/plugin-csl",
    licence: "Creative Commons Attribution-ShareAlike 3.0",
    url: "https://github.com/citation-style-language/styles",
  },
  {
    name: "British English locale (en-GB)",
    attribution: "Citation Style Language locale en-GB, from the Citation Style Language project (locale-en-gb)",
    licence: "Creative Commons Attribution-ShareAlike 3.0",
    url: "https://github.com/citation-style-language/locales",
  },
];

/**
 * The credits the licences of what the pane ships require, in one list: the About box shows every
 * entry, word for word. citeproc-js is used under the CPAL, whose attribution (Exhibit B) must be
 * shown to users; the CSL styles and locales are CC BY-SA 3.0, which asks for credit to their
 * authors: those entries come from the formatter's own `CSL_CREDITS`, so they are said in one place
 * (plain data, so the About box does not load the formatter).
 */
import { CSL_CREDITS } from "../../harvard/format/credits";

export interface Credit {
  /** What it is, as a learner would name it. */
  name: string;
  /** The attribution, exactly as the licence asks for it. */
  attribution: string;
  licence: string;
  url: string;
}

const CITEPROC: Credit = {
  name: "citeproc-js (formats citations and the reference list)",
  attribution: "citeproc-js, Copyright (c) 2009–2019 Frank Bennett, https://github.com/Juris-M/citeproc-js",
  licence: "Common Public Attribution License 1.0",
  url: "https://github.com/Juris-M/citeproc-js",
};

/** One entry per CSL file the formatter ships: its title, its authors or translators, the project. */
const CSL: Credit[] = CSL_CREDITS.files.map((f) => ({
  name: f.work,
  attribution: `${f.work}, by ${f.people.join(", ")}, from the Citation Style Language project, ${CSL_CREDITS.projectUrl}`,
  licence: `${CSL_CREDITS.licence}, ${CSL_CREDITS.licenceUrl}`,
  url: CSL_CREDITS.projectUrl,
}));

export const CREDITS: readonly Credit[] = [CITEPROC, ...CSL];

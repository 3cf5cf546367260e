/**
 * The Cite Them Right Harvard styles and the CSL locales, from the CSL project's files shipped
 * in ./csl (see csl/LICENCE.md): only the styles in use, never a whole collection of styles.
 */
import { DEFAULT_EDITION, type CtrEdition } from "../edition";
import { cslFile } from "./csl-files";
import type { CslFileName } from "./csl-names";

const STYLE_FILES: Record<CtrEdition, CslFileName> = {
  "12th": "harvard-cite-them-right.csl",
  "11th": "harvard-cite-them-right-11th-edition.csl",
};

/** The style's CSL XML for an edition ("Cite Them Right 12th edition - Harvard" by default). */
export function harvardStyleXml(edition: CtrEdition = DEFAULT_EDITION): string {
  return cslFile(STYLE_FILES[edition]);
}

/** The style's own title, from its <info>: "Cite Them Right 12th edition - Harvard". */
export function styleTitle(edition: CtrEdition = DEFAULT_EDITION): string {
  return /<title>([^<]*)<\/title>/.exec(harvardStyleXml(edition))?.[1] ?? "";
}

/** The en-GB locale's XML, for tools that render with the same locale (the pandoc oracle test). */
export function localeXml(lang: "en-GB" | "en-US"): string {
  return cslFile(lang === "en-GB" ? "locales-en-GB.xml" : "locales-en-US.xml");
}

/**
 * citeproc-js's locale callback. The styles set default-locale="en-GB"; citeproc-js also
 * loads en-US as the base every locale is laid over, so both are shipped and any other
 * language falls back to en-US.
 */
export function retrieveLocale(lang: string): string {
  return localeXml(lang === "en-GB" ? "en-GB" : "en-US");
}

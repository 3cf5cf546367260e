/**
 * The Cite Them Right Harvard style and the en-GB locale, loaded from the packages
 * that ship them (never from a copied file), so an upgrade of the package is the
 * only way the style changes.
 */
/* eslint-disable @typescript-eslint/no-require-imports */

/** citation-js registers its bundled styles under these names; harvard1 is "Cite Them Right 11th edition - Harvard". */
export const STYLE_NAME = "harvard1";

/** The style's CSL XML, from @citation-js/plugin-csl's bundled styles. */
export function harvardStyleXml(): string {
  const styles = require("@citation-js/plugin-csl/lib/styles.json") as Record<string, string>;
  const xml = styles[STYLE_NAME];
  if (typeof xml !== "string") throw new Error("The Harvard style is missing from @citation-js/plugin-csl.");
  return xml;
}

/**
 * CSL locales by language. en-GB comes from the locale-en-gb package (citeproc-js's
 * JSON form of the CSL project's locales-en-GB.xml), because @citation-js/plugin-csl 0.7
 * ships only en-US, nl-NL, fr-FR, de-DE and es-ES; citeproc-js also asks for en-US as its base.
 */
export function retrieveLocale(lang: string): unknown {
  if (lang === "en-GB") return require("locale-en-gb");
  const bundled = require("@citation-js/plugin-csl/lib/locales.json") as Record<string, string>;
  return bundled[lang] ?? bundled["en-US"];
}

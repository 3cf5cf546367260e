/**
 * The Cite Them Right Harvard styles and the CSL locales, from the CSL project's files shipped
 * in ./csl (see csl/LICENCE.md): only the styles in use, never a whole collection of styles.
 */
import { DEFAULT_EDITION, type CtrEdition } from "../edition";
import type { HarvardSettings } from "../house-style";
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

/** What a centre's house Harvard changes in the formatted citations and list (docs/centre-template.md, `harvard`). */
export type HouseFormat = Pick<HarvardSettings, "etAlFrom" | "ampersandInBrackets" | "noDate" | "pageLocator">;

/** Replaces `from` (which must be in the style) with `to`: a style file that changed shape fails loudly, not silently. */
function swap(xml: string, from: string, to: string): string {
  if (!xml.includes(from)) throw new Error(`The Harvard style has no ${from}: the house style cannot be applied to it.`);
  return xml.split(from).join(to);
}

/**
 * The style with a centre's house rules in place of Cite Them Right's, so the References tab writes
 * citations and lists the same centre's style notes accept: "et al." from `etAlFrom` authors in
 * citations, "&" inside brackets, "n.d." for an undated work, and the page form. Settings left out
 * (or Cite Them Right's own) change nothing.
 */
export function houseStyleXml(xml: string, house: Partial<HouseFormat> = {}): string {
  let out = xml;
  if (house.etAlFrom !== undefined && house.etAlFrom !== 4) out = swap(out, '<citation et-al-min="4"', `<citation et-al-min="${house.etAlFrom}"`);
  if (house.ampersandInBrackets) {
    // Only the citation's short names; the list keeps "and". Narrative citations put it back
    // outside the brackets (formatter.ts).
    out = swap(out, '<name form="short" and="text"', '<name form="short" and="symbol"');
  }
  // The style's own locale overrides the en-GB file's term.
  if (house.noDate === "n.d.") out = swap(out, '<locale xml:lang="en-GB">\n    <terms>', '<locale xml:lang="en-GB">\n    <terms>\n      <term name="no date">n.d.</term>');
  const LOCATOR = '<label variable="locator" form="short" suffix=" "/>';
  if (house.pageLocator === "p.42") out = swap(out, LOCATOR, '<label variable="locator" form="short"/>');
  if (house.pageLocator === ": 42") {
    // "(Covey, 1989: 42)": the page follows the year after a colon, with no label.
    out = swap(
      out,
      `<group delimiter=", ">
        <group delimiter=", ">
          <text macro="author-short"/>
          <text macro="year-date"/>
        </group>
        <group>
          ${LOCATOR}
          <text variable="locator"/>
        </group>
      </group>`,
      `<group delimiter=": ">
        <group delimiter=", ">
          <text macro="author-short"/>
          <text macro="year-date"/>
        </group>
        <text variable="locator"/>
      </group>`,
    );
  }
  return out;
}

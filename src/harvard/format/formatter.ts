/* eslint-disable @typescript-eslint/no-require-imports */
import { DEFAULT_EDITION, type CtrEdition } from "../edition";
import type { CslItem } from "../library/csl";
import { htmlToRuns, runsText, type TextRun } from "./runs";
import { harvardStyleXml, houseStyleXml, retrieveLocale, type HouseFormat } from "./style";

/** One source in a citation, with an optional page (or other) locator. */
export interface CiteRef {
  id: string;
  /** "42", "42-45", "p. 42", "pp. 42–45", "chapter 3": the label is read from the text when given. */
  locator?: string;
}

export interface CitationOptions {
  /** "Covey (1989, p. 42) argues" rather than "(Covey, 1989, p. 42)". */
  narrative?: boolean;
}

export interface FormatterOptions {
  /** Cite Them Right edition of the reference list and citations; the 12th by default. */
  edition?: CtrEdition;
  /** A centre's house rules where they differ from Cite Them Right's (style.ts, houseStyleXml). */
  house?: Partial<HouseFormat>;
}

export interface FormattedText {
  /** Plain text as the reader sees it (italics lost). */
  text: string;
  /** citeproc-js HTML (<i> for italics), for the pane's preview. */
  html: string;
  /** The same text as runs, for writing into Word with italics. */
  runs: TextRun[];
}

export interface FormattedEntry extends FormattedText {
  id: string;
}

interface CiteprocEngine {
  setOutputFormat(f: "html" | "text"): void;
  updateItems(ids: string[]): void;
  makeBibliography(): false | [Record<string, unknown> & { entry_ids: string[][] }, string[]];
  makeCitationCluster(items: Array<Record<string, unknown>>): string;
}
interface CiteprocModule {
  Engine: new (sys: unknown, style: string, lang?: string, forceLang?: boolean) => CiteprocEngine;
}

export class UnknownSourceError extends Error {}

// Longest spelling first; a label ends at a full stop, a space or a digit ("p.42", "page 42").
const LABELS: Array<[RegExp, string]> = [
  [/^(pages|page|pp\.?|p\.?)(?=[\s\d.]|$)\.?\s*/i, "page"],
  [/^(chapters|chapter|chap\.?|ch\.?)(?=[\s\d.]|$)\.?\s*/i, "chapter"],
  [/^(paragraphs|paragraph|paras?\.?)(?=[\s\d.]|$)\.?\s*/i, "paragraph"],
  [/^(sections|section|sect?\.?|§)(?=[\s\d.]|$)\.?\s*/i, "section"],
  [/^(figures|figure|figs?\.?)(?=[\s\d.]|$)\.?\s*/i, "figure"],
];

/** "pp. 42–45" -> { label: "page", locator: "42-45" }; a bare number is a page. */
export function parseLocator(text: string): { label: string; locator: string } | null {
  let t = text.trim();
  if (!t) return null;
  let label = "page";
  for (const [re, l] of LABELS) {
    if (re.test(t)) {
      label = l;
      t = t.replace(re, "");
      break;
    }
  }
  return { label, locator: t.replace(/\s*[-–—]+\s*/g, "-") };
}

/**
 * Formats a library with citeproc-js and the Cite Them Right Harvard style of the chosen edition.
 * Every source in the library is registered up front, so year letters (2009a,
 * 2009b) and added initials are the same in every citation and in the list.
 */
export class HarvardFormatter {
  private readonly html: CiteprocEngine;
  private readonly text: CiteprocEngine;
  private readonly items: Map<string, CslItem>;
  private readonly italicEtAl: boolean;
  private readonly ampersand: boolean;
  readonly edition: CtrEdition;

  constructor(items: readonly CslItem[], options: FormatterOptions = {}) {
    const CSL = require("citeproc") as CiteprocModule;
    this.items = new Map(items.map((x) => [x.id, x]));
    const sys = {
      retrieveLocale,
      retrieveItem: (id: string) => this.items.get(id),
    };
    this.edition = options.edition ?? DEFAULT_EDITION;
    const style = houseStyleXml(harvardStyleXml(this.edition), options.house);
    this.ampersand = options.house?.ampersandInBrackets === true;
    this.italicEtAl = /<et-al\s[^>]*font-style="italic"/.test(style);
    this.html = new CSL.Engine(sys, style, "en-GB", true);
    this.html.setOutputFormat("html");
    this.text = new CSL.Engine(sys, style, "en-GB", true);
    this.text.setOutputFormat("text");
    const ids = [...this.items.keys()];
    this.html.updateItems(ids);
    this.text.updateItems(ids);
  }

  /** The reference list in the style's order (author, year, title). */
  bibliography(): FormattedEntry[] {
    if (this.items.size === 0) return [];
    const h = this.html.makeBibliography();
    const t = this.text.makeBibliography();
    if (!h || !t) return [];
    return h[1].map((html, i) => {
      const runs = htmlToRuns(html);
      return { id: h[0].entry_ids[i][0], html: html.trim(), runs, text: t[1][i].trim() };
    });
  }

  /**
   * An in-text citation in Cite Them Right form: (Covey, 1989, p. 42),
   * (Whitmore, 2009a; Smith et al., 2020); narrative Covey (1989, p. 42),
   * or for several sources "Covey (1989) and Whitmore (2009a)".
   */
  citation(refs: readonly CiteRef[], options: CitationOptions = {}): FormattedText {
    if (refs.length === 0) throw new UnknownSourceError("Choose at least one source to cite.");
    const items = refs.map((r) => {
      if (!this.items.has(r.id)) throw new UnknownSourceError("That source is no longer in the library.");
      const loc = r.locator ? parseLocator(r.locator) : null;
      return loc ? { id: r.id, locator: loc.locator, label: loc.label } : { id: r.id };
    });
    if (!options.narrative) return this.cluster(items);
    // Narrative: the author outside the brackets, year and page inside, one source at a time.
    const parts = items.map((it) => {
      const who = this.authorOnly(it);
      const when = this.cluster([{ ...it, "suppress-author": true }]);
      return join([who, space, when]);
    });
    const pieces: FormattedText[] = [];
    parts.forEach((p, i) => {
      if (i > 0) pieces.push(i === parts.length - 1 ? and : comma);
      pieces.push(p);
    });
    return join(pieces);
  }

  /**
   * citeproc-js drops the style's formatting of "et al." in author-only output
   * (parenthetical citations keep it; pandoc keeps it in both), so it is put back
   * here when the style asks for italic et al.
   */
  private authorOnly(item: Record<string, unknown>): FormattedText {
    const cluster = this.cluster([{ ...item, "author-only": true }]);
    // A house style with "&" inside brackets still has "and" in running text: "Smith and Jones (2019)".
    const out = this.ampersand ? andOutsideBrackets(cluster) : cluster;
    if (!this.italicEtAl || /<i>et al\.<\/i>/.test(out.html)) return out;
    const html = out.html.replace(/\bet al\./, "<i>et al.</i>");
    return { html, text: out.text, runs: htmlToRuns(html) };
  }

  private cluster(items: Array<Record<string, unknown>>): FormattedText {
    const html = this.html.makeCitationCluster(items);
    const text = this.text.makeCitationCluster(items);
    return { html, text, runs: htmlToRuns(html) };
  }
}

function andOutsideBrackets(t: FormattedText): FormattedText {
  const html = t.html.replace(/ &amp; | & /g, " and ");
  return { html, text: t.text.replace(/ & /g, " and "), runs: htmlToRuns(html) };
}

const lit = (s: string): FormattedText => ({ text: s, html: s, runs: [{ text: s }] });
const space = lit(" ");
const comma = lit(", ");
const and = lit(" and ");

function join(parts: FormattedText[]): FormattedText {
  const runs: TextRun[] = [];
  for (const r of parts.flatMap((p) => p.runs)) {
    const last = runs[runs.length - 1];
    if (last && JSON.stringify({ ...last, text: "" }) === JSON.stringify({ ...r, text: "" })) last.text += r.text;
    else runs.push({ ...r });
  }
  return { text: parts.map((p) => p.text).join(""), html: parts.map((p) => p.html).join(""), runs };
}

export { runsText };

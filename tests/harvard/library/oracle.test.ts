/**
 * Oracle: the same sources, the same CSL style and locale files (the ones the add-in ships, in
 * src/harvard/format/csl) and the same CSL-JSON go through pandoc's independent CSL processor
 * (Haskell citeproc); our citeproc-js output must match it entry by entry, for both Cite Them
 * Right editions. pandoc takes a style file but has no option for a locale file, so the locale
 * files are written into the style given to pandoc as <locale> elements after the style's own:
 * pandoc then ranks them as citeproc-js does (the style's own terms, then en-GB, then en-US, and
 * only then its built-in locale).
 * Needs pandoc >= 2.17 (Debian 12's package "pandoc"; see MIN_PANDOC); skipped with a message
 * otherwise, and a failure under CI.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { createFormatter as makeFormatter, harvardStyleXml, localeXml } from "../../../src/harvard/format/harvard-format";
import { CTR_EDITIONS, type CtrEdition } from "../../../src/harvard/edition";
import { sourceKindOf, SOURCE_KINDS } from "../../../src/harvard/library/kinds";
import { SOURCES } from "./fixtures/sources";
import { suiteNeeding } from "../../helpers/requirement";

function pandocVersion(): number[] | null {
  const r = spawnSync("pandoc", ["--version"], { encoding: "utf8" });
  if (r.status !== 0 || !r.stdout) return null;
  const m = /pandoc(?:\.exe)? (\d+)\.(\d+)/.exec(r.stdout);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * The oldest pandoc these comparisons hold for: 2.17 (Debian 12's, which .ci/run installs). --citeproc
 * came in 2.11, but the CSL processor in older releases (the citeproc library before its 0.6) sorted
 * reference lists case-sensitively and disambiguated author-in-text citations in its own way, and the
 * tests below compare both the order of the list and the disambiguation with citeproc-js's.
 */
const MIN_PANDOC: readonly [number, number] = [2, 17];

/** Why the oracle cannot run with this pandoc (missing or too old), or null when it can. */
function pandocProblem(found: readonly number[] | null): string | null {
  const want = MIN_PANDOC.join(".");
  if (!found) return `pandoc is not installed (it needs pandoc ${want} or newer: apt-get install -y pandoc on Debian 12, or .ci/run)`;
  const [major, minor] = found;
  const newEnough = major > MIN_PANDOC[0] || (major === MIN_PANDOC[0] && minor >= MIN_PANDOC[1]);
  return newEnough ? null : `pandoc ${found.join(".")} is too old: the oracle needs ${want} or newer, whose CSL processor sorts and disambiguates as citeproc-js does (.ci/run installs one)`;
}

const version = pandocVersion();
const maybe = suiteNeeding("the pandoc oracle", pandocProblem(version));

describe("the pandoc the oracle needs", () => {
  it.each([[[2, 9]], [[2, 11]], [[2, 16]], [[1, 19]]])("refuses pandoc %j, saying it is too old", (found) => {
    expect(pandocProblem(found)).toMatch(/^pandoc [\d.]+ is too old: the oracle needs 2\.17 or newer/);
  });
  it.each([[[2, 17]], [[2, 19]], [[3, 1]]])("accepts pandoc %j", (found) => {
    expect(pandocProblem(found)).toBeNull();
  });
  it("says how to install pandoc when there is none", () => {
    expect(pandocProblem(null)).toMatch(/^pandoc is not installed .*apt-get install -y pandoc/);
  });
});

const decode = (s: string) =>
  s.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Plain text and the italic stretches of an HTML fragment, so both wording and italics are compared. */
function textAndItalics(html: string): { text: string; italics: string[] } {
  const italics: string[] = [];
  const re = /<(em|i)>([\s\S]*?)<\/\1>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) italics.push(decode(m[2].replace(/<[^>]+>/g, "")));
  const text = decode(html.replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim();
  return { text, italics };
}

/** A shipped locale file's content as a <locale> element of a style (its <info> left out). */
function inlineLocale(lang: "en-GB" | "en-US"): string {
  const body = /<locale\b[^>]*>([\s\S]*)<\/locale>/.exec(localeXml(lang))![1].replace(/<info>[\s\S]*?<\/info>/, "");
  return `<locale xml:lang="${lang}">${body}</locale>`;
}

/** The edition's style with the shipped en-GB and en-US locales written in after its own <locale>. */
function styleWithLocales(edition: CtrEdition): string {
  const style = harvardStyleXml(edition);
  const own = style.indexOf("</locale>") + "</locale>".length;
  return `${style.slice(0, own)}\n${inlineLocale("en-GB")}\n${inlineLocale("en-US")}${style.slice(own)}`;
}

/** Runs pandoc's citeproc over the items with the same CSL and locale files; returns its reference entries and citation paragraphs. */
function runPandoc(edition: CtrEdition, items: readonly object[], cites: readonly string[]): { entries: Array<{ id: string; html: string }>; cites: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "ilm-oracle-"));
  writeFileSync(join(dir, "style.csl"), styleWithLocales(edition));
  writeFileSync(join(dir, "items.json"), JSON.stringify(items));
  const md = ["---", 'nocite: "@*"', "lang: en-GB", "---", "", ...cites.flatMap((c, i) => [`C${i}: ${c}`, ""]), "# References", ""].join("\n");
  writeFileSync(join(dir, "doc.md"), md);
  const html = execFileSync(
    "pandoc",
    ["doc.md", "--citeproc", "--csl", "style.csl", "--bibliography", "items.json", "-t", "html", "--wrap=none"],
    { cwd: dir, encoding: "utf8" },
  );
  const entries: Array<{ id: string; html: string }> = [];
  const re = /<div id="ref-([^"]+)" class="csl-entry"[^>]*>([\s\S]*?)<\/div>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) entries.push({ id: m[1], html: m[2] });
  return { entries, cites: cites.map((_, i) => new RegExp(`<p>C${i}: ([\\s\\S]*?)</p>`).exec(html)?.[1] ?? "") };
}

const CITES: Array<{ md: string; refs: Array<{ id: string; locator?: string }>; narrative?: boolean }> = [
  { md: "[@covey1989, p. 42]", refs: [{ id: "covey1989", locator: "42" }] },
  { md: "[@covey1989, pp. 42-45]", refs: [{ id: "covey1989", locator: "42-45" }] },
  { md: "[@rogers2012]", refs: [{ id: "rogers2012" }] },
  { md: "[@smith2020]", refs: [{ id: "smith2020" }] },
  { md: "[@whitmore2009]", refs: [{ id: "whitmore2009" }] },
  { md: "[@whitmore2009b]", refs: [{ id: "whitmore2009b" }] },
  { md: "[@icfnd]", refs: [{ id: "icfnd" }] },
  { md: "[@theeboom2014; @cipd2023; @covey1989]", refs: [{ id: "theeboom2014" }, { id: "cipd2023" }, { id: "covey1989" }] },
  { md: "[@passmore2010]", refs: [{ id: "passmore2010" }] },
  { md: "[@jones2016, p. 250]", refs: [{ id: "jones2016", locator: "250" }] },
  { md: "[@western2012; @bachkirova2017]", refs: [{ id: "western2012" }, { id: "bachkirova2017" }] },
  { md: "@covey1989 [p. 42]", refs: [{ id: "covey1989", locator: "42" }], narrative: true },
  { md: "@smith2020", refs: [{ id: "smith2020" }], narrative: true },
  { md: "@theeboom2014 [pp. 3-4]", refs: [{ id: "theeboom2014", locator: "pp. 3-4" }], narrative: true },
];

describe("the oracle's sources", () => {
  it("are at least 20, of every kind, with DOIs and edited books (where the editions differ)", () => {
    expect(SOURCES.length).toBeGreaterThanOrEqual(20);
    const kinds = new Set(SOURCES.map((s) => sourceKindOf(s)));
    for (const k of SOURCE_KINDS) expect(kinds).toContain(k);
    expect(SOURCES.filter((s) => s.DOI).length).toBeGreaterThanOrEqual(2);
    expect(SOURCES.filter((s) => sourceKindOf(s) === "edited-book").length).toBeGreaterThanOrEqual(2);
    expect(SOURCES.filter((s) => sourceKindOf(s) === "chapter" && s.editor?.length === 1).length).toBeGreaterThanOrEqual(1);
  });
});

maybe(`pandoc ${version?.join(".")} oracle`, () => {
  it("gets the editions' differences from the style files themselves (DOI and editors)", () => {
    const twelfth = new Map(runPandoc("12th", SOURCES, []).entries.map((e) => [e.id, textAndItalics(e.html).text]));
    const eleventh = new Map(runPandoc("11th", SOURCES, []).entries.map((e) => [e.id, textAndItalics(e.html).text]));
    expect(twelfth.get("jones2016")).toContain("Available at: https://doi.org/10.1111/joop.12119.");
    expect(eleventh.get("jones2016")).toContain("doi:10.1111/joop.12119.");
    expect(twelfth.get("western2012")).toContain("in J. Passmore (ed.)");
    expect(eleventh.get("western2012")).toContain("in Passmore, J. (ed.)");
  });
});

maybe.each(CTR_EDITIONS)("pandoc oracle, Cite Them Right %s edition", (edition) => {
  const pandocEntries: Array<{ id: string; html: string }> = [];
  let pandocCites: string[] = [];
  const createFormatter = (items: readonly object[]) => makeFormatter(items as never, { edition });

  beforeAll(() => {
    const out = runPandoc(edition, SOURCES, CITES.map((c) => c.md));
    pandocEntries.push(...out.entries);
    pandocCites = out.cites;
  });

  it("renders every source", () => {
    expect(pandocEntries).toHaveLength(SOURCES.length);
  });

  it("orders the reference list as pandoc does (names with particles aside)", () => {
    // The style says demote-non-dropping-particle="sort-only": "de Bono" sorts under B.
    // citeproc-js does that; pandoc 2.17's citeproc sorts it under D. CTR guides differ too,
    // so particle names are compared to the CSL rule below, not to pandoc.
    const particle = new Set(SOURCES.filter((s) => s.author?.[0]?.["non-dropping-particle"]).map((s) => s.id));
    const ours = createFormatter(SOURCES).bibliography().map((e) => e.id);
    expect(ours.filter((id) => !particle.has(id))).toEqual(pandocEntries.map((e) => e.id).filter((id) => !particle.has(id)));
  });

  it("sorts a name with a particle under the surname, as the style's demote-non-dropping-particle asks", () => {
    const ours = createFormatter(SOURCES).bibliography().map((e) => e.id);
    expect(ours.indexOf("debono1985")).toBe(ours.indexOf("bloggs2018") + 1);
  });

  it("renders every reference with the same words and italics as pandoc", () => {
    const ours = new Map(createFormatter(SOURCES).bibliography().map((e) => [e.id, e]));
    for (const p of pandocEntries) {
      const want = textAndItalics(p.html);
      const got = ours.get(p.id)!;
      expect({ id: p.id, text: got.text }).toEqual({ id: p.id, text: want.text });
      expect({ id: p.id, italics: textAndItalics(got.html).italics }).toEqual({ id: p.id, italics: want.italics });
    }
  });

  it("renders in-text citations as pandoc does, parenthetical and narrative", () => {
    const f = createFormatter(SOURCES);
    CITES.forEach((c, i) => {
      const got = f.citation(c.refs, { narrative: c.narrative });
      const want = textAndItalics(pandocCites[i]);
      expect({ cite: c.md, text: got.text }).toEqual({ cite: c.md, text: want.text });
      expect({ cite: c.md, italics: textAndItalics(got.html).italics }).toEqual({ cite: c.md, italics: want.italics });
    });
  });

  it("disambiguates as pandoc does: initials for same surname and year, a/b for the same author, title for no author", () => {
    const book = (id: string, family: string, given: string, title: string, year = 2020) => ({
      id, type: "book", title, author: [{ family, given }], issued: { "date-parts": [[year]] }, "publisher-place": "London", publisher: "Sage",
    });
    const items = [
      book("as", "Smith", "Alan", "Coaching one"),
      book("bs", "Smith", "Beth", "Coaching two"),
      book("w1", "Whitmore", "John", "Zebra coaching", 2002),
      book("w2", "Whitmore", "John", "Alpha coaching", 2002),
      { id: "anon", type: "webpage", title: "Coaching at a glance", URL: "https://example.org/glance", accessed: { "date-parts": [[2024, 1, 5]] }, issued: { "date-parts": [[2019]] } },
    ];
    const cites = ["[@as]", "[@bs]", "[@w1]", "[@w2; @as]", "[@anon]", "@w1 [p. 4]"];
    const refs = [[{ id: "as" }], [{ id: "bs" }], [{ id: "w1" }], [{ id: "w2" }, { id: "as" }], [{ id: "anon" }], [{ id: "w1", locator: "4" }]];
    const out = runPandoc(edition, items, cites);
    const f = createFormatter(items);
    cites.forEach((c, i) => {
      const got = f.citation(refs[i], { narrative: !c.startsWith("[") });
      expect({ cite: c, text: got.text }).toEqual({ cite: c, text: textAndItalics(out.cites[i]).text });
      expect({ cite: c, italics: textAndItalics(got.html).italics }).toEqual({ cite: c, italics: textAndItalics(out.cites[i]).italics });
    });
    const ours = f.bibliography();
    expect(ours.map((e) => e.id)).toEqual(out.entries.map((e) => e.id));
    expect(ours.map((e) => e.text)).toEqual(out.entries.map((e) => textAndItalics(e.html).text));
  });
});

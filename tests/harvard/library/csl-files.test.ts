/**
 * The CSL styles and locales the formatter ships: the files on disk, the bundled copies the
 * pane's build uses, their licence note and the credits the About box shows.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { CSL_CREDITS } from "../../../src/harvard/format/credits";
import { cslFile } from "../../../src/harvard/format/csl-files";
import { cslFile as bundledCslFile } from "../../../src/harvard/format/csl-files.web";
import { CSL_FILES } from "../../../src/harvard/format/csl-names";
import { harvardStyleXml, retrieveLocale, styleTitle } from "../../../src/harvard/format/style";

const DIR = join(__dirname, "../../../src/harvard/format/csl");

/** The <name> of each <author>, <contributor> or <translator> in a file's <info>. */
function people(xml: string): string[] {
  const info = /<info>([\s\S]*?)<\/info>/.exec(xml)?.[1] ?? "";
  return [...info.matchAll(/<(?:author|contributor|translator)>\s*<name>([^<]+)<\/name>/g)].map((m) => m[1]);
}

describe("the shipped CSL files", () => {
  it("are exactly the files in the csl folder (and its licence note)", () => {
    expect(readdirSync(DIR).sort()).toEqual([...CSL_FILES, "LICENCE.md"].sort());
  });

  it.each(CSL_FILES)("%s is bundled for the pane with the same text as on disk", (name) => {
    expect(bundledCslFile(name)).toBe(cslFile(name));
    expect(cslFile(name)).toBe(readFileSync(join(DIR, name), "utf8"));
  });

  it.each(CSL_FILES)("%s is CC BY-SA 3.0, credited with its authors in the About text and the licence note", (name) => {
    const xml = cslFile(name);
    expect(xml).toMatch(/<rights license="http:\/\/creativecommons.org\/licenses\/by-sa\/3.0\/">/);
    const credit = CSL_CREDITS.files.find((f) => f.file === name);
    expect(credit?.people).toEqual(people(xml));
    const note = readFileSync(join(DIR, "LICENCE.md"), "utf8");
    const row = note.split("\n").find((l) => l.includes(`\`${name}\``)) ?? "";
    for (const p of people(xml)) {
      expect(row).toContain(p);
      expect(CSL_CREDITS.text).toContain(p);
    }
    expect(CSL_CREDITS.text).toContain("https://citationstyles.org/");
    expect(CSL_CREDITS.text).toContain("CC BY-SA 3.0");
  });

  it("are the current Cite Them Right styles: the 12th edition by default, the 11th when asked", () => {
    expect(styleTitle()).toBe("Cite Them Right 12th edition - Harvard");
    expect(styleTitle("11th")).toBe("Cite Them Right 11th edition - Harvard");
    expect(harvardStyleXml()).toMatch(/<updated>2022-06-27/);
    for (const t of [styleTitle(), styleTitle("11th")]) expect(CSL_CREDITS.text).toContain(t);
  });

  it("give citeproc-js the en-GB locale, and en-US as its base", () => {
    expect(retrieveLocale("en-GB")).toMatch(/<locale [^>]*xml:lang="en-GB"/);
    expect(retrieveLocale("en-US")).toMatch(/<locale [^>]*xml:lang="en-US"/);
    expect(retrieveLocale("fr-FR")).toBe(retrieveLocale("en-US"));
  });
});

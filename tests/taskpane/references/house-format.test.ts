/**
 * The References tab formats in the house Harvard the centre template sets (docs/centre-template.md,
 * `harvard`: the edition, "et al." from how many authors, "&" inside brackets, "n.d.", the page
 * form), so the citations and list it writes are the ones the learner's reference notes expect.
 */
import { analyse } from "../../../src/check/analyse";
import * as format from "../../../src/harvard/format/harvard-format";
import { formatInHouseStyle } from "../../../src/taskpane/references/house-format";
import { draft } from "../../core/draft";
import { NORTHGATE, clone } from "../../centre/fixtures";
import { SOURCES } from "../../harvard/library/fixtures/sources";
import type { CslItem } from "../../../src/harvard/library/csl";
import type { HarvardSettings } from "../../../src/harvard/house-style";

const texts = (m: Pick<typeof format, "createFormatter">) => m.createFormatter(SOURCES).bibliography().map((e) => e.text);

test("a centre's 11th edition is every formatter's default; none leaves the module as it is", () => {
  expect(formatInHouseStyle(format, undefined)).toBe(format);
  const eleventh = texts(formatInHouseStyle(format, { edition: "11th" }));
  expect(eleventh).toEqual(format.createFormatter(SOURCES, { edition: "11th" }).bibliography().map((e) => e.text));
  expect(eleventh).not.toEqual(texts(format));
  expect(formatInHouseStyle(format, { edition: "11th" }).createFormatter(SOURCES).edition).toBe("11th");
  // An edition asked for outright still wins.
  expect(formatInHouseStyle(format, { edition: "11th" }).createFormatter(SOURCES, { edition: "12th" }).edition).toBe("12th");
});

test("the list the tab writes for a centre on the 11th draws no edition note from the same centre's check", () => {
  const centre = { ...clone(NORTHGATE), harvard: { edition: "11th" as const } };
  const list = (m: Pick<typeof format, "createFormatter">): unknown[] => {
    const lines = [
      "title: 8580-500 assignment",
      "## 1.1 Define what coaching and mentoring is within an organisational context, explaining the similarities and differences between coaching and mentoring.",
      ...SOURCES.map((s) => `As ${String(s.id)} shows, coaching works.`),
      "# References",
      ...texts(m),
    ];
    return analyse(draft(lines), { centre }).problems.filter((p) => p.code === "reference-style" && /edition/.test(`${p.message} ${p.fix ?? ""}`)).map((p) => p.fix);
  };
  expect(list(formatInHouseStyle(format, centre.harvard))).toEqual([]);
  // The 12th edition's list, as the tab wrote it before, is noted entry by entry.
  expect(list(format).length).toBeGreaterThan(0);
});

const OSCAR: CslItem = {
  id: "gilbert2009", type: "book", title: "The OSCAR coaching model",
  author: [{ family: "Gilbert", given: "Andrew" }, { family: "Whittleworth", given: "Karen" }],
  issued: { "date-parts": [[2009]] }, "publisher-place": "Monmouth", publisher: "Worth Consulting",
};
const WITH_OSCAR = [...SOURCES, OSCAR];
const HOUSE: Partial<HarvardSettings> = { etAlFrom: 3, ampersandInBrackets: true, noDate: "n.d.", pageLocator: ": 42" };

test("a centre's house rules in the citations the tab writes: et al. from three, & inside brackets only, n.d., the page after a colon", () => {
  const f = formatInHouseStyle(format, HOUSE).createFormatter(WITH_OSCAR);
  expect(f.citation([{ id: "rogers2012", locator: "42" }]).text).toBe("(Rogers et al., 2012: 42)");
  expect(f.citation([{ id: "gilbert2009", locator: "4" }]).text).toBe("(Gilbert & Whittleworth, 2009: 4)");
  expect(f.citation([{ id: "gilbert2009" }], { narrative: true }).text).toBe("Gilbert and Whittleworth (2009)");
  expect(f.citation([{ id: "icfnd" }]).text).toBe("(International Coaching Federation, n.d.)");
  expect(f.bibliography().find((e) => e.id === "icfnd")!.text).toMatch(/^International Coaching Federation \(n\.d\.\) ICF code of ethics\./);
  // The list keeps "and" between authors, as such house styles do.
  expect(f.bibliography().find((e) => e.id === "gilbert2009")!.text).toMatch(/^Gilbert, A\. and Whittleworth, K\. \(2009\)/);
  expect(formatInHouseStyle(format, { pageLocator: "p.42" }).createFormatter(WITH_OSCAR).citation([{ id: "covey1989", locator: "42" }]).text).toBe("(Covey, 1989, p.42)");
  // Cite Them Right's own settings change nothing.
  const ctr = formatInHouseStyle(format, { etAlFrom: 4, ampersandInBrackets: false, noDate: "no date", pageLocator: "p. 42" }).createFormatter(WITH_OSCAR);
  expect(ctr.citation([{ id: "gilbert2009", locator: "4" }]).text).toBe(format.createFormatter(WITH_OSCAR).citation([{ id: "gilbert2009", locator: "4" }]).text);
});

test("what the tab writes for a centre on another house Harvard draws no style note from the same centre's check", () => {
  const centre = { ...clone(NORTHGATE), harvard: HOUSE };
  const STYLE_CODES = ["citation-style", "reference-style", "citation-matched-with-warning"];
  const notes = (m: Pick<typeof format, "createFormatter">) => {
    const f = m.createFormatter(WITH_OSCAR);
    const cites = [
      f.citation([{ id: "rogers2012", locator: "42" }]).text,
      f.citation([{ id: "gilbert2009", locator: "4" }]).text,
      f.citation([{ id: "icfnd" }]).text,
    ];
    const ids = new Set(["rogers2012", "gilbert2009", "icfnd"]);
    const lines = [
      "title: 8580-500 assignment",
      "## 1.1 Define what coaching and mentoring is within an organisational context, explaining the similarities and differences between coaching and mentoring.",
      ...cites.map((c) => `Coaching works ${c}.`),
      "# References",
      ...f.bibliography().filter((e) => ids.has(e.id)).map((e) => e.text),
    ];
    return analyse(draft(lines), { centre }).problems.filter((p) => STYLE_CODES.includes(p.code)).map((p) => p.message);
  };
  expect(notes(formatInHouseStyle(format, centre.harvard))).toEqual([]);
  // Cite Them Right's citations, as the tab wrote them before, are noted as slips in this house.
  expect(notes(format).length).toBeGreaterThan(0);
});

/**
 * The References tab formats in the edition the centre template sets (docs/centre-template.md,
 * `harvard.edition`), so the list it writes is the one the learner's reference notes expect.
 */
import { analyse } from "../../../src/check/analyse";
import * as format from "../../../src/harvard/format/harvard-format";
import { formatInEdition } from "../../../src/taskpane/references/house-format";
import { draft } from "../../core/draft";
import { NORTHGATE, clone } from "../../centre/fixtures";
import { SOURCES } from "../../harvard/library/fixtures/sources";

const texts = (m: Pick<typeof format, "createFormatter">) => m.createFormatter(SOURCES).bibliography().map((e) => e.text);

test("a centre's 11th edition is every formatter's default; none leaves the module as it is", () => {
  expect(formatInEdition(format, undefined)).toBe(format);
  const eleventh = texts(formatInEdition(format, "11th"));
  expect(eleventh).toEqual(format.createFormatter(SOURCES, { edition: "11th" }).bibliography().map((e) => e.text));
  expect(eleventh).not.toEqual(texts(format));
  expect(formatInEdition(format, "11th").createFormatter(SOURCES).edition).toBe("11th");
  // An edition asked for outright still wins.
  expect(formatInEdition(format, "11th").createFormatter(SOURCES, { edition: "12th" }).edition).toBe("12th");
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
  expect(list(formatInEdition(format, centre.harvard.edition))).toEqual([]);
  // The 12th edition's list, as the tab wrote it before, is noted entry by entry.
  expect(list(format).length).toBeGreaterThan(0);
});

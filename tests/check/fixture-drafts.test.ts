/**
 * The analysis over the project's own .docx fixtures (written by LibreOffice,
 * see tests/fixtures/make): tables, bold headings, tracked changes, German
 * style names. Only the coverage codes are checked here.
 */
import { existsSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { analyse } from "../../src/check/analyse";
import { COVERAGE_RULES } from "../../src/core/rules/coverage-rules";
import { readDocx } from "../../src/docx/read-docx";

const DIR = resolve(__dirname, "../fixtures");
const COVERAGE = new Set<string>(COVERAGE_RULES.map((r) => r.id));

const CASES: Array<[file: string, unit: string, problems: string[]]> = [
  ["unit-8580-500-styled.docx", "8580-500", []],
  ["unit-8580-500-2017-bold.docx", "8580-500-2017", []],
  ["unit-8580-501-table.docx", "8580-501", []],
  ["unit-8580-502-tracked.docx", "8580-502", []],
  ["unit-8580-503-libreoffice.docx", "8580-503", []],
  ["unit-8581-700-styled.docx", "8581-700", []],
  ["german-headings-503.docx", "8580-503", []],
  ["references-faulty-503.docx", "8580-503", []],
  ["problems-503.docx", "8580-503", ["ac-empty 1.2", "ac-heading-altered 3.1", "ac-missing 2.2"]],
];

describe("coverage of the .docx fixtures", () => {
  it.each(CASES)("%s: unit %s, coverage problems %j", (file, unit, expected) => {
    const path = join(DIR, file);
    if (!existsSync(path)) throw new Error(`${path} is missing: regenerate with tests/fixtures/make/make-fixtures.ts`);
    const report = analyse(readDocx(readFileSync(path), file));
    expect(report.unit).toBe(unit);
    const got = report.problems
      .filter((p) => COVERAGE.has(p.code))
      .map((p) => `${p.code}${p.ac ? ` ${p.ac}` : ""}`)
      .sort();
    expect(got).toEqual(expected);
    // Sections that are present have a real answer under them (the fixtures write ~200+ words per AC).
    for (const s of report.sections) if (s.status === "ok") expect(s.words).toBeGreaterThan(150);
  });

  it("a centre's table template: each answer is the cell beside its criterion", () => {
    const report = analyse(readDocx(readFileSync(join(DIR, "unit-8580-501-table.docx"))));
    expect(report.sections.every((s) => s.status === "ok")).toBe(true);
    const [first, second] = report.sections;
    // Sections do not run into each other: the heading of the next row closes the previous answer.
    expect(first!.paragraphs![1]).toBeLessThan(second!.paragraphs![0]);
  });
});

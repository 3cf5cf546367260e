/**
 * The acceptance check on the shared sample drafts: for the coverage codes,
 * exactly the problems in expected.json, the right unit, and the word count
 * within 3% (at least 15 words), as tools/score-samples.py judges them.
 */
import { existsSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { analyse } from "../../src/check/analyse";
import { readDocx } from "../../src/docx/read-docx";
import { sharedMissing, suiteNeeding } from "../helpers/requirement";
import { getUnit } from "../../src/units/catalogue";

const SAMPLES = resolve(__dirname, "../../../shared/samples");
const COVERAGE_CODES = new Set([
  "ac-missing",
  "ac-heading-altered",
  "ac-empty",
  "ac-out-of-order",
  "ac-duplicate",
  "guidance-left-in",
  "word-count-out-of-range",
]);

interface Expected {
  file: string;
  unit: string;
  passUnit: boolean;
  words: number | null;
  wordRange: [number, number] | null;
  expected: Array<{ code: string; ac?: string }>;
  allowed?: Array<{ code: string; ac?: string }>;
}

const present = existsSync(join(SAMPLES, "expected.json"));
const manifest: Expected[] = present ? JSON.parse(readFileSync(join(SAMPLES, "expected.json"), "utf8")) : [];

suiteNeeding("the sample drafts", sharedMissing(join(SAMPLES, "expected.json")))("shared sample drafts (coverage codes)", () => {
  it("has sample drafts to check (an empty manifest would pass every case below)", () => {
    expect(manifest.length).toBeGreaterThan(0);
  });

  it.each(manifest.map((m) => [m.file, m]))("%s", (_file, m) => {
    const doc = readDocx(readFileSync(join(SAMPLES, m.file)), m.file);
    const report = analyse(doc, m.passUnit ? { unit: m.unit } : {});
    expect(report.unit).toBe(m.unit);
    expect(report.wordRange).toEqual(m.wordRange);
    if (m.words !== null) {
      expect(Math.abs(report.wordCount - m.words)).toBeLessThanOrEqual(Math.max(15, 0.03 * m.words));
    }
    const key = (p: { code: string; ac?: string }) => (p.code === "word-count-out-of-range" ? p.code : `${p.code} ${p.ac ?? ""}`);
    const got = report.problems.filter((p) => COVERAGE_CODES.has(p.code)).map(key).sort();
    const allowed = new Set((m.allowed ?? []).map(key));
    const want = m.expected.filter((e) => COVERAGE_CODES.has(e.code)).map(key).sort();
    expect(got.filter((k) => !allowed.has(k) || want.includes(k))).toEqual(want);
    // Every AC of the unit has a section card, in unit order.
    expect(report.sections.map((s) => s.ac)).toEqual(getUnit(m.unit)!.criteria.map((c) => c.id));
    for (const s of report.sections) expect(["ok", "missing", "altered", "empty"]).toContain(s.status);
  });
});

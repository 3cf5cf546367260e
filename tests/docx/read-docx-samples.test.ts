/**
 * The reader on the shared learner drafts (../shared/samples, beside the
 * repository). Skipped, with a message, when that folder is absent.
 */
import { existsSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { readDocx } from "../../src/docx/read-docx";
import { sharedMissing, suiteNeeding } from "../helpers/requirement";

const SAMPLES = resolve(__dirname, "..", "..", "..", "shared", "samples");
const present = existsSync(join(SAMPLES, "expected.json"));

interface Sample {
  file: string;
  unit: string;
}
const samples: Sample[] = present ? JSON.parse(readFileSync(join(SAMPLES, "expected.json"), "utf8")) : [];
const AC_LINE = /^(AC\s?)?(\d)\.(\d)\b/;

suiteNeeding("the shared sample drafts", sharedMissing(join(SAMPLES, "expected.json")))("shared sample drafts", () => {
  test("there are samples to read", () => {
    expect(samples.length).toBeGreaterThanOrEqual(4);
  });

  test.each(samples.map((s) => [s.file, s] as const))("%s", (_file, sample) => {
    const doc = readDocx(readFileSync(join(SAMPLES, sample.file)), sample.file);
    expect(doc.paragraphs.length).toBeGreaterThan(50);
    expect(doc.paragraphs[0].isTitle).toBe(true);
    expect(doc.paragraphs[0].text).toContain(sample.unit.slice(0, 8));

    const refs = doc.paragraphs.find((p) => /^references?( list)?$/i.test(p.text.trim()));
    expect(refs?.headingLevel).toBe(1);

    // Every AC side-heading is marked as a heading (styled) or typed as bold body text.
    const acLines = doc.paragraphs.filter((p) => AC_LINE.test(p.text) && p.text.length < 300);
    expect(acLines.length).toBeGreaterThanOrEqual(8);
    for (const p of acLines) expect(p.headingLevel === 2 || (p.headingLevel === 0 && p.bold)).toBe(true);

    // Answer paragraphs are plain body text.
    const body = doc.paragraphs.filter((p) => p.headingLevel === 0 && !p.bold && !p.isTitle);
    expect(body.length).toBeGreaterThan(acLines.length);
    expect(doc.paragraphs.every((p) => p.tags.length === 0 && p.table === undefined)).toBe(true);
  });
});

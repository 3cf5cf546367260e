/**
 * Acceptance on the shared sample drafts for the referencing codes: exactly the
 * citation-unmatched, reference-uncited and section-needs-reference problems in
 * expected.json (first author and year as the scorer keys them), nothing else.
 */
import { existsSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { analyse } from "../../src/check/analyse";
import type { Problem } from "../../src/model/report";
import { readDocx } from "../../src/docx/read-docx";
import { foldForNameMatch } from "../../src/shared/text/fold";
import { sharedMissing, suiteNeeding } from "../helpers/requirement";

const SAMPLES = resolve(__dirname, "../../../shared/samples");
const CODES = new Set(["citation-unmatched", "reference-uncited", "section-needs-reference"]);

interface Expected {
  file: string;
  unit: string;
  passUnit: boolean;
  expected: Array<{ code: string; ac?: string; key?: string }>;
}

const present = existsSync(join(SAMPLES, "expected.json"));
const manifest: Expected[] = present ? JSON.parse(readFileSync(join(SAMPLES, "expected.json"), "utf8")) : [];

const norm = (s: string) => foldForNameMatch(s).replace(/[^a-z0-9]/g, "");

function key(p: Problem): string {
  const w = p.code === "citation-unmatched" ? p.citation : p.code === "reference-uncited" ? p.reference : undefined;
  const who = w ? ` ${norm(w.authors[0] ?? "")} ${norm(w.year)}` : "";
  return `${p.code} ${p.code === "reference-uncited" ? "" : p.ac ?? ""}${who}`;
}

suiteNeeding("the referencing checks on the sample drafts", sharedMissing(join(SAMPLES, "expected.json")))("shared sample drafts (referencing codes)", () => {
  it.each(manifest.map((m) => [m.file, m] as const))("%s", (_file, m) => {
    const report = analyse(readDocx(readFileSync(join(SAMPLES, m.file)), m.file), m.passUnit ? { unit: m.unit } : {});
    const got = report.problems.filter((p) => CODES.has(p.code)).map(key).sort();
    const want = m.expected
      .filter((e) => CODES.has(e.code))
      .map((e) => {
        const [a, y] = e.key ? [e.key.slice(0, e.key.lastIndexOf(" ")), e.key.slice(e.key.lastIndexOf(" ") + 1)] : ["", ""];
        return `${e.code} ${e.code === "reference-uncited" ? "" : e.ac ?? ""}${e.key ? ` ${norm(a)} ${norm(y)}` : ""}`;
      })
      .sort();
    expect(got).toEqual(want);
    // every citation in these drafts is author–date and found; unmatched ones are only the planted ones
    expect(report.citations.length).toBeGreaterThan(15);
  });
});

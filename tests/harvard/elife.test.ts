/**
 * The eLife benchmark (835 linked author–year citations in six published
 * articles) run in-process: the same counting as score_elife.py, on the
 * first-author key and year. Acceptance: at least 97% found and matched, false
 * unmatched plus false uncited under 1%.
 */
import { existsSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { analyse } from "../../src/check/analyse";
import { readDocx } from "../../src/docx/read-docx";
import { foldForNameMatch } from "../../src/shared/text/fold";
import { sharedMissing, suiteNeeding } from "../helpers/requirement";

const BENCH = resolve(__dirname, "../../../shared/benchmarks/elife");
const present = existsSync(join(BENCH, "expected.json"));

interface Gold {
  first: string;
  year: string;
}
interface FileEntry {
  file: string;
  gold_citations: Gold[];
  references: Array<{ first: string; year: string; cited: boolean; text: string }>;
}

const words = (s: string) =>
  foldForNameMatch(s)
    .replace(/\s+et\.?\s*al\.?\s*$/, "")
    .split(/[\s\-\u2010-\u2015]+/)
    .map((w) => w.replace(/[^a-z0-9]/g, ""))
    .filter((w) => w.length > 0);
const keyOf = (s: string) => words(s).join("");

/** Exact key, or a shared last word of at least three letters, or leading words of a corporate name. */
function loose(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.join("") === wb.join("")) return true;
  const la = wa[wa.length - 1] ?? "";
  const lb = wb[wb.length - 1] ?? "";
  if (la && lb && (la === wb.join("") || lb === wa.join("") || la === lb)) return Math.min(la.length, lb.length) >= 3;
  const [s, l] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return s.length > 0 && s.every((w, i) => l[i] === w) && s.join("").length >= 4;
}

suiteNeeding("the eLife benchmark", sharedMissing(join(BENCH, "expected.json")))("eLife benchmark", () => {
  const manifest: { files: FileEntry[] } = present ? JSON.parse(readFileSync(join(BENCH, "expected.json"), "utf8")) : { files: [] };
  let gold = 0;
  let found = 0;
  let matched = 0;
  let falseUnmatched = 0;
  let falseUncited = 0;

  it.each(manifest.files.map((f) => [f.file, f] as const))("%s", (_name, entry) => {
    const report = analyse(readDocx(readFileSync(join(BENCH, entry.file)), entry.file));
    const reported = report.citations.map((c) => ({ key: c.authors[0] ?? "", year: foldForNameMatch(c.year).replace(/[^a-z0-9]/g, ""), matched: c.matched, used: false }));
    reported.sort((a, b) => Number(b.matched) - Number(a.matched));
    const paired = new Set<number>();
    for (const pass of [false, true]) {
      entry.gold_citations.forEach((g, j) => {
        if (paired.has(j)) return;
        const r = reported.find((x) => !x.used && x.year === g.year.toLowerCase() && (pass ? loose(g.first, x.key) : keyOf(g.first) === keyOf(x.key)));
        if (!r) return;
        r.used = true;
        paired.add(j);
        if (r.matched) matched++;
      });
    }
    gold += entry.gold_citations.length;
    found += paired.size;
    for (const p of report.problems) {
      if (p.code === "citation-unmatched" && p.citation) {
        const c = p.citation;
        if (entry.gold_citations.some((g) => g.year.toLowerCase() === c.year && loose(g.first, c.authors[0] ?? ""))) falseUnmatched++;
      }
      if (p.code === "reference-uncited" && p.reference) {
        const line = entry.references.find((r) => r.text.replace(/\s+/g, " ") === p.reference!.text?.replace(/\s+/g, " "));
        if (line?.cited) falseUncited++;
      }
    }
    expect(paired.size / entry.gold_citations.length).toBeGreaterThanOrEqual(0.95);
  });

  it("finds and matches at least 97% with under 1% false problems", () => {
    expect(gold).toBe(835);
    expect(found / gold).toBeGreaterThanOrEqual(0.97);
    expect(matched / gold).toBeGreaterThanOrEqual(0.97);
    expect((falseUnmatched + falseUncited) / gold).toBeLessThan(0.01);
  });
});

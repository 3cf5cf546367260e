/**
 * The diagnostics contract suite run against the in-memory Word: the same list of checks Help >
 * Run diagnostics runs in real Word. Every check must pass here, on both platforms the fake plays,
 * so a difference found in real Word is a difference between the fake and Word.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { DIAGNOSTIC_CHECKS } from "../../src/word/diagnostics/checks";
import { BLANK_DOCUMENT_NOTE, runDiagnostics } from "../../src/word/diagnostics/run";
import { reportText, summaryLine } from "../../src/word/diagnostics/report-text";
import { buildMemoryDocument, memoryWordRunner, snapshot, WEB_REQUIREMENTS, FULL_REQUIREMENTS } from "../../src/word-memory/memory-word";
import type { MemoryDocument } from "../../src/word-memory/memory-word";
import type { CheckResult } from "../../src/word/diagnostics/types";

const HOST = { host: "In-memory Word", platform: "test", version: "-" };
const failures = (results: CheckResult[]) => results.filter((r) => r.status === "failed").map((r) => `${r.id}: ${r.observed}`);

describe("diagnostics against the in-memory Word", () => {
  test("there are at least 25 checks, each with an id, an assumption and a source", () => {
    expect(DIAGNOSTIC_CHECKS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(DIAGNOSTIC_CHECKS.map((c) => c.id)).size).toBe(DIAGNOSTIC_CHECKS.length);
    for (const c of DIAGNOSTIC_CHECKS) {
      expect(c.assumption).toMatch(/^[A-Za-z"].*[.)]$/);
      expect(c.source).toMatch(/https:\/\/learn\.microsoft\.com\/|office-js #\d+|none found/);
    }
  });

  test("docs/word-behaviour.md has a row for every check", () => {
    const doc = readFileSync(join(__dirname, "../../docs/word-behaviour.md"), "utf8");
    expect(DIAGNOSTIC_CHECKS.filter((c) => !doc.includes(`| \`${c.id}\` |`)).map((c) => c.id)).toEqual([]);
  });

  test("desktop, in a blank document: every check runs and passes", async () => {
    const doc = buildMemoryDocument([], { requirements: { ...FULL_REQUIREMENTS, WordApi: "1.6" } });
    const report = await runDiagnostics(memoryWordRunner(doc), { host: HOST, platform: "desktop" });
    expect(failures(report.results)).toEqual([]);
    expect(report.skipped).toBe(0);
    expect(report.passed).toBe(DIAGNOSTIC_CHECKS.length);
    expect(report.target).toBe("hidden document");
    // Left blank, tracking off.
    expect(doc.paragraphs.map((p) => p.text)).toEqual([""]);
    expect(doc.changeTrackingMode).toBe("Off");
  });

  test("Word on the web, in a blank document (no hidden documents there): every check that can run passes", async () => {
    const doc = buildMemoryDocument([], { platform: "web" });
    const report = await runDiagnostics(memoryWordRunner(doc), { host: HOST, platform: "web" });
    expect(failures(report.results)).toEqual([]);
    expect(report.target).toBe("blank document");
    expect(report.passed).toBeGreaterThanOrEqual(25);
    // Only the desktop-only and newer requirement sets are skipped.
    expect(report.results.filter((r) => r.status === "skipped").map((r) => r.id).sort()).toEqual([
      "event-handle-context",
      "hidden-text-in-text",
      "shapes-list-text-box",
      "text-box-anchor-paragraph",
      "text-box-not-in-paragraphs",
    ]);
    expect(doc.paragraphs.map((p) => p.text)).toEqual([""]);
    expect(WEB_REQUIREMENTS.WordApiHiddenDocument).toBeUndefined();
  });

  test("never the learner's document: with text in it, checks run in a hidden document and the rest are skipped", async () => {
    const doc: MemoryDocument = buildMemoryDocument([{ text: "My assignment" }, { text: "1.1 Define coaching", style: "Heading2", controls: ["ilm:heading:1.1"] }]);
    const before = snapshot(doc);
    const report = await runDiagnostics(memoryWordRunner(doc), { host: HOST, platform: "desktop" });
    expect(snapshot(doc)).toEqual(before);
    expect(doc.xmlParts).toHaveLength(0);
    expect(failures(report.results)).toEqual([]);
    expect(report.note).toBe(BLANK_DOCUMENT_NOTE);
    expect(report.results.filter((r) => r.status === "skipped").every((r) => DIAGNOSTIC_CHECKS.find((c) => c.id === r.id)!.scope === "document")).toBe(true);
  });

  test("on the web with the learner's document open, nothing is written and the report says what to do", async () => {
    const doc = buildMemoryDocument([{ text: "My assignment" }], { platform: "web" });
    const before = snapshot(doc);
    const report = await runDiagnostics(memoryWordRunner(doc), { host: HOST, platform: "web" });
    expect(snapshot(doc)).toEqual(before);
    expect(report.target).toBe("none");
    expect(report.passed + report.failed).toBe(0);
    expect(reportText(report, "0.1.0")).toContain(BLANK_DOCUMENT_NOTE);
  });

  test("a check that finds Word behaving otherwise fails, and the report shows what Word returned", async () => {
    const doc = buildMemoryDocument([]);
    const lying = { ...DIAGNOSTIC_CHECKS.find((c) => c.id === "list-number-not-in-text")!, id: "expects-number-in-text" };
    const run = lying.run;
    lying.run = async (s) => ({ ...(await run(s)), passed: false });
    const report = await runDiagnostics(memoryWordRunner(doc), { host: HOST, platform: "desktop", checks: [lying] });
    expect(summaryLine(report)).toBe("0 passed, 1 failed");
    const text = reportText(report, "0.1.0");
    expect(text).toMatch(/FAIL expects-number-in-text/);
    expect(text).toMatch(/Word returned: text "Alpha", isListItem true/);
    expect(text).toMatch(/Requirement sets: WordApi 1\.1-1\.5; WordApiHiddenDocument 1\.3-1\.4; WordApiDesktop 1\.1-1\.2/);
  });
});

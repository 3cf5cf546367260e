/** The diagnostics report as plain text a centre's IT team can copy into an email. */
import type { DiagnosticsReport } from "./types";

const MARK = { passed: "PASS", failed: "FAIL", skipped: "SKIP" } as const;

export function summaryLine(report: Pick<DiagnosticsReport, "passed" | "failed">): string {
  return `${report.passed} passed, ${report.failed} failed`;
}

export function reportText(report: DiagnosticsReport, addinVersion: string): string {
  const lines = [
    "ILM Assignment Assistant: Word diagnostics",
    `Run at: ${report.ranAt}`,
    `Add-in version: ${addinVersion}`,
    `Host: ${report.host.host}; platform: ${report.host.platform}; Office version: ${report.host.version}`,
    `Requirement sets: ${report.requirementSets.join("; ") || "none reported"}`,
    `Checks ran in: ${report.target === "none" ? "no scratch document" : `a ${report.target}`}`,
    `Result: ${summaryLine(report)}, ${report.skipped} skipped`,
    ...(report.note ? [`Note: ${report.note}`] : []),
    "",
  ];
  for (const r of report.results) {
    lines.push(`${MARK[r.status]} ${r.id}: ${r.assumption}`);
    lines.push(`     Word returned: ${r.observed}`);
    lines.push(`     Source: ${r.source}`);
  }
  return lines.join("\n");
}

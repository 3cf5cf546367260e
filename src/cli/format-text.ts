import type { SectionReport, SectionStatus, Severity } from "../model/report";
import { sortBySeverity } from "../model/problem-order";
import type { Problem, Report } from "../check/rules";
import { formatCount, plural } from "../shared/text/count";

export interface TextOptions {
  color: boolean;
  /** AC wording by id, to name a missing AC (its heading is then empty). */
  wording?: Record<string, string>;
}

const MARK: Record<SectionStatus, string> = { ok: "✓", missing: "✗", altered: "≠", empty: "○" };

type Paint = (s: string) => string;
interface Palette {
  red: Paint;
  yellow: Paint;
  green: Paint;
  dim: Paint;
  bold: Paint;
}

function palette(color: boolean): Palette {
  const sgr = (open: number, close: number): Paint =>
    color ? (s) => `\u001b[${open}m${s}\u001b[${close}m` : (s) => s;
  return { red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39), dim: sgr(2, 22), bold: sgr(1, 22) };
}


/** The readable report for one file: ACs with their marks and problems, then a summary line. */
export function formatReport(report: Report, opts: TextOptions): string {
  const c = palette(opts.color);
  const lines: string[] = [];
  lines.push(c.bold(report.file ?? "Draft"));

  const unit = report.unit
    ? `Unit ${report.unit}${report.unitSource && report.unitSource !== "given" ? ` (${report.unitSource})` : ""}`
    : "Unit not recognised (use --unit ID)";
  const range = report.wordRange ? ` (suggested ${formatCount(report.wordRange[0])}–${formatCount(report.wordRange[1])})` : "";
  lines.push(`${unit} · ${formatCount(report.wordCount)} answer words${range}`);
  if (report.centre) lines.push(`Centre template ${report.centre.id} (${report.centre.name})${report.centre.source === "document" ? ", recorded in the document" : ""}`);
  if (report.centreNotice) lines.push(c.yellow(report.centreNotice));

  const byAc = new Map<string, Problem[]>();
  const general: Problem[] = [];
  for (const p of sortBySeverity(report.problems)) {
    if (p.ac && report.sections.some((s) => s.ac === p.ac)) {
      const list = byAc.get(p.ac) ?? [];
      list.push(p);
      byAc.set(p.ac, list);
    } else {
      general.push(p);
    }
  }

  if (report.sections.length > 0) {
    lines.push("", c.bold("Assessment criteria"));
    for (const s of report.sections) {
      lines.push(`  ${sectionLine(s, opts, c)}`);
      for (const p of byAc.get(s.ac) ?? []) lines.push(...problemLines(p, c, "      "));
    }
  }
  if (general.length > 0) {
    lines.push("", c.bold(report.sections.length > 0 ? "Other problems" : "Problems"));
    for (const p of general) lines.push(...problemLines(p, c, "  ", true));
  }
  lines.push("", summaryLine(report, c));
  return lines.join("\n");
}

function sectionLine(s: SectionReport, opts: TextOptions, c: Palette): string {
  const markColour = s.status === "ok" ? c.green : s.status === "missing" ? c.red : c.yellow;
  const mark = markColour(MARK[s.status]);
  let detail: string;
  if (s.status === "missing") {
    detail = c.red("missing");
  } else {
    const words = `${formatCount(s.words)} word${s.words === 1 ? "" : "s"}`;
    const share = s.share ? ` of ${formatCount(s.share[0])}–${formatCount(s.share[1])}` : "";
    detail = s.status === "empty" ? `${c.dim("empty")} (${words})` : `${words}${share}`;
    if (s.citations > 0) detail += `, ${s.citations} citation${s.citations === 1 ? "" : "s"}`;
  }
  // The AC id is already in the line; show the wording only.
  const heading = (s.heading || opts.wording?.[s.ac] || "").replace(/^\s*(AC\s*)?\d+\.\d+\s*[:.)-]?\s*/i, "");
  return `${mark} ${s.ac.padEnd(5)} ${detail}${heading ? c.dim(`  ${clip(heading, 70)}`) : ""}`;
}

/** The problem, then its fix on a line of its own, under the message. */
function problemLines(p: Problem, c: Palette, indent: string, withAc = false): string[] {
  return [`${indent}${problemLine(p, c, withAc)}`, `${indent}        ${c.dim(`Fix: ${p.fix}`)}`];
}

function problemLine(p: Problem, c: Palette, withAc: boolean): string {
  const sev = p.severity === "error" ? c.red("error  ") : p.severity === "warning" ? c.yellow("warning") : c.dim("info   ");
  const ac = withAc && p.ac ? `AC ${p.ac}: ` : "";
  return `${sev} ${ac}${p.message} ${c.dim(`[${p.code}]`)}`;
}

function summaryLine(report: Report, c: Palette): string {
  const count = (s: Severity) => report.problems.filter((p) => p.severity === s).length;
  const errors = count("error");
  const parts = [plural(errors, "error"), plural(count("warning"), "warning"), plural(count("info"), "note")];
  const ok = report.sections.filter((s) => s.status === "ok").length;
  const acs = report.sections.length > 0 ? `; ${ok} of ${report.sections.length} ACs ok` : "";
  const text = `Summary: ${parts.join(", ")}${acs}.`;
  return errors > 0 ? c.red(text) : c.green(text);
}

function clip(s: string, max: number): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

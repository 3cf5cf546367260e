/**
 * Runs the diagnostics checks in one Word.run, in a scratch document: a hidden document made with
 * application.createDocument() where Word has WordApiHiddenDocument (Word on Windows and Mac), or
 * else the document the pane is open in, only when it is blank (a new document the person opened
 * for this). The learner's own document is never written to: with text in it, the checks that need
 * a document of their own are skipped and the report says how to run them.
 */
import { runInWord, type WordRunner } from "../word-runner";
import type { WordContext } from "../word-api";
import { DIAGNOSTIC_CHECKS } from "./checks";
import { codeOf } from "./probe";
import type { CheckResult, DiagnosticCheck, DiagnosticsReport, HostInfo, Platform, Scratch } from "./types";

/** Requirement sets the report lists, newest version first tried. */
const SETS: Array<{ name: string; versions: string[] }> = [
  { name: "WordApi", versions: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"] },
  { name: "WordApiHiddenDocument", versions: ["1.3", "1.4", "1.5"] },
  { name: "WordApiDesktop", versions: ["1.1", "1.2", "1.3"] },
];

export const BLANK_DOCUMENT_NOTE =
  "Some checks need a document of their own: in Word choose File > New > Blank document, open ILM Assistant there and run the diagnostics again.";

export function requirementSets(word: Pick<WordRunner, "isSetSupported">): string[] {
  return SETS.flatMap(({ name, versions }) => {
    const have = versions.filter((v) => word.isSetSupported(name, v));
    if (!have.length) return [];
    return [have.length === 1 ? `${name} ${have[0]}` : `${name} ${have[0]}-${have[have.length - 1]}`];
  });
}

/** Is the document the pane is open in blank: no text, no content controls? */
async function isBlank(context: WordContext): Promise<boolean> {
  const body = context.document.body.load("text");
  const controls = context.document.body.contentControls.load("items");
  await context.sync();
  return body.text.trim() === "" && controls.items.length === 0;
}

function skip(check: DiagnosticCheck, why: string): CheckResult {
  return { id: check.id, assumption: check.assumption, source: check.source, status: "skipped", observed: why };
}

export interface DiagnosticsOptions {
  host: HostInfo;
  platform: Platform;
  /** The checks to run (all of them by default). */
  checks?: readonly DiagnosticCheck[];
  /** Called after each check, for a progress line. */
  onProgress?: (done: number, total: number) => void;
}

export async function runDiagnostics(word: WordRunner, options: DiagnosticsOptions): Promise<DiagnosticsReport> {
  const checks = options.checks ?? DIAGNOSTIC_CHECKS;
  const ranAt = new Date().toISOString();
  const sets = requirementSets(word);
  const hidden = word.isSetSupported("WordApiHiddenDocument", "1.3");
  const outcome = await runInWord(word, "run the diagnostics", async (context) => {
    const blank = await isBlank(context);
    let scratch: Scratch | null = null;
    if (hidden) {
      const made = context.application.createDocument();
      scratch = { context, body: made.body, customXmlParts: made.customXmlParts, document: null, platform: options.platform, isSetSupported: word.isSetSupported };
    } else if (blank) {
      const doc = context.document;
      scratch = { context, body: doc.body, customXmlParts: doc.customXmlParts, document: doc, platform: options.platform, isSetSupported: word.isSetSupported };
    }
    const own: Scratch | null = blank
      ? { context, body: context.document.body, customXmlParts: context.document.customXmlParts, document: context.document, platform: options.platform, isSetSupported: word.isSetSupported }
      : null;
    const results: CheckResult[] = [];
    for (const check of checks) {
      const target = check.scope === "document" ? own : scratch;
      if (!target) results.push(skip(check, blank ? "No scratch document could be made." : BLANK_DOCUMENT_NOTE));
      else if (check.requires && !word.isSetSupported(check.requires.set, check.requires.version)) {
        results.push(skip(check, `Needs ${check.requires.set} ${check.requires.version}, which this Word does not support.`));
      } else results.push(await runOne(check, target));
      options.onProgress?.(results.length, checks.length);
    }
    // Leave the blank document as blank as it was found.
    if (own) {
      own.body.clear();
      await context.sync();
    }
    const target: DiagnosticsReport["target"] = scratch ? (hidden ? "hidden document" : "blank document") : "none";
    return { results, target, blank };
  });
  const count = (s: CheckResult["status"]) => outcome.results.filter((r) => r.status === s).length;
  const skippedForDocument = outcome.results.some((r) => r.status === "skipped" && r.observed === BLANK_DOCUMENT_NOTE);
  return {
    host: options.host,
    requirementSets: sets,
    target: outcome.target,
    ...(skippedForDocument ? { note: BLANK_DOCUMENT_NOTE } : {}),
    results: outcome.results,
    passed: count("passed"),
    failed: count("failed"),
    skipped: count("skipped"),
    ranAt,
  };
}

/** One check on a cleared scratch body; whatever it throws is a failure with Word's code. */
async function runOne(check: DiagnosticCheck, scratch: Scratch): Promise<CheckResult> {
  const base = { id: check.id, assumption: check.assumption, source: check.source };
  try {
    scratch.body.clear();
    await scratch.context.sync();
    const seen = await check.run(scratch);
    return { ...base, status: seen.passed ? "passed" : "failed", observed: seen.observed };
  } catch (error) {
    return { ...base, status: "failed", observed: `Word failed the check: ${codeOf(error)}` };
  }
}

/**
 * The diagnostics contract: one list of checks of what the add-in assumes about Word, written
 * once against the typed Word API (word-api.ts) and run against both hosts: in Jest against the
 * in-memory Word (tests/word/diagnostics.test.ts) and in real Word from the pane (Help > Run
 * diagnostics). A check builds what it needs in a scratch document, never the learner's, asks Word,
 * and says what Word returned.
 */
import type { WBody, WCustomXmlPartCollection, WDocument, WordContext } from "../word-api";

export type Platform = "desktop" | "web";

/** Where the checks run: a hidden document made for them, or the document the pane is in when it is blank. */
export interface Scratch {
  context: WordContext;
  body: WBody;
  customXmlParts: WCustomXmlPartCollection;
  /** The whole Document (Track Changes, selection): only when the checks run in a blank document the pane is open in. */
  document: WDocument | null;
  platform: Platform;
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface Observation {
  passed: boolean;
  /** What Word returned, in words a developer can compare with the model ("text \"Alpha\", listString \"1.\""). */
  observed: string;
}

export interface DiagnosticCheck {
  /** Stable id, also the row in docs/word-behaviour.md. */
  id: string;
  /** The assumption, one sentence. */
  assumption: string;
  /** The Word API reference page or office-js issue it rests on, or "none found" with why. */
  source: string;
  /** "document" checks need the Document itself (Track Changes, selection), not a hidden one. */
  scope?: "document";
  /** A requirement set the check needs; without it the check is skipped, not failed. */
  requires?: { set: string; version: string };
  run(scratch: Scratch): Promise<Observation>;
}

export type CheckStatus = "passed" | "failed" | "skipped";

export interface CheckResult {
  id: string;
  assumption: string;
  source: string;
  status: CheckStatus;
  /** What Word returned, or why the check did not run. */
  observed: string;
}

export interface HostInfo {
  host: string;
  platform: string;
  version: string;
}

export interface DiagnosticsReport {
  host: HostInfo;
  /** "WordApi 1.1-1.5", ... */
  requirementSets: string[];
  /** Where the checks ran. */
  target: "hidden document" | "blank document" | "none";
  /** Why some or all checks could not run, when they could not. */
  note?: string;
  results: CheckResult[];
  passed: number;
  failed: number;
  skipped: number;
  /** ISO date and time of the run. */
  ranAt: string;
}

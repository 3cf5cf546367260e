/**
 * Whether a draft is ready to hand in: the pane's Submit view and ilm-check's --csv ("Ready to
 * submit") give the same verdict from the same report.
 */
import type { DraftDocument } from "../model/document";
import type { Problem, Report } from "./rules";
import { isAnswered, wordStatus, describeWords, plural } from "./answer-summary";
import { DRAFT_GATE_MESSAGE, draftGate } from "./draft-gate";
import { NO_WORD_RANGE, WORDING_TO_BE_CONFIRMED } from "../units/unit-notices";

export type CheckId = "answered" | "headings" | "words" | "citations" | "references" | "guidance" | "cover";

export interface ReadinessCheck {
  id: CheckId;
  label: string;
  /** true passed, false failed, null does not apply (explained in detail). */
  ok: boolean | null;
  detail: string;
  /** Where to go to fix it, when known. */
  paragraph?: number;
  /** A pass that rests on something still unconfirmed (a unit's wording): shown with it, never as a plain tick. */
  caveat?: string;
}

export interface ReadinessOptions {
  /** The unit's AC wording is still to be confirmed, so "exact wording" cannot be a plain pass. */
  wordingToBeConfirmed?: boolean;
}

export interface Readiness {
  ready: boolean;
  checks: ReadinessCheck[];
  /** The sentence at the top of the screen. */
  verdict: string;
}

/**
 * Cover-sheet lines still waiting for the learner: the template's "Learner name:" lines with
 * nothing after the colon, and the placeholders centres' own sheets use ([Name], ____, "Click or tap here").
 */
const PLACEHOLDER = /:\s*$|\[[^\]]*\]|_{3,}|\.{5,}|click or tap here/i;

export interface CoverState {
  present: boolean;
  hasDeclaration: boolean;
  /** Paragraphs of the cover sheet still holding a placeholder. */
  unfilled: { index: number; text: string }[];
}

export function coverState(doc: DraftDocument): CoverState {
  const cover = doc.paragraphs.filter((p) => p.role === "cover");
  return {
    present: cover.length > 0,
    hasDeclaration: cover.some((p) => /declar|my own|own work/i.test(p.text)),
    unfilled: cover.filter((p) => PLACEHOLDER.test(p.text)).map((p) => ({ index: p.index, text: p.text.trim() })),
  };
}

/** "Word count (suggested 4,000 to 5,500 words, …):" -> "Word count"; "Centre: [Centre name]" -> "Centre". */
function fieldName(line: string): string {
  const label = line.split(/:|\[|_{3,}/)[0].replace(/\s*\([^)]*\)\s*/g, " ").trim();
  return label || line;
}

const first = (problems: Problem[], codes: string[]) => problems.find((p) => codes.includes(p.code) && p.paragraph !== undefined)?.paragraph;

export function assessReadiness(report: Report, doc: DraftDocument, options: ReadinessOptions = {}): Readiness {
  const pr = report.problems;
  const missing = report.sections.filter((s) => s.status === "missing").map((s) => s.ac);
  const unanswered = report.sections.filter((s) => s.status !== "missing" && !isAnswered(s.status, s.words)).map((s) => s.ac);
  const altered = report.sections.filter((s) => s.status === "altered").map((s) => s.ac);
  const unmatched = report.citations.filter((c) => !c.matched);
  const uncited = report.references.filter((r) => r.list === "references" && !r.cited);
  const guidanceLeft = pr.filter((p) => p.code === "guidance-left-in");
  const guidanceParas = doc.paragraphs.filter((p) => p.role === "guidance" && p.text.trim());
  const cover = coverState(doc);
  const ws = wordStatus(report.wordCount, report.wordRange);

  const checks: ReadinessCheck[] = [
    {
      id: "answered",
      label: "Every AC is answered",
      ok: report.sections.length > 0 && missing.length === 0 && unanswered.length === 0,
      detail:
        report.sections.length === 0
          ? "No unit chosen, so the ACs could not be checked."
          : missing.length || unanswered.length
            ? [missing.length ? `Missing: ${missing.join(", ")}.` : "", unanswered.length ? `Not answered yet: ${unanswered.join(", ")}.` : ""].join(" ").trim()
            : `All ${report.sections.length} ACs have an answer.`,
      paragraph: first(pr, ["ac-missing", "ac-empty"]),
    },
    {
      id: "headings",
      label: "Side-headings keep the exact AC wording",
      ok: report.sections.length ? altered.length === 0 : null,
      detail: altered.length
        ? `Changed wording: ${altered.join(", ")}.`
        : options.wordingToBeConfirmed
          ? "Every side-heading matches the add-in's wording for this unit."
          : "Every side-heading matches the mark sheet.",
      paragraph: first(pr, ["ac-heading-altered"]),
      ...(options.wordingToBeConfirmed && report.sections.length ? { caveat: WORDING_TO_BE_CONFIRMED } : {}),
    },
    {
      id: "words",
      label: "Word count is within the suggested range",
      ok: ws === "no-range" ? null : ws === "in-range",
      detail:
        ws === "no-range"
          ? `${plural(report.wordCount, "word")}. ${NO_WORD_RANGE}`
          : `${describeWords(report.wordCount, report.wordRange)}.`,
    },
    {
      id: "citations",
      label: "Every citation is in the reference list",
      ok: unmatched.length === 0,
      detail: unmatched.length
        ? `Not in the reference list: ${unmatched.map((c) => c.text).join("; ")}.`
        : report.citations.length
          ? `All ${plural(report.citations.length, "citation")} match a reference.`
          : "No citations found. Most ACs need support from your reading.",
      paragraph: unmatched.find((c) => c.paragraph !== undefined)?.paragraph,
    },
    {
      id: "references",
      label: "Every reference is cited",
      ok: uncited.length === 0,
      detail: uncited.length
        ? `Listed but never cited: ${uncited.map((r) => `${r.authors[0] ?? r.text} (${r.year})`).join("; ")}.`
        : "Every entry in the reference list is cited in your answers.",
      paragraph: uncited.find((r) => r.paragraph !== undefined)?.paragraph,
    },
    {
      id: "guidance",
      label: "Template guidance is removed",
      ok: guidanceLeft.length === 0 && guidanceParas.length === 0,
      detail:
        guidanceLeft.length || guidanceParas.length
          ? "Guidance text is still in the draft. Use Remove guidance on the Check tab."
          : "No guidance left in.",
      paragraph: guidanceLeft.find((p) => p.paragraph !== undefined)?.paragraph ?? guidanceParas[0]?.index,
    },
    {
      id: "cover",
      label: "Cover sheet and declaration are filled in",
      ok: cover.present && cover.hasDeclaration && cover.unfilled.length === 0,
      detail: !cover.present
        ? "No cover sheet found. Insert the template with the cover sheet, or attach your centre's cover sheet, and sign the declaration."
        : cover.unfilled.length
          ? `Still to fill in: ${cover.unfilled.map((u) => fieldName(u.text)).join(", ")}.`
          : cover.hasDeclaration
            ? "Cover sheet and declaration are complete."
            : "The cover sheet has no declaration of authenticity: add and sign one.",
      paragraph: cover.unfilled[0]?.index,
    },
  ];
  // No unit or no answer: nothing else can pass yet (an empty document showed green ticks).
  const gate = draftGate(report);
  const shown = gate
    ? checks.map((c) => (c.ok === true ? { ...c, ok: null, detail: "Checked once the draft has a unit and an answer." } : c))
    : checks;
  const failed = shown.filter((c) => c.ok === false);
  return {
    ready: gate === null && failed.length === 0,
    checks: shown,
    verdict: gate
      ? DRAFT_GATE_MESSAGE[gate]
      : failed.length === 0
        ? "Your draft is ready to submit."
        : `${plural(failed.length, "thing")} to sort out before you submit.`,
  };
}

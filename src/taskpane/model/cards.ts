import type { SectionReport, SectionStatus } from "../../model/report";
import { sortBySeverity } from "../../model/problem-order";
import type { Problem, Report } from "../../check/rules";
import type { Criterion, Unit } from "../../units/types";
import { isAnswered } from "./summary";
import { isNotStarted } from "./progress";

export type BadgeColour = "success" | "warning" | "danger" | "informative";

export interface VerbMeaning {
  verb: string;
  /** What the verb asks, from the glossary; undefined until the glossary has loaded or when it lacks the verb. */
  meaning?: string;
}

export interface AcCard {
  ac: string;
  outcome: string;
  wording: string;
  status: SectionStatus;
  badge: { label: string; colour: BadgeColour };
  words: number;
  share?: [number, number];
  marks?: number;
  citations: number;
  sources: string[];
  /** What the AC asks of sources; `met` once the answer cites enough (no shortfall reported). */
  sourcesNeeded?: { min: number; reason: string; met: boolean };
  descriptors: string[];
  verbs: VerbMeaning[];
  problems: Problem[];
  /** Paragraph to select when the card is clicked: the side-heading, else the first problem's place. */
  paragraph?: number;
  /** The whole section (side-heading to its last paragraph), selected by "Go to". */
  range?: [number, number];
}

/**
 * The card's status word: each distinct from the pane's verbs (the Check tab, "Check again"), so a
 * warning-only answer is "Review", not "Check". On a draft not started yet, an empty section is
 * neutral "Not started" rather than a red "Not answered".
 */
export function badgeFor(section: Pick<SectionReport, "status" | "words">, problems: Problem[], notStarted = false): AcCard["badge"] {
  if (section.status === "missing") return { label: "Missing", colour: "danger" };
  if (section.status === "empty" || section.words === 0) {
    if (notStarted && section.status !== "altered") return { label: "Not started", colour: "informative" };
    return { label: "Not answered", colour: "danger" };
  }
  if (section.status === "altered") return { label: "Heading changed", colour: "warning" };
  if (problems.some((p) => p.severity === "error")) return { label: "Needs work", colour: "danger" };
  if (problems.some((p) => p.severity === "warning")) return { label: "Review", colour: "warning" };
  return { label: "Answered", colour: "success" };
}

/** A work key from the checks ("starr 2016", "de bono 1985a") as a reader writes it: "Starr (2016)". */
export function sourceLabel(key: string): string {
  const m = /^(.*\S)\s+(\d{4}[a-z]?|no date|n\.d\.)$/i.exec(key.trim());
  if (!m) return key;
  const name = m[1].replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
  return `${name} (${m[2]})`;
}

/** Glossary lookup that tolerates case ("define" vs "Define"). */
function meaningOf(verb: string, glossary: Record<string, string> | undefined): string | undefined {
  if (!glossary) return undefined;
  if (glossary[verb]) return glossary[verb];
  const key = Object.keys(glossary).find((k) => k.toLowerCase() === verb.toLowerCase());
  return key ? glossary[key] : undefined;
}

function cardFor(c: Criterion, section: SectionReport | undefined, problems: Problem[], glossary?: Record<string, string>, notStarted = false): AcCard {
  const s: SectionReport = section ?? { ac: c.id, status: "missing", heading: "", words: 0, citations: 0 };
  const mine = sortBySeverity(problems);
  const sourcesMet = s.status !== "missing" && s.words > 0 && !mine.some((p) => p.code === "section-needs-reference");
  return {
    ac: c.id,
    outcome: c.outcome,
    wording: c.wording,
    status: s.status,
    badge: badgeFor(s, mine, notStarted),
    words: s.words,
    share: s.share,
    marks: c.marks,
    citations: s.citations,
    sources: (s.sources ?? []).map(sourceLabel),
    sourcesNeeded: c.sources ? { min: c.sources.min, reason: c.sources.reason, met: sourcesMet } : undefined,
    descriptors: c.passDescriptors,
    verbs: c.verbs.map((verb) => ({ verb, meaning: meaningOf(verb, glossary) })),
    problems: mine,
    paragraph: s.paragraphs?.[0] ?? mine.find((p) => p.paragraph !== undefined)?.paragraph,
    range: s.paragraphs,
  };
}

/** One card per AC of the unit, in the unit's order, with the report's findings for it. */
export function buildCards(unit: Unit, report: Report, glossary?: Record<string, string>): AcCard[] {
  const sections = new Map(report.sections.map((s) => [s.ac, s]));
  const byAc = new Map<string, Problem[]>();
  for (const p of report.problems) {
    if (!p.ac) continue;
    const list = byAc.get(p.ac) ?? [];
    list.push(p);
    byAc.set(p.ac, list);
  }
  const notStarted = isNotStarted(report);
  return unit.criteria.map((c) => cardFor(c, sections.get(c.id), byAc.get(c.id) ?? [], glossary, notStarted));
}

/** Problems that belong to no single AC (word count, reference list), for the "Whole draft" list. */
export function draftWideProblems(unit: Unit, report: Report): Problem[] {
  const acs = new Set(unit.criteria.map((c) => c.id));
  return sortBySeverity(report.problems.filter((p) => !p.ac || !acs.has(p.ac)));
}

export { isAnswered };

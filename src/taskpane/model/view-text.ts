/**
 * What the Unit and Check views say, in one place: the first view (first-view/render.ts) and the
 * full pane (views/, components/) draw the same views, and must say the same thing.
 */
import type { TemplateOptions } from "../../core/template";
import type { Unit } from "../../units/types";
import { unitLabel, unitName } from "./units";
import { formatCount } from "../../shared/text/count";
import { NO_WORD_RANGE } from "../../units/unit-notices";
import { plural } from "./summary";

export const TEMPLATE_INTRO = "Every assessment criterion becomes a side-heading with its exact wording. Your own text is never changed.";

/** The template options, in the order they are offered. */
export const TEMPLATE_OPTION_LABELS: ReadonlyArray<[keyof TemplateOptions, string]> = [
  ["guidance", "Guidance under each side-heading (remove it before you submit)"],
  ["coverSheet", "Cover sheet and declaration"],
  ["lockHeadings", "Lock the side-headings so they cannot be changed by accident"],
];

export const HAS_SIDE_HEADINGS = "Your document already has side-headings. Use Check to add only the missing ones.";

/** The note under the unit picker: how the unit was chosen, when not by the learner. */
export function unitHint(source: "detected" | "remembered" | "picked" | "centre" | null): string | undefined {
  if (source === "detected") return "Found from the side-headings already in your document.";
  if (source === "centre") return "Chosen by your centre's template.";
  return undefined;
}

/** The Check view before its first check. */
export function checkIntro(unit: Unit | null): string {
  return unit
    ? `Checks your draft against ${unitLabel(unit)}: every AC answered, word counts, citations and references.`
    : "Choose your unit on the Unit tab, or press Check my draft and the add-in will find it from your side-headings.";
}

export const NO_UNIT_FOUND = "The add-in could not tell which unit this draft is for. Choose it on the Unit tab to see a card for every AC.";

export const NOT_STARTED_NOTE = "Write your answers under the side-headings; the checks start as you write.";

/** Asked when the learner picks a unit for a document that has another unit's side-headings. */
export function unitQuestionText(documentUnit: Pick<Unit, "unitNumber" | "id">, picked: Pick<Unit, "unitNumber" | "id">): { title: string; body: string; keep: string; confirm: string } {
  const own = unitName(documentUnit);
  const other = unitName(picked);
  return {
    title: `This document is for unit ${own}`,
    body: `It has the side-headings of unit ${own}. Check it against unit ${other} instead? The add-in will not add unit ${other}'s side-headings to it: for unit ${other}, start a new document.`,
    keep: `Keep unit ${own}`,
    confirm: `Check against unit ${other}`,
  };
}

/** The facts under the unit picker: level, how many ACs, and the word range or where to find it. */
export function unitFacts(unit: Pick<Unit, "level" | "qualification" | "criteria" | "outcomes" | "wordRange">): string[] {
  return [
    `Level ${unit.level}: ${unit.qualification}`,
    `${unit.criteria.length} assessment criteria in ${unit.outcomes.length} learning outcomes`,
    unit.wordRange ? `Suggested length ${formatCount(unit.wordRange[0])}–${formatCount(unit.wordRange[1])} words` : NO_WORD_RANGE,
  ];
}

/** What an AC asks of sources, said as met (with a tick beside it) once the answer cites enough. */
export function sourcesNeedText(need: { min: number; reason: string; met: boolean }): string {
  return `${need.met ? `Cites enough sources (at least ${need.min}).` : `Needs at least ${plural(need.min, "source")}.`} ${need.reason}`;
}

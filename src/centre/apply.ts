/**
 * What a validated centre template means for the rest of the add-in: the unit as the centre's
 * learners answer it (word range, and for an unconfirmed unit the wording from the centre's mark
 * sheet), the template options and additions the insertion and the .docx writer use, and the
 * house Harvard the referencing notes follow.
 */
import { centreGuidanceParagraphs, type TemplateCustomisation, type TemplateOptions } from "../core/template";
import type { HarvardSettings } from "../harvard/house-style";
import { foldForWordingMatch } from "../shared/text/fold";
import { VERB_GLOSSARY, getUnit } from "../units/catalogue";
import type { Criterion, Outcome, Unit } from "../units/types";
import type { CentreTemplate } from "./schema";

const VERBS = Object.keys(VERB_GLOSSARY)
  .map((verb) => ({ verb, key: foldForWordingMatch(verb).replace(/iz(e|es|ed|ing)\b/g, "is$1") }))
  // Longest first, so "Critically evaluate" is taken before "Evaluate".
  .sort((a, b) => b.key.length - a.key.length);

/** The glossary's command verbs in a wording, for the pane's "what this asks" notes. */
export function verbsIn(wording: string): string[] {
  let folded = ` ${foldForWordingMatch(wording).replace(/iz(e|es|ed|ing|ation)\b/g, "is$1").replace(/[^a-z' -]+/g, " ")} `;
  const found: string[] = [];
  for (const { verb, key } of VERBS) {
    const at = folded.indexOf(` ${key} `);
    if (at < 0) continue;
    found.push(verb);
    // A matched phrase is used up: "Critically evaluate" does not also count as "Evaluate".
    folded = folded.slice(0, at) + " ".repeat(key.length + 1) + folded.slice(at + key.length + 1);
  }
  return found;
}

function centreCriteria(t: CentreTemplate, base: Unit): { outcomes: Outcome[]; criteria: Criterion[] } {
  const given = t.criteria!;
  const outcomeIds = [...new Set(given.map((c) => c.ac.split(".")[0]!))];
  const outcomes = outcomeIds.map((id): Outcome => {
    const named = t.outcomes?.find((o) => o.id === id);
    const catalogue = base.outcomes.find((o) => o.id === id);
    return named ? { id, title: named.title } : { ...catalogue!, id };
  });
  const criteria = given.map(
    (c): Criterion => ({
      id: c.ac,
      outcome: c.ac.split(".")[0]!,
      wording: c.wording.replace(/\s+/g, " ").trim(),
      verbs: verbsIn(c.wording),
      passDescriptors: [],
      indicativeContent: [],
    }),
  );
  return { outcomes, criteria };
}

/**
 * The unit as a centre's learners answer it. The catalogue's wording is kept, except for a unit
 * marked unconfirmed whose template gives the centre's mark-sheet wording: then that wording is
 * the unit's, and confirmed.
 */
export function centreUnit(t: CentreTemplate, base: Unit = getUnit(t.unit)!): Unit {
  const unit: Unit = { ...base };
  if (t.wordRange) unit.wordRange = [t.wordRange[0], t.wordRange[1]];
  // The centre's guidance is guidance to the check as the unit's own is: recognised where a
  // learner pasted it, or the template's content controls were lost, rather than counted as answer
  // words. The unit's notes are the texts that check reads (src/core/catalogue-guidance.ts) and
  // nothing else does.
  const centreGuidance = Object.values(t.acGuidance).flatMap((text) => centreGuidanceParagraphs(text, t.centre).map((p) => p.text));
  if (centreGuidance.length) unit.notes = [...(base.notes ?? []), ...centreGuidance];
  if (t.criteria && base.wordingStatus === "to-be-confirmed") {
    const { outcomes, criteria } = centreCriteria(t, base);
    unit.outcomes = outcomes;
    unit.criteria = criteria;
    unit.wordingStatus = "confirmed";
    unit.markSheet = `${t.centre.name}'s ILM mark sheet`;
  }
  return unit;
}

/** The template options a centre template fixes for its learners. */
export function centreTemplateOptions(t: CentreTemplate): TemplateOptions {
  return { guidance: t.guidance, coverSheet: t.coverSheet !== false, lockHeadings: t.lockHeadings };
}

/** What the centre adds to the unit's template. */
export function centreCustomisation(t: CentreTemplate): TemplateCustomisation {
  return {
    centre: t.centre.number ? { name: t.centre.name, number: t.centre.number } : { name: t.centre.name },
    ...(Array.isArray(t.coverSheet) ? { coverFields: t.coverSheet } : {}),
    acGuidance: t.acGuidance,
    extraSections: t.extraSections,
  };
}

/** The centre's house Harvard, as the referencing checks take it (Cite Them Right fills the rest). */
export function centreHarvard(t: CentreTemplate): Partial<HarvardSettings> {
  return { ...(t.harvard ?? {}) };
}

/** The template as a document records it: whole, so the check needs no file, but without the editor-only "$schema" path. */
export function recordedTemplate(t: CentreTemplate): Omit<CentreTemplate, "$schema"> {
  const { $schema: _editorOnly, ...rest } = t;
  return rest;
}

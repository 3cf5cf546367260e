/** What a centre template does, in sentences a learner or a centre reads in the pane. */
import type { CentreTemplate } from "../../centre/schema";
import { CITE_THEM_RIGHT } from "../../harvard/house-style";
import { formatCount } from "../../shared/text/count";
import type { Unit } from "../../units/types";

function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** The house Harvard's differences from Cite Them Right, or null when there are none. */
export function harvardDifferences(t: CentreTemplate): string | null {
  const h = t.harvard ?? {};
  const out: string[] = [];
  if (h.etAlFrom !== undefined && h.etAlFrom !== CITE_THEM_RIGHT.etAlFrom) out.push(`"et al." from ${h.etAlFrom} authors`);
  if (h.ampersandInBrackets) out.push('"&" between authors inside brackets');
  if (h.noDate && h.noDate !== CITE_THEM_RIGHT.noDate) out.push(`"${h.noDate}" for undated works`);
  if (h.pageLocator && h.pageLocator !== CITE_THEM_RIGHT.pageLocator) out.push(`pages as "${h.pageLocator}"`);
  if (h.edition && h.edition !== CITE_THEM_RIGHT.edition) out.push(`the ${h.edition} edition`);
  return out.length ? list(out) : null;
}

export function centreTemplateFacts(t: CentreTemplate, unit: Unit): string[] {
  const facts: string[] = [];
  facts.push(t.coverSheet === false ? "No cover sheet" : `Cover sheet asking for ${list(t.coverSheet.map((f) => f.replace(/\s*:$/, "")))}, with the centre's name filled in`);
  const acs = Object.keys(t.acGuidance);
  if (!t.guidance) facts.push("No guidance under the side-headings");
  else facts.push(acs.length ? `Guidance under each side-heading, with ${t.centre.name}'s own for ${list(acs)}` : "Guidance under each side-heading");
  if (t.lockHeadings) facts.push("Side-headings locked, so they keep the exact wording");
  if (t.extraSections.length) facts.push(`Extra sections: ${t.extraSections.join("; ")}`);
  facts.push(unit.wordRange ? `Suggested length ${formatCount(unit.wordRange[0])}–${formatCount(unit.wordRange[1])} words` : "No suggested word range");
  const harvard = harvardDifferences(t);
  facts.push(harvard ? `Harvard referencing as Cite Them Right, except ${harvard}` : "Harvard referencing as Cite Them Right");
  if (t.criteria) facts.push(`Assessment criteria worded from ${t.centre.name}'s ILM mark sheet`);
  return facts;
}

/**
 * Helpers for the Harvard tests: a draft with an answer and a reference list,
 * run through the whole pipeline (analyse) or through the referencing context.
 */
import { analyse } from "../../src/check/analyse";
import { findSections } from "../../src/core/sections";
import type { Report } from "../../src/model/report";
import { buildReferencingContext } from "../../src/harvard/check-referencing";
import type { ReferencingContext } from "../../src/harvard/context";
import type { CtrEdition } from "../../src/harvard/edition";
import type { Unit } from "../../src/units/types";
import { draft, type Line } from "../core/draft";
import { MARKED, ac, filler } from "../core/fixtures";

/** The marked test unit with source requirements: 1.2 needs two sources, 2.1 a code of practice. */
export const SOURCED: Unit = {
  ...MARKED,
  criteria: MARKED.criteria.map((c) =>
    c.id === "1.2"
      ? { ...c, sources: { min: 2, reason: "Evaluating means weighing evidence from at least two sources.", kind: "any" as const } }
      : c.id === "2.1"
        ? { ...c, sources: { min: 1, reason: "Refer to a membership body's code of practice.", kind: "code-of-practice" as const } }
        : c,
  ),
};

/** Body paragraphs under "Introduction", then "References" with these lines (and an optional bibliography). */
export function essay(body: readonly string[], references: readonly string[], bibliography: readonly string[] = []): Line[] {
  const lines: Line[] = ["# Introduction", ...body, "# References", ...references];
  if (bibliography.length > 0) lines.push("# Bibliography", ...bibliography);
  return lines;
}

/** A draft of the SOURCED unit: answers per AC, then the reference list. */
export function acEssay(answers: Record<string, readonly string[]>, references: readonly string[], bibliography: readonly string[] = []): Line[] {
  const lines: Line[] = ["title: Assignment", "# Task 1"];
  for (const c of SOURCED.criteria) {
    lines.push(`## ${ac(SOURCED, c.id)}`);
    const a = answers[c.id] ?? [filler(60)];
    lines.push(...a);
  }
  lines.push("# References", ...references);
  if (bibliography.length > 0) lines.push("# Bibliography", ...bibliography);
  return lines;
}

export function run(lines: readonly Line[], unit: Unit | null = null): Report {
  return analyse(draft(lines), unit ? { unit: unit.id, catalogue: [unit] } : { catalogue: [SOURCED] });
}

export function context(lines: readonly Line[], unit: Unit | null = null, edition?: CtrEdition): ReferencingContext {
  const doc = draft(lines);
  return buildReferencingContext({ unit, sections: findSections(doc, unit), edition });
}

export function codes(report: Report, prefix = ""): string[] {
  return report.problems.filter((p) => p.code.startsWith(prefix) && /^(citation|reference|section-needs)/.test(p.code)).map((p) => p.code);
}

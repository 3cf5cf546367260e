/**
 * The two orders problems are shown in, named for what they sort by.
 */
import type { Problem, Severity } from "./report";

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The report's order: whole-draft problems first, then document order; errors before warnings at the same place. */
export function sortByPlace<P extends Pick<Problem, "paragraph" | "severity">>(problems: readonly P[]): P[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        (a.p.paragraph ?? -1) - (b.p.paragraph ?? -1) ||
        SEVERITY_RANK[a.p.severity] - SEVERITY_RANK[b.p.severity] ||
        a.i - b.i,
    )
    .map(({ p }) => p);
}

/** For one AC's list or a summary: errors, then warnings, then notes, each kept in the report's order. */
export function sortBySeverity<P extends Pick<Problem, "severity">>(problems: readonly P[]): P[] {
  return [...problems].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

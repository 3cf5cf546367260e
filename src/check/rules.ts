/**
 * Every rule of both families, and the problem code derived from their ids: a rule added to
 * either list is a new code everywhere, with nothing kept by hand.
 */
import { COVERAGE_RULES } from "../core/rules/coverage-rules";
import type { Problem as AnyProblem, Report as AnyReport } from "../model/report";
import type { FixAction, RuleMeta } from "../model/rule";
import { REFERENCING_RULES } from "../harvard/rules/referencing-rules";

export const ALL_RULES = [...COVERAGE_RULES, ...REFERENCING_RULES] as const;

export type ProblemCode = (typeof ALL_RULES)[number]["id"];

/** The report and problems the hosts show, with codes typed by the rule ids. */
export type Report = AnyReport<ProblemCode>;
export type Problem = AnyProblem<ProblemCode>;

const META = new Map<string, RuleMeta>(ALL_RULES.map((rule) => [rule.id, rule]));

/** A rule's declared metadata (severity, description, fix, messages), or undefined for an unknown code. */
export function ruleMeta(code: string): RuleMeta | undefined {
  return META.get(code);
}

/** The pane's one-click fix for a problem, where its rule declares one. */
export function fixActionFor(problem: Pick<AnyProblem, "code">): FixAction | undefined {
  return META.get(problem.code)?.action;
}

/** The safe fix buttons worth showing for a set of problems, each once, in a stable order. */
export function fixActionsFor(problems: ReadonlyArray<Pick<AnyProblem, "code">>): FixAction[] {
  const wanted = new Set(problems.map(fixActionFor).filter((a): a is FixAction => !!a));
  return (["insert-missing", "remove-guidance", "update-references"] as FixAction[]).filter((a) => wanted.has(a));
}

/**
 * One shape for every check, after ESLint's `meta` + `create` and remark-lint's rule files:
 * a rule declares its id, severity, one-line description, fix advice and message templates
 * once, and its `check` only says what it found, where, with which data. The code, severity,
 * wording and advice of every problem therefore come from one place.
 */
import type { Problem, RelatedPlace, Severity, WorkKey } from "./report";

/** A button the pane offers where the fix is safe (it only touches what the add-in inserted). */
export type FixAction = "insert-missing" | "remove-guidance" | "update-references";

/** Values for a message's {{placeholders}}: already worded for a learner ("3,829", "AC 1.2"). */
export type MessageData = Readonly<Record<string, string | number>>;

/** Where a problem is, and what it is about. */
export interface ProblemPlace {
  ac?: string;
  /** Paragraph index of the problem (for selecting it in the document). */
  paragraph?: number;
  /** A second place the problem refers to (the first copy, the entry a citation matched). */
  related?: RelatedPlace;
  citation?: WorkKey & { text?: string };
  reference?: WorkKey & { text?: string };
}

export type ReportProblem<M extends string> = (messageId: M, data?: MessageData, place?: ProblemPlace) => void;

export interface RuleMeta<Id extends string = string, M extends string = string> {
  id: Id;
  severity: Severity;
  /** What the rule looks for, one sentence (documentation and the pane's "About the checks"). */
  description: string;
  /**
   * How to fix it, said once and in other words than the message; a template over the same
   * data. One text for the rule, or one per message where the fixes differ.
   */
  fix: string | Readonly<Record<M, string>>;
  /** The pane's one-click fix, where one is safe. */
  action?: FixAction;
  /** Message templates by id; {{name}} is replaced by the report's data. */
  messages: Readonly<Record<M, string>>;
}

export interface RuleDefinition<Id extends string, M extends string, C> extends RuleMeta<Id, M> {
  check(ctx: C, report: ReportProblem<M>): void;
}

/** A defined rule: its metadata, and `run` to get its problems for one context. */
export interface Rule<Id extends string = string, C = unknown> extends RuleMeta<Id> {
  run(ctx: C): Problem<Id>[];
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Fills {{name}} placeholders; a placeholder without data is a bug in the rule, so it throws. */
export function interpolate(template: string, data: MessageData = {}): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`No data for {{${name}}} in "${template}"`);
    return String(value);
  });
}

/** The fix template for one message of a rule. */
export function fixTemplate<M extends string>(meta: Pick<RuleMeta<string, M>, "fix">, messageId: M): string {
  return typeof meta.fix === "string" ? meta.fix : meta.fix[messageId];
}

export function defineRule<const Id extends string, M extends string, C>(definition: RuleDefinition<Id, M, C>): Rule<Id, C> {
  const { check, ...meta } = definition;
  return {
    ...meta,
    run(ctx: C): Problem<Id>[] {
      const problems: Problem<Id>[] = [];
      check(ctx, (messageId, data = {}, place = {}) => {
        const template = meta.messages[messageId];
        if (template === undefined) throw new Error(`Rule ${meta.id} has no message "${messageId}"`);
        const problem: Problem<Id> = {
          code: meta.id,
          severity: meta.severity,
          ...(place.ac !== undefined ? { ac: place.ac } : {}),
          message: interpolate(template, data),
          messageId,
          data: { ...data },
          fix: interpolate(fixTemplate(meta, messageId), data),
        };
        if (place.paragraph !== undefined) problem.paragraph = place.paragraph;
        if (place.related) problem.related = place.related;
        if (place.citation) problem.citation = place.citation;
        if (place.reference) problem.reference = place.reference;
        problems.push(problem);
      });
      return problems;
    },
  };
}

/**
 * A RuleTester in the ESLint style: each case is a compact draft (see draft.ts),
 * the rule runs alone over it, and its problems are compared with the expected
 * ones. Valid cases must produce nothing; invalid cases exactly the listed
 * problems, in document order.
 */
import { buildContext } from "../../src/core/context";
import type { Problem } from "../../src/core/report";
import type { Rule } from "../../src/core/rules";
import type { Unit } from "../../src/units/types";
import { draft, type Line } from "./draft";
import { MARKED } from "./fixtures";

export interface ValidCase {
  name: string;
  doc: readonly Line[];
  unit?: Unit | null;
}

export interface ExpectedProblem {
  ac?: string;
  /** Paragraph index (position in `doc`); omit to leave it unchecked, null for "none". */
  paragraph?: number | null;
  /** Text the message must contain. */
  message?: string | RegExp;
}

export interface InvalidCase extends ValidCase {
  problems: ExpectedProblem[];
}

export function runRule(rule: Rule, c: ValidCase): Problem[] {
  const unit = c.unit === undefined ? MARKED : c.unit;
  return rule.check(buildContext(draft(c.doc), unit));
}

function checkShape(rule: Rule, p: Problem): void {
  expect(p.code).toBe(rule.id);
  expect(["error", "warning", "info"]).toContain(p.severity);
  // One sentence a learner reads: starts with a capital, ends with a full stop, no stray line breaks.
  expect(p.message).toMatch(/^[A-Z“"].*[.]$/s);
  expect(p.message).not.toMatch(/\n|undefined|NaN|\[object/);
}

export const ruleTester = {
  run(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
    describe(rule.id, () => {
      it("has a description", () => {
        expect(rule.description.length).toBeGreaterThan(20);
      });
      for (const c of cases.valid) {
        it(`valid: ${c.name}`, () => {
          expect(runRule(rule, c)).toEqual([]);
        });
      }
      for (const c of cases.invalid) {
        it(`invalid: ${c.name}`, () => {
          const got = runRule(rule, c);
          got.forEach((p) => checkShape(rule, p));
          const sorted = [...got].sort((a, b) => (a.paragraph ?? -1) - (b.paragraph ?? -1));
          expect(sorted.map((p) => p.ac)).toEqual(c.problems.map((e) => e.ac));
          c.problems.forEach((e, i) => {
            const p = sorted[i]!;
            if (e.paragraph !== undefined) expect(p.paragraph ?? null).toBe(e.paragraph);
            if (typeof e.message === "string") expect(p.message).toContain(e.message);
            else if (e.message) expect(p.message).toMatch(e.message);
          });
        });
      }
    });
  },
};

/**
 * A RuleTester for the referencing rules, in the style of tests/core/rule-tester.ts:
 * each case is a compact draft, the rule runs alone over its referencing context,
 * valid cases produce nothing, invalid ones exactly the listed problems.
 */
import type { ReferencingRule } from "../../src/harvard/context";
import type { Problem } from "../../src/core/report";
import type { Unit } from "../../src/units/types";
import type { Line } from "../core/draft";
import { context } from "./helpers";

export interface ValidCase {
  name: string;
  doc: readonly Line[];
  unit?: Unit | null;
}

export interface ExpectedProblem {
  ac?: string;
  paragraph?: number;
  message?: string | RegExp;
  /** first author and year of the citation or reference the problem carries */
  key?: string;
}

export interface InvalidCase extends ValidCase {
  problems: ExpectedProblem[];
}

export function runRule(rule: ReferencingRule, c: ValidCase): Problem[] {
  return rule.check(context(c.doc, c.unit ?? null));
}

export const ruleTester = {
  run(rule: ReferencingRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
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
          for (const p of got) {
            expect(p.code).toBe(rule.id);
            expect(p.message).toMatch(/^[A-Z“"(].*[.)]$/s);
            expect(p.message).not.toMatch(/\n|undefined|NaN|\[object/);
          }
          expect(got.map((p) => p.ac)).toEqual(c.problems.map((e) => e.ac));
          c.problems.forEach((e, i) => {
            const p = got[i]!;
            if (e.paragraph !== undefined) expect(p.paragraph).toBe(e.paragraph);
            if (typeof e.message === "string") expect(p.message).toContain(e.message);
            else if (e.message) expect(p.message).toMatch(e.message);
            if (e.key) {
              const w = p.citation ?? p.reference;
              expect(`${w?.authors[0]} ${w?.year}`).toBe(e.key);
            }
          });
        });
      }
    });
  },
};

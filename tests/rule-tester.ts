/**
 * A RuleTester in the ESLint style, shared by the coverage rules (tests/core) and the referencing
 * rules (tests/harvard): each case is a compact draft (tests/core/draft.ts), the rule runs alone
 * over the context its family builds, valid cases must produce nothing and invalid cases exactly
 * the listed problems.
 */
import type { Problem } from "../src/core/report";
import type { Unit } from "../src/units/types";
import type { CtrEdition } from "../src/harvard/edition";
import type { Line } from "./core/draft";

export interface ValidCase {
  name: string;
  doc: readonly Line[];
  unit?: Unit | null;
  /** Cite Them Right edition for the referencing rules (the 12th when absent). */
  edition?: CtrEdition;
}

export interface ExpectedProblem {
  ac?: string;
  /** Paragraph index (position in `doc`); omit to leave it unchecked, null for "none". */
  paragraph?: number | null;
  /** Text the message must contain. */
  message?: string | RegExp;
  /** First author and year of the citation or reference the problem carries ("starr 2016"). */
  key?: string;
}

export interface InvalidCase extends ValidCase {
  problems: ExpectedProblem[];
}

export interface TestedRule<C> {
  id: string;
  description: string;
  check(ctx: C): Problem[];
}

export interface RuleTesterOptions<C> {
  /** Builds the context the rule family reads from a case's draft and unit. */
  context: (c: ValidCase) => C;
  /** What a one-sentence learner message looks like for this family. */
  messageShape: RegExp;
  /** Compare in document order rather than in the order the rule reported. */
  sortByParagraph: boolean;
}

export function makeRuleTester<C>(options: RuleTesterOptions<C>) {
  const runRule = (rule: TestedRule<C>, c: ValidCase): Problem[] => rule.check(options.context(c));

  const checkShape = (rule: TestedRule<C>, p: Problem): void => {
    expect(p.code).toBe(rule.id);
    expect(["error", "warning", "info"]).toContain(p.severity);
    expect(p.message).toMatch(options.messageShape);
    expect(p.message).not.toMatch(/\n|undefined|NaN|\[object/);
  };

  const run = (rule: TestedRule<C>, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void => {
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
          const ordered = options.sortByParagraph ? [...got].sort((a, b) => (a.paragraph ?? -1) - (b.paragraph ?? -1)) : got;
          expect(ordered.map((p) => p.ac)).toEqual(c.problems.map((e) => e.ac));
          c.problems.forEach((e, i) => {
            const p = ordered[i]!;
            if (e.paragraph !== undefined) expect(p.paragraph ?? null).toBe(e.paragraph);
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
  };

  return { run, runRule };
}

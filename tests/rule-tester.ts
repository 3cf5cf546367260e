/**
 * A RuleTester in the ESLint style, shared by the coverage rules (tests/core) and the referencing
 * rules (tests/harvard): each case is a compact draft (tests/core/draft.ts), the rule runs alone
 * over the context its family builds, valid cases must produce nothing and invalid cases exactly
 * the listed problems, each named by its messageId and data (so rewording a message breaks only
 * the one table of message texts, tests/model/rule-messages.test.ts).
 */
import type { Problem } from "../src/model/report";
import type { Rule } from "../src/model/rule";
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
  messageId: string;
  /** The data the message was filled with; only the keys given are compared. */
  data?: Readonly<Record<string, string | number>>;
  ac?: string;
  /** Paragraph index (position in `doc`); omit to leave it unchecked, null for "none". */
  paragraph?: number | null;
  /** Paragraph of the related place (the first copy, the entry matched); null for "none". */
  related?: number | null;
  /** How the related place is named to the learner ("the first side-heading for AC 1.1"). */
  relatedLabel?: string;
  /** First author and year of the citation or reference the problem carries ("starr 2016"). */
  key?: string;
}

export interface InvalidCase extends ValidCase {
  problems: [ExpectedProblem, ...ExpectedProblem[]];
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
  const runRule = (rule: Rule<string, C>, c: ValidCase): Problem[] => rule.run(options.context(c));

  const checkShape = (rule: Rule<string, C>, p: Problem): void => {
    expect(p.code).toBe(rule.id);
    expect(p.severity).toBe(rule.severity);
    expect(Object.keys(rule.messages)).toContain(p.messageId);
    expect(p.message).toMatch(options.messageShape);
    expect(p.message).not.toMatch(/\n|undefined|NaN|\[object|\{\{/);
    expect(p.fix.length).toBeGreaterThan(10);
    expect(p.fix).not.toMatch(/undefined|NaN|\{\{/);
  };

  const run = (rule: Rule<string, C>, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void => {
    describe(rule.id, () => {
      it("has a description, fix advice and messages", () => {
        expect(rule.description.length).toBeGreaterThan(20);
        expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
      });
      it("has valid and invalid cases", () => {
        expect(cases.valid.length).toBeGreaterThan(0);
        expect(cases.invalid.length).toBeGreaterThan(0);
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
          expect(ordered.map((p) => [p.messageId, p.ac])).toEqual(c.problems.map((e) => [e.messageId, e.ac]));
          c.problems.forEach((e, i) => {
            const p = ordered[i]!;
            if (e.data) expect(p.data).toMatchObject(e.data);
            if (e.paragraph !== undefined) expect(p.paragraph ?? null).toBe(e.paragraph);
            if (e.related !== undefined) expect(p.related?.paragraph ?? null).toBe(e.related);
            if (e.relatedLabel !== undefined) expect(p.related?.label).toBe(e.relatedLabel);
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

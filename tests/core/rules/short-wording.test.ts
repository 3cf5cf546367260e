/**
 * shortWording quotes an AC's wording inside a sentence (ac-missing's "AC 1.2 (“…”) has no
 * side-heading"): the first twelve words and an ellipsis when longer, without a closing full stop
 * or stray spaces. Imported here directly so that `npm run mutate`, which follows a mutated file to
 * the tests that import it, finds tests for it (ac-missing.ts alone is not followed through).
 */
import { shortWording } from "../../../src/core/rules/utils/short-wording";

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i + 1}`).join(" ");

describe("shortWording", () => {
  test.each<[string, string, number | undefined, string]>([
    ["a short wording, unchanged", "Define coaching", undefined, "Define coaching"],
    ["a closing full stop dropped", "Define coaching.", undefined, "Define coaching"],
    ["full stops and spaces at the end dropped, not inside", "Define e.g. coaching . \u00a0", undefined, "Define e.g. coaching"],
    ["leading spaces dropped", "   Define coaching", undefined, "Define coaching"],
    ["runs of spaces inside become one", "Define \t  coaching\u2003and mentoring", undefined, "Define coaching and mentoring"],
    ["exactly twelve words: whole, no ellipsis", words(12), undefined, words(12)],
    ["thirteen words: the first twelve and an ellipsis", words(13), undefined, `${words(12)} …`],
    ["a smaller limit", words(5), 3, `${words(3)} …`],
    ["at the smaller limit", words(3), 3, words(3)],
  ])("%s", (_name, wording, max, expected) => {
    expect(max === undefined ? shortWording(wording) : shortWording(wording, max)).toBe(expected);
  });
});

/**
 * A green CI run cannot hide a skipped suite: tests skip only through tests/helpers/requirement.ts,
 * which skips with a message outside CI and fails under CI=true, and .ci/run sets CI=true.
 */
import { readdirSync, readFileSync } from "fs";
import { join, relative, resolve } from "path";
import { isCi, suiteNeeding, testNeeding, type RequirementHooks } from "../helpers/requirement";

const ROOT = resolve(__dirname, "../..");
const HELPER = "tests/helpers/requirement.ts";

/** Jest's ways to skip: describe.skip, it.skip, test.skip, xdescribe, xit, xtest. */
const SKIP = /\b(?:describe|it|test)\s*\.\s*skip\b|\bx(?:describe|it|test)\s*\(/;
/** Reading CI anywhere else would be a second, diverging rule for when a missing dependency fails. */
const READS_CI = /process\.env\.CI\b|process\.env\[["']CI["']\]/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? testFiles(p) : /\.(?:ts|tsx|js)$/.test(e.name) ? [p] : [];
  });
}

/** Fake Jest globals that record what the helpers do. */
function fakeHooks(ci: boolean) {
  const registered: Array<{ name: string; run: () => unknown }> = [];
  const warnings: string[] = [];
  const describe = Object.assign(() => undefined, { skip: () => undefined }) as unknown as jest.Describe;
  const test = Object.assign((name: string, run: () => unknown) => registered.push({ name, run }), { skip: () => undefined }) as unknown as jest.It;
  const hooks: RequirementHooks = { ci, describe, test, warn: (m) => warnings.push(m) };
  return { hooks, registered, warnings, describe, test };
}

describe("skipping a test", () => {
  it("happens only in the requirement helper", () => {
    const offenders = testFiles(join(ROOT, "tests"))
      .map((f) => relative(ROOT, f).split("\\").join("/"))
      .filter((f) => f !== HELPER && f !== "tests/lint/conditional-skips.test.ts")
      .filter((f) => SKIP.test(readFileSync(join(ROOT, f), "utf8")) || READS_CI.test(readFileSync(join(ROOT, f), "utf8")));
    expect(offenders).toEqual([]);
  });

  it.each([["describe.skip(\"x\", fn)"], ["it.skip(\"x\", fn)"], ["(ok ? test : test.skip)(\"x\", fn)"], ["xit(\"x\", fn)"]])("would catch %s", (code) => {
    expect(SKIP.test(code)).toBe(true);
  });

  it("is a failing test under CI, naming what is missing", () => {
    const { hooks, registered, warnings, describe } = fakeHooks(true);
    const suite = suiteNeeding("the pandoc oracle", "pandoc is not installed", hooks);
    expect(suite).toBe(describe.skip);
    expect(warnings).toEqual([]);
    expect(registered.map((t) => t.name)).toEqual(["the pandoc oracle must run under CI"]);
    expect(() => registered[0].run()).toThrow("the pandoc oracle cannot run under CI=true: pandoc is not installed");
  });

  it("is a skip with a message outside CI", () => {
    const { hooks, registered, warnings, test } = fakeHooks(false);
    expect(testNeeding("the schema validation", "../shared/manifest-schema is absent", hooks)).toBe(test.skip);
    expect(registered).toEqual([]);
    expect(warnings).toEqual(["Skipping the schema validation: ../shared/manifest-schema is absent"]);
  });

  it("does not happen when nothing is missing", () => {
    for (const ci of [true, false]) {
      const { hooks, registered, warnings, describe, test } = fakeHooks(ci);
      expect(suiteNeeding("x", null, hooks)).toBe(describe);
      expect(testNeeding("x", null, hooks)).toBe(test);
      expect([registered, warnings]).toEqual([[], []]);
    }
  });

  it("counts CI=true and CI=1 as CI, and nothing else", () => {
    expect([isCi({ CI: "true" }), isCi({ CI: "1" }), isCi({ CI: "TRUE" })]).toEqual([true, true, true]);
    expect([isCi({}), isCi({ CI: "" }), isCi({ CI: "false" }), isCi({ CI: "0" })]).toEqual([false, false, false, false]);
  });

  it("fails under .ci/run, which sets CI=true before the tests", () => {
    const run = readFileSync(join(ROOT, ".ci/run"), "utf8");
    const exported = run.search(/^export CI=true$/m);
    expect(exported).toBeGreaterThanOrEqual(0);
    expect(exported).toBeLessThan(run.search(/^npm test$/m));
  });
});

/**
 * The one place a test may be skipped. Tests that need something outside the repository
 * (../shared, Chromium, pandoc, LibreOffice's soffice) ask for their suite or test here:
 *
 *   const suite = suiteNeeding("the browser tests", unavailableReason());
 *   suite("task pane in the browser preview", () => { ... });
 *
 * With the dependency present it is Jest's own describe/test. Without it, outside CI, the suite is
 * skipped with a message saying what is missing and how to get it; under CI (CI=true, which
 * .ci/run sets) a failing test takes its place, so a green CI run cannot hide a skipped suite.
 * tests/lint/conditional-skips.test.ts fails if a test skips anywhere else.
 */
import { existsSync } from "fs";

/** What the helpers touch, so their own test can watch them without Jest's globals. */
export interface RequirementHooks {
  ci: boolean;
  describe: jest.Describe;
  test: jest.It;
  warn: (message: string) => void;
}

/** CI=true (and CI=1, which some CI services set) means a missing dependency is a failure. */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(?:true|1|yes)$/i.test(env.CI ?? "");
}

function defaults(): RequirementHooks {
  return { ci: isCi(), describe, test, warn: (m) => console.warn(m) };
}

/** Registers the failure (under CI) or prints the warning (elsewhere) for a missing dependency. */
function reportMissing(what: string, missing: string, hooks: RequirementHooks): void {
  if (hooks.ci) {
    hooks.test(`${what} must run under CI`, () => {
      throw new Error(`${what} cannot run under CI=true: ${missing}`);
    });
  } else {
    hooks.warn(`Skipping ${what}: ${missing}`);
  }
}

/**
 * describe, or describe.skip when `missing` names what is missing; under CI a missing dependency
 * adds a failing test instead of skipping quietly.
 * @param what the tests, as a message names them ("the pandoc oracle")
 * @param missing why they cannot run (what is missing and how to install it), or null when they can
 */
export function suiteNeeding(what: string, missing: string | null, hooks: RequirementHooks = defaults()): jest.Describe {
  if (missing === null) return hooks.describe;
  reportMissing(what, missing, hooks);
  return hooks.describe.skip;
}

/** test, or test.skip when `missing` names what is missing; as suiteNeeding, for one test. */
export function testNeeding(what: string, missing: string | null, hooks: RequirementHooks = defaults()): jest.It {
  if (missing === null) return hooks.test;
  reportMissing(what, missing, hooks);
  return hooks.test.skip;
}

/** Why a file or folder from ../shared cannot be used, or null when it is there. */
export function sharedMissing(path: string): string | null {
  return existsSync(path) ? null : `${path} is absent (put the project's shared folder beside the repository as ../shared)`;
}

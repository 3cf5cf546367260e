/**
 * zod compiles object parsers with `new Function` when it may; the pane's Content Security Policy
 * forbids eval (scripts/content-security-policy.js), and even zod's probe for it is reported as a
 * violation. Jitless mode parses the same, without the probe. It must be set before any schema is
 * built, so boot.ts imports this first. (ilm-check, in Node, keeps zod's compiled parsers.)
 *
 * zod keeps its settings in `globalThis.__zod_globalConfig` and uses an object already there
 * (zod/v4/core/core.js). Setting it here rather than calling zod's `config()` keeps zod itself out
 * of the pane's entry script: it is fetched only with the chunks that read templates or marks.
 * tests/taskpane/zod-jitless.test.ts checks that zod picks the setting up.
 */
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = Object.assign(holder.__zod_globalConfig ?? {}, { jitless: true });

export {};

/**
 * Both rule families: every rule file is listed once, named after its id, declared through
 * defineRule with its severity, description, fix and messages, and the lists derive the codes.
 */
import { readdirSync } from "fs";
import { join } from "path";
import { ALL_RULES, fixActionsFor, ruleMeta } from "../../src/check/rules";
import { COVERAGE_RULES } from "../../src/core/rules/coverage-rules";
import { REFERENCING_RULES } from "../../src/harvard/rules/referencing-rules";

const SRC = join(__dirname, "../../src");
const FAMILIES = [
  { dir: join(SRC, "core/rules"), list: COVERAGE_RULES as readonly unknown[], index: "coverage-rules.ts" },
  { dir: join(SRC, "harvard/rules"), list: REFERENCING_RULES as readonly unknown[], index: "referencing-rules.ts" },
];

describe("the rule lists", () => {
  it.each(FAMILIES)("$index lists every rule file in its folder once, each named after its id", ({ dir, list, index }) => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== index);
    expect(files.length).toBe(list.length);
    for (const file of files) {
      const mod = require(join(dir, file)) as Record<string, unknown>;
      const rules = Object.values(mod).filter((v): v is { id: string } => !!v && typeof v === "object" && "run" in v && "id" in v);
      expect(rules).toHaveLength(1);
      expect(list).toContain(rules[0]);
      expect(`${rules[0]!.id}.ts`).toBe(file);
    }
  });

  it("has unique ids, each with a severity, description, fix advice and at least one message", () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) {
      expect(["error", "warning", "info"]).toContain(r.severity);
      expect(r.description.length).toBeGreaterThan(20);
      expect(Object.keys(r.messages).length).toBeGreaterThan(0);
      const fixes = typeof r.fix === "string" ? [r.fix] : Object.values(r.fix as Record<string, string>);
      expect(fixes.length).toBeGreaterThan(0);
      for (const f of fixes) expect(f).toMatch(/^[A-Z].{10,}[.]$/);
    }
  });

  it("finds a rule's metadata by its code", () => {
    expect(ruleMeta("ac-missing")?.severity).toBe("error");
    expect(ruleMeta("reference-order")?.action).toBe("update-references");
    expect(ruleMeta("no-such-rule")).toBeUndefined();
  });

  it("offers each safe fix once, in a stable order", () => {
    const codes = ["reference-order", "ac-missing", "reference-style", "guidance-left-in", "ac-empty"].map((code) => ({ code }));
    expect(fixActionsFor(codes)).toEqual(["insert-missing", "remove-guidance", "update-references"]);
    expect(fixActionsFor([{ code: "ac-empty" }, { code: "citation-unmatched" }])).toEqual([]);
  });
});

describe("the layers", () => {
  it("the coverage checks never import the referencing checks", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name) && /from\s+"[^"]*\/harvard\//.test(require("fs").readFileSync(p, "utf8"))) offenders.push(p);
      }
    };
    walk(join(SRC, "core"));
    expect(offenders).toEqual([]);
  });
});

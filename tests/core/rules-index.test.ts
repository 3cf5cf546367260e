import { readdirSync } from "fs";
import { join } from "path";
import { ALL_RULES, COVERAGE_RULES, HARVARD_RULES } from "../../src/core/rules";

const DIR = join(__dirname, "../../src/core/rules");
const NOT_RULES = new Set(["index.ts", "types.ts", "text.ts"]);

describe("the rule list", () => {
  it("lists every rule file once, named after its id", () => {
    const listed = new Set<unknown>([...COVERAGE_RULES, ...HARVARD_RULES]);
    const files = readdirSync(DIR).filter((f) => f.endsWith(".ts") && !NOT_RULES.has(f));
    expect(files.length).toBe(listed.size);
    for (const file of files) {
      const mod = require(join(DIR, file)) as Record<string, unknown>;
      const rules = Object.values(mod).filter((v): v is { id: string } => !!v && typeof v === "object" && "check" in v && "id" in v);
      expect(rules).toHaveLength(1);
      expect(listed.has(rules[0])).toBe(true);
      expect(`${rules[0]!.id}.ts`).toBe(file);
    }
  });

  it("has unique ids, each with a description", () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) expect(r.description.length).toBeGreaterThan(20);
  });
});

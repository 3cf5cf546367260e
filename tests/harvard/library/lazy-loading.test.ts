/**
 * The pane's first bundle must not pull in citeproc-js or citation-js: those load
 * on demand. Walks the static import graph (type-only imports are erased by the
 * compiler and skipped) from the modules the pane loads first.
 */
import { existsSync, readFileSync } from "fs";
import { dirname, join, resolve } from "path";

const root = resolve(__dirname, "../../..");
const HEAVY = /^(citeproc|@citation-js\/)/;

function resolveLocal(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const c of [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) if (existsSync(c)) return c;
  return null;
}

/**
 * Packages reached through runtime imports and require() calls anywhere in a file
 * (a bundler resolves a require inside a function just the same); only dynamic
 * import() starts a separate chunk, and type-only imports are erased.
 */
function reachablePackages(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const src = readFileSync(file, "utf8");
    const specs: string[] = [];
    for (const m of src.matchAll(/^\s*(import|export)\s+(?!type\b)[^;\s][^;]*?from\s+"([^"]+)"/gms)) specs.push(m[2]);
    for (const m of src.matchAll(/^\s*import\s+"([^"]+)"/gm)) specs.push(m[1]);
    for (const m of src.matchAll(/\brequire\("([^"]+)"\)/g)) specs.push(m[1]);
    for (const spec of specs) {
      if (spec.startsWith(".")) {
        const next = resolveLocal(file, spec);
        if (next) stack.push(next);
      } else packages.add(spec);
    }
  }
  return packages;
}

describe("on-demand loading of the heavy formatting and import code", () => {
  it.each([
    "src/taskpane/boot.tsx",
    "src/taskpane/references/ReferencesView.tsx",
    "src/taskpane/references/SourcesPanel.tsx",
    "src/word/reference-list.ts",
    "src/word/citation-insert.ts",
    "src/word/sources-store.ts",
  ])("%s pulls in no citeproc-js or citation-js", (file) => {
    const heavy = [...reachablePackages(join(root, file))].filter((p) => HEAVY.test(p));
    expect(heavy).toEqual([]);
  });

  it("the walker does find them where they are used (so the test can fail)", () => {
    expect([...reachablePackages(join(root, "src/harvard/library/export.ts"))]).toEqual(
      expect.arrayContaining(["@citation-js/core"]),
    );
  });

  it("the formatting chunk pulls in citeproc-js and no citation-js (whose styles.json holds styles not in use)", () => {
    const packages = [...reachablePackages(join(root, "src/harvard/format/harvard-format.ts"))];
    expect(packages.filter((p) => HEAVY.test(p))).toEqual(["citeproc"]);
    // the pane's build reads the shipped CSL files through csl-files.web.ts, which needs no file system
    expect([...reachablePackages(join(root, "src/harvard/format/csl-files.web.ts"))]).toEqual([]);
  });

  it("the formatter loads citeproc-js only when a formatter is made, not at import", () => {
    const src = readFileSync(join(root, "src/harvard/format/formatter.ts"), "utf8");
    const topLevel = src.split("\n").filter((l) => /^(import|const|let|var)\W.*require\(/.test(l));
    expect(topLevel).toEqual([]);
    expect(src).toMatch(/constructor\([^)]*\) \{\s*const CSL = require\("citeproc"\)/);
  });
});

/**
 * Walks the static import graph of the pane's source (type-only imports are erased by the compiler
 * and skipped) to tell which packages a module pulls into its chunk.
 */
import { existsSync, readFileSync } from "fs";
import { dirname, join, resolve } from "path";

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
export function reachablePackages(entry: string): Set<string> {
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

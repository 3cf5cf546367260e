/**
 * Runtime dependencies are few and each earns its place: every package in package.json's
 * "dependencies" is named, in backticks, in the README's "Libraries and why" table, which says what
 * it is for and why it was chosen. Adding one without saying why fails here. (The registry this
 * project uses does not answer `npm audit`, so this, not an audit, is the check on what ships.)
 */
import { readFileSync } from "fs";
import { join, resolve } from "path";

const ROOT = resolve(__dirname, "../..");

/** The rows of the README's "Libraries and why" table. */
function librariesTable(readme: string): string[] {
  const start = readme.indexOf("\n## Libraries and why");
  const rest = start < 0 ? "" : readme.slice(start + 1);
  const end = rest.indexOf("\n## ");
  const section = end < 0 ? rest : rest.slice(0, end);
  return section.split("\n").filter((line) => /^\|.*\|\s*$/.test(line) && !/^\|\s*-/.test(line));
}

/** The dependencies the table does not name (as `name`). */
function unlisted(dependencies: string[], rows: string[]): string[] {
  const text = rows.join("\n");
  return dependencies.filter((d) => !text.includes(`\`${d}\``));
}

describe("runtime dependencies", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
  const rows = librariesTable(readFileSync(join(ROOT, "README.md"), "utf8"));
  const dependencies = Object.keys(pkg.dependencies);

  it("are each named in the README's \"Libraries and why\" table", () => {
    expect(rows.length).toBeGreaterThan(5);
    expect(dependencies.length).toBeGreaterThan(0);
    expect(unlisted(dependencies, rows)).toEqual([]);
  });

  it("would fail for a dependency the table does not name", () => {
    expect(unlisted([...dependencies, "left-pad"], rows)).toEqual(["left-pad"]);
    // Named in passing is not enough: "react" inside `@fluentui/react-components` does not count.
    expect(unlisted(["react"], ["| UI | `@fluentui/react-components` | … |"])).toEqual(["react"]);
  });

  it("does not run npm audit anywhere (the registry here does not answer it)", () => {
    for (const file of [".ci/run", "package.json"]) {
      expect({ file, audit: /npm\s+audit/.test(readFileSync(join(ROOT, file), "utf8")) }).toEqual({ file, audit: false });
    }
  });
});

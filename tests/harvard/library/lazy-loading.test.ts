/**
 * The pane's first bundle must not pull in citeproc-js or citation-js: those load
 * on demand. Walks the static import graph (type-only imports are erased by the
 * compiler and skipped) from the modules the pane loads first.
 */
import { readFileSync } from "fs";
import { join, resolve } from "path";
import { reachablePackages } from "../../helpers/reachable-packages";

const root = resolve(__dirname, "../../..");
const HEAVY = /^(citeproc|@citation-js\/)/;

describe("on-demand loading of the heavy formatting and import code", () => {
  it.each([
    "src/taskpane/boot.ts",
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

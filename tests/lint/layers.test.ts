/**
 * The layering in eslint.config.mjs, proved by linting one-line files placed in each layer:
 * a crossing is an error naming the layer, an allowed import is clean.
 */
import { execFileSync } from "child_process";
import { join } from "path";

const REFUSED: Array<[file: string, code: string, expected: string]> = [
    ["src/core/x.ts", 'import { nameKey } from "../harvard/text";', "src/core may not import src/harvard"],
    ["src/core/rules/x.ts", 'import { citationLabel } from "../../harvard/describe";', "src/core may not import src/harvard"],
    ["src/core/x.ts", 'import { readDocument } from "../word/read-document";', "src/core may not import src/word"],
    ["src/core/x.ts", 'import { analyse } from "../check/analyse";', "src/core may not import src/check"],
    ["src/harvard/x.ts", 'import { scanDraft } from "../core/sections";', "src/harvard may not import src/core"],
    ["src/harvard/x.ts", 'import { insertCitation } from "../word/citation-insert";', "src/harvard may not import src/word"],
    ["src/harvard/format/x.ts", 'import { usePane } from "../../taskpane/state";', "src/harvard may not import src/taskpane"],
    ["src/taskpane/x.ts", 'import { memoryRun } from "../word-memory/run";', "src/taskpane may not import src/word-memory"],
    ["src/word/x.ts", 'import type { PaneState } from "../taskpane/model/pane-reducer";', "src/word may not import src/taskpane"],
    ["src/docx/x.ts", 'import { analyse } from "../check/analyse";', "src/docx may not import src/check"],
    ["src/cli/x.ts", 'import { readDocument } from "../word/read-document";', "src/cli may not import src/word"],
    ["src/model/x.ts", 'import type { Unit } from "../units/types";', "src/model may not import src/units"],
    ["src/marking/x.ts", 'import { analyse } from "../check/analyse";', "src/marking may not import src/check"],
    ["src/marking/x.ts", 'import { readDocument } from "../word/read-document";', "src/marking may not import src/word"],
    ["src/centre/x.ts", 'import { writeStore } from "../word/doc-store";', "src/centre may not import src/word"],
    ["src/core/x.ts", 'import { parseCentreTemplate } from "../centre/parse";', "src/core may not import src/centre"],
    ["src/docx-template/x.ts", 'import { readDocx } from "../docx/read-docx";', "src/docx-template may not import src/docx"],
];

const ALLOWED: Array<[file: string, code: string]> = [
    ["src/core/x.ts", 'import type { DocParagraph } from "../model/document";'],
    ["src/harvard/x.ts", 'import { foldForNameMatch } from "../shared/text/fold";'],
    ["src/check/x.ts", 'import { checkReferencing } from "../harvard/check-referencing";\nexport const f = checkReferencing;'],
    ["src/check/x.ts", 'import { parseCentreTemplate } from "../centre/parse";\nexport const f = parseCentreTemplate;'],
    ["src/cli/x.ts", 'import { templateDocx } from "../docx-template/write-template";\nexport const f = templateDocx;'],
    ["src/word/x.ts", 'import { buildTemplate } from "../core/template";\nexport const f = buildTemplate;'],
    ["src/taskpane/model/x.ts", 'import { sortBySeverity } from "../../model/problem-order";\nexport const f = sortBySeverity;'],
    ["src/preview/x.ts", 'import { memoryRun } from "../word-memory/run";\nexport const f = memoryRun;'],
    ["src/marking/x.ts", 'import { getUnit } from "../units/catalogue";\nexport const f = getUnit;'],
    ["src/word/x.ts", 'import { outcomeOf } from "../marking/outcome";\nexport const f = outcomeOf;'],
    ["tests/x.test.ts", 'import { memoryRun } from "../src/word-memory/run";\nexport const f = memoryRun;'],
    ["src/office/x.ts", "export const t = (globalThis as { Office?: unknown }).Office;"],
];

const OFFICE: Array<[file: string, code: string, expected: RegExp]> = [
  ["src/taskpane/x.ts", "export const t = Office.context;", /Office/],
  ["src/taskpane/x.ts", "export const t = (globalThis as { Word?: unknown }).Word;", /src\/word and src\/office/],
  ["src/core/x.ts", "export const t = Word.run;", /Word/],
];

// One ESLint process for every snippet (starting ESLint costs seconds).
const snippets = [...REFUSED, ...ALLOWED, ...OFFICE].map(([file, code]) => ({ file, code }));
let results: string[][] = [];
beforeAll(() => {
  const out = execFileSync(process.execPath, [join(__dirname, "lint-snippets.mjs")], { input: JSON.stringify(snippets), encoding: "utf8" });
  results = JSON.parse(out) as string[][];
}, 60_000);

describe("layers", () => {
  it.each(REFUSED.map((c, i) => [...c, i] as const))("%s: %s is refused", (_file, _code, expected, i) => {
    expect(results[i]!.join("\n")).toContain(expected);
  });
  it.each(ALLOWED.map((c, i) => [...c, REFUSED.length + i] as const))("%s: %s is allowed", (_file, _code, i) => {
    expect(results[i]).toEqual([]);
  });
  it.each(OFFICE.map((c, i) => [...c, REFUSED.length + ALLOWED.length + i] as const))("%s: %s is refused", (_file, _code, expected, i) => {
    expect(results[i]!.join("\n")).toMatch(expected);
  });
});

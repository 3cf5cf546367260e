import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import regexp from "eslint-plugin-regexp";

/**
 * The layers of src/ and what each may import (docs/ARCHITECTURE.md draws them). A folder not
 * listed under `may` is out of bounds; `npm run lint` (part of `npm test`) fails on a crossing.
 */
const FOLDERS = ["shared", "model", "units", "core", "harvard", "centre", "check", "marking", "docx", "docx-template", "word", "word-memory", "office", "cli", "taskpane", "preview"];
const LAYERS = {
  shared: [],
  model: ["shared"],
  units: ["shared", "model"],
  core: ["shared", "model", "units"],
  harvard: ["shared", "model", "units"],
  centre: ["shared", "model", "units", "core", "harvard"],
  check: ["shared", "model", "units", "core", "harvard", "centre"],
  marking: ["shared", "model", "units"],
  docx: ["shared", "model"],
  "docx-template": ["shared", "model", "units", "core", "centre"],
  word: ["shared", "model", "units", "core", "harvard", "marking"],
  "word-memory": ["shared", "model", "word"],
  office: [],
  cli: ["shared", "model", "units", "harvard", "centre", "check", "marking", "docx", "docx-template"],
  taskpane: ["shared", "model", "units", "core", "harvard", "centre", "check", "marking", "word", "office", "docx-template"],
  preview: ["shared", "model", "units", "core", "harvard", "centre", "check", "marking", "word", "office", "taskpane", "word-memory"],
};
const WHY = {
  core: "the coverage checks never import the referencing checks, Office.js code, hosts or the pane",
  harvard: "the referencing checks never import the coverage checks, Office.js code, hosts or the pane",
  "word-memory": "only the preview and the tests use the in-memory Word",
  marking: "marking (grades, outcome, comment anchors, the comment bank) is pure: no checks, Office.js, hosts or pane",
};

/** One no-restricted-imports pattern per folder a layer may not reach, matched on the import path. */
function layerRules(layer) {
  const allowed = new Set([layer, ...LAYERS[layer]]);
  const patterns = FOLDERS.filter((f) => !allowed.has(f)).map((f) => ({
    // "../core/x", "../../core", "./core" from src/x: the folder name as a whole path segment
    regex: `^(\\.{1,2}/)+(\\.\\./)*${f}(/|$)`,
    message: `src/${layer} may not import src/${f}: ${WHY[f] ?? WHY[layer] ?? "see docs/ARCHITECTURE.md for the layers"}.`,
  }));
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns }] },
  };
}

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "test-artifacts/**", ".stryker-tmp/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // The runtime must not phone home: no fetch/XHR/beacon in product code (privacy rule).
      "no-restricted-globals": ["error", "fetch", "XMLHttpRequest", "WebSocket", "EventSource"],
      "no-restricted-properties": ["error", { object: "navigator", property: "sendBeacon" }],
    },
  },
  {
    // Every regular expression is linted, above all for super-linear backtracking (a hostile paragraph
    // or reference must not hang the pane or ilm-check). The recommended set, less rules of pure style
    // whose fixes would only churn working code.
    ...regexp.configs["flat/recommended"],
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    rules: {
      ...regexp.configs["flat/recommended"].rules,
      "regexp/no-super-linear-backtracking": "error",
      "regexp/use-ignore-case": "off",
      "regexp/control-character-escape": "off",
      "regexp/prefer-character-class": "off",
      "regexp/no-useless-non-capturing-group": "off",
      "regexp/no-unused-capturing-group": "off",
      "regexp/negation": "off",
      "regexp/no-useless-character-class": "off",
      "regexp/no-useless-lazy": "off",
      "regexp/optimal-quantifier-concatenation": "off",
      "regexp/no-useless-flag": "off",
      "regexp/no-dupe-characters-character-class": "off",
      // Core rules the set turns on: control characters are matched on purpose (Word's text).
      "no-control-regex": "off",
    },
  },
  ...Object.keys(LAYERS).map(layerRules),
  {
    // Office.js is reached only through src/word (Word.run) and src/office (start-up, theme, storage).
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/word/**", "src/office/**"],
    rules: {
      "no-restricted-globals": ["error", "fetch", "XMLHttpRequest", "WebSocket", "EventSource", "Office", "Word", "OfficeExtension"],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[property.name=/^(Office|Word|OfficeExtension)$/]",
          message: "Office.js is reached only through src/word and src/office.",
        },
      ],
    },
  },
  {
    files: ["tests/**", "bench/**", "scripts/**"],
    rules: { "no-restricted-globals": "off", "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", console: "readonly", __dirname: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);

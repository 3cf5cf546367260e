// Lints snippets as if they were files at the given paths, with the project's eslint.config.mjs.
// Run by tests/lint/layers.test.ts in a child process: ESLint loads its config with a dynamic
// import, which Jest's module sandbox does not allow. stdin: [{file, code}]; stdout: [[message]].
import { ESLint } from "eslint";
import { join } from "path";

const root = join(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: root });
let input = "";
for await (const chunk of process.stdin) input += chunk;
const out = [];
for (const { file, code } of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  out.push(result.messages.filter((m) => m.ruleId !== "@typescript-eslint/no-unused-vars").map((m) => m.message));
}
process.stdout.write(JSON.stringify(out));

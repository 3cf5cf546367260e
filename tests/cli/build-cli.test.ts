/**
 * What scripts/build-cli.js changes in third-party code as it bundles ilm-check: xmldom's HTML
 * entity table made on first use, and zod with its English messages only. Each is checked
 * against the untouched library, so a new version that no longer fits is caught here.
 */
import { build } from "esbuild";
import { resolve } from "path";

const ROOT = resolve(__dirname, "..", "..");
// The library as published (it has no types for this file).
const entities = require("@xmldom/xmldom/lib/entities") as Record<"HTML_ENTITIES" | "XML_ENTITIES", Record<string, string>>;
const { plugins } = require("../../scripts/build-cli.js") as { plugins: import("esbuild").Plugin[] };

/** Bundles `source` (CommonJS) as ilm-check's build does and runs it; returns its exports and esbuild's warnings. */
async function bundle(source: string): Promise<{ exports: Record<string, unknown>; warnings: string[]; bytes: number }> {
  const result = await build({
    absWorkingDir: ROOT,
    stdin: { contents: source, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "cjs",
    write: false,
    logLevel: "silent",
    plugins,
  });
  const code = result.outputFiles[0]!.text;
  const mod = { exports: {} as Record<string, unknown> };
  new Function("module", "exports", "require", code)(mod, mod.exports, require);
  return { exports: mod.exports, warnings: result.warnings.map((w) => w.text), bytes: code.length };
}

test("xmldom's entity tables are the library's own, the HTML one made when first asked for", async () => {
  const { exports, warnings } = await bundle('module.exports = require("@xmldom/xmldom/lib/entities");');
  expect(warnings).toEqual([]);
  // Not made at load: the property is a getter until then.
  expect(typeof Object.getOwnPropertyDescriptor(exports, "HTML_ENTITIES")?.get).toBe("function");
  const html = exports.HTML_ENTITIES as Record<string, string>;
  expect({ ...html }).toEqual({ ...entities.HTML_ENTITIES });
  expect(Object.keys(html)).toHaveLength(Object.keys(entities.HTML_ENTITIES).length);
  expect(Object.isFrozen(html)).toBe(true);
  expect(Object.getPrototypeOf(html)).toBeNull();
  expect(exports.HTML_ENTITIES).toBe(html);
  expect(exports.entityMap).toBe(html);
  expect({ ...(exports.XML_ENTITIES as object) }).toEqual({ ...entities.XML_ENTITIES });
});

test("a .docx part with entities parses the same through the bundled xmldom", async () => {
  const { exports } = await bundle(
    'const { DOMParser } = require("@xmldom/xmldom"); module.exports = { text: new DOMParser().parseFromString("<w:t xmlns:w=\\"urn:w\\">a &amp; b &lt;c&gt; &#8211; &quot;d&quot;</w:t>", "application/xml").documentElement.textContent };',
  );
  expect(exports.text).toBe('a & b <c> – "d"');
});

test("zod keeps its English messages and drops the other languages", async () => {
  const { exports, bytes } = await bundle(
    'import { z } from "zod"; const r = z.object({ id: z.string().min(3) }).safeParse({ id: "x" }); module.exports = { message: r.error.issues[0].message, locales: Object.keys(z.locales) };',
  );
  expect(exports.locales).toEqual(["en"]);
  expect(exports.message).toBe("Too small: expected string to have >=3 characters");
  // All fifty languages would be several hundred KB more.
  expect(bytes).toBeLessThan(600_000);
});

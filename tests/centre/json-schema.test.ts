/** docs/centre-template.schema.json is the zod schema's own JSON Schema, kept in step by this test. */
import { readFileSync } from "fs";
import { join } from "path";
import { centreTemplateJsonSchema, centreTemplateJsonSchemaText } from "../../src/centre/json-schema";
import { NORTHGATE, ROOT } from "./fixtures";

const FILE = join(ROOT, "docs", "centre-template.schema.json");

test("the published file is what the schema generates (run npm run centre-schema after changing it)", () => {
  expect(readFileSync(FILE, "utf8")).toBe(centreTemplateJsonSchemaText());
});

test("it names the issue's fields, requires what the reader requires, and refuses unknown fields", () => {
  const schema = centreTemplateJsonSchema() as { $schema: string; properties: Record<string, { properties?: Record<string, unknown>; enum?: string[] }>; required: string[]; additionalProperties: boolean };
  expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
  for (const field of ["id", "unit", "centre", "guidance", "lockHeadings", "coverSheet", "acGuidance", "extraSections", "wordRange", "harvard", "criteria", "outcomes"]) {
    expect(schema.properties).toHaveProperty(field);
  }
  expect(Object.keys(schema.properties.harvard!.properties!)).toEqual(["etAlFrom", "ampersandInBrackets", "noDate", "pageLocator", "edition"]);
  expect(schema.required).toEqual(["id", "unit", "centre"]);
  expect(schema.additionalProperties).toBe(false);
  expect(schema.properties.unit!.enum).toContain("8580-502");
  // The example uses only fields the schema knows.
  for (const key of Object.keys(NORTHGATE)) expect(schema.properties).toHaveProperty(key);
});

test("the plain-text pattern an editor checks is the reader's own", () => {
  const schema = centreTemplateJsonSchema() as { properties: { centre: { properties: { name: { pattern: string } } } } };
  const pattern = new RegExp(schema.properties.centre.properties.name.pattern);
  expect(pattern.test("Northgate College & Sixth Form <3")).toBe(true);
  expect(pattern.test("Northgate <b>College</b>")).toBe(false);
  expect(pattern.test("North\ngate")).toBe(false);
});

/**
 * The centre template's JSON Schema, generated from the zod schema (schema.ts) so the two cannot
 * drift: docs/centre-template.schema.json is this, written by `npm run centre-schema`, and a test
 * fails when the file and the schema differ. Draft 7, which most editors validate against while
 * typing. Checks a JSON Schema cannot express (an AC the unit does not have, numbering, ranges)
 * are made when the template is read (parse.ts).
 */
import { z } from "zod";
import { CentreTemplateSchema } from "./schema";

export function centreTemplateJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CentreTemplateSchema, { target: "draft-7", io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return { ...schema, title: "ILM Assignment Assistant centre template" };
}

/** The file's text: two-space indents and a final new line, as the other JSON in docs/. */
export function centreTemplateJsonSchemaText(): string {
  return `${JSON.stringify(centreTemplateJsonSchema(), null, 2)}\n`;
}

/**
 * `npm run centre-schema`: writes docs/centre-template.schema.json from the zod schema in
 * src/centre/schema.ts. tests/centre/json-schema.test.ts fails until it is run after a change.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { centreTemplateJsonSchemaText } from "../src/centre/json-schema";

const out = join(__dirname, "..", "docs", "centre-template.schema.json");
writeFileSync(out, centreTemplateJsonSchemaText());
process.stdout.write(`Wrote ${out}\n`);

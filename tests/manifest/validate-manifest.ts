import { readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { validateXML } from "xmllint-wasm";

/** Microsoft's manifest schemas ship in ../shared, not in the project (see its README). */
export const SCHEMA_DIR = path.resolve(__dirname, "../../../shared/manifest-schema");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

/** Validates manifest XML offline against the XSDs; the Office validation service needs the network. */
export async function validateManifest(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const xsds = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".xsd"));
  const load = (f: string) => ({ fileName: f, contents: readFileSync(path.join(SCHEMA_DIR, f), "utf8") });
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [load(MAIN_SCHEMA)],
    preload: xsds.filter((f) => f !== MAIN_SCHEMA).map(load),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage ?? String(e)) };
}

import { readFileSync } from "fs";
import { join } from "path";
import type { CentreTemplateInput } from "../../src/centre/schema";

export const ROOT = join(__dirname, "..", "..");

/** The README's example (docs/examples/northgate-8580-500.json), as a centre writes it. */
export const NORTHGATE_TEXT = readFileSync(join(ROOT, "docs", "examples", "northgate-8580-500.json"), "utf8");
export const NORTHGATE = JSON.parse(NORTHGATE_TEXT) as CentreTemplateInput;

/** The fewest fields a template can have. */
export const MINIMAL: CentreTemplateInput = { id: "minimal-8580-503", unit: "8580-503", centre: { name: "Minimal Centre" } };

/**
 * A centre's own wording of the unconfirmed unit 8580-502, as its ILM mark sheet might give it.
 * Invented for the tests: the real mark sheet is not public (see src/units/u8580-502.ts).
 */
export const MARK_SHEET_502: CentreTemplateInput = {
  id: "eastfield-8580-502",
  unit: "8580-502",
  centre: { name: "Eastfield Training", number: "654321" },
  outcomes: [
    { id: "1", title: "Be able to plan an extended period of coaching or mentoring" },
    { id: "2", title: "Be able to reflect on an extended period of coaching or mentoring" },
  ],
  criteria: [
    { ac: "1.1", wording: "Agree a contract with each of at least six clients for an extended period of coaching or mentoring" },
    { ac: "1.2", wording: "Plan a programme of coaching or mentoring sessions that meets each client's needs" },
    { ac: "2.1", wording: "Evaluate the effectiveness of the coaching or mentoring programme for the clients and the organisation" },
    { ac: "2.2", wording: "Reflect on own practice as a coach or mentor and plan further development" },
  ],
  acGuidance: { "2.2": "Use your supervision notes." },
};

export function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

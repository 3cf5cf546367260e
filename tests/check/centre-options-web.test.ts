/**
 * The pane's build of the centre choice (src/check/centre-options.web.ts, swapped in by webpack so
 * zod stays off the pane's start path): nothing to read needs no reader; a template to read before
 * the reader is loaded is an error, never silently ignored; once loaded it chooses as Node's does.
 */
import * as web from "../../src/check/centre-options.web";
import * as node from "../../src/check/centre-options";
import { parseCentreTemplate, tryParseCentreTemplate } from "../../src/centre/parse";
import { StoreKeys } from "../../src/model/document-store";
import { draft } from "../core/draft";
import { NORTHGATE, clone } from "../centre/fixtures";

describe("the pane's centre choice, with the reader fetched on demand", () => {
  const plain = draft(["title: 8580-500 assignment", "# Learning outcome 1"]);
  const recorded = (value: unknown) => ({ ...plain, addInData: { [StoreKeys.centreTemplate]: value } });

  test("no template given and none recorded: no reader needed", () => {
    expect(web.chooseCentre(plain, undefined)).toEqual({ template: null });
  });

  test("a template to read before the reader is loaded is an error", () => {
    expect(() => web.chooseCentre(plain, NORTHGATE)).toThrow(/before the template reader was loaded/);
    expect(() => web.chooseCentre(recorded(NORTHGATE), undefined)).toThrow(/before the template reader was loaded/);
  });

  test("with the reader loaded it chooses exactly as the Node build does", () => {
    web.setCentreReader({ parse: parseCentreTemplate, tryParse: tryParseCentreTemplate });
    const damaged = { ...clone(NORTHGATE), wordRange: "lots" };
    for (const [doc, given] of [
      [plain, NORTHGATE],
      [recorded(NORTHGATE), undefined],
      [recorded(damaged), undefined],
      [plain, undefined],
    ] as const) {
      expect(web.chooseCentre(doc, given)).toEqual(node.chooseCentre(doc, given));
    }
    expect(web.chooseCentre(recorded(damaged), undefined).notice).toMatch(/^The centre template recorded in this document was not used: /);
    expect(() => web.chooseCentre(plain, damaged)).toThrow();
  });
});

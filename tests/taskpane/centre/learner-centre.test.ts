import { parseCentreTemplate } from "../../../src/centre/parse";
import { centreAtOpen, centreForUnit } from "../../../src/taskpane/centre/learner-centre";
import { MARK_SHEET_502, NORTHGATE } from "../../centre/fixtures";

const north = parseCentreTemplate(NORTHGATE);
const east = parseCentreTemplate(MARK_SHEET_502);
const other500 = parseCentreTemplate({ ...NORTHGATE, id: "other-500", centre: { name: "Other" } });

describe("which centre template the learner's pane follows", () => {
  test.each([
    ["the document's own, whatever is built in", { recorded: other500, unitId: "8580-500", rememberedUnitId: null, deployed: [north] }, other500, "document"],
    ["the built-in one for the draft's unit", { recorded: null, unitId: "8580-502", rememberedUnitId: "8580-500", deployed: [north, east] }, east, "deployed"],
    ["none for a draft of a unit without one", { recorded: null, unitId: "8580-503", rememberedUnitId: null, deployed: [north, east] }, null, null],
    ["on a blank document, the remembered unit's", { recorded: null, unitId: null, rememberedUnitId: "8580-502", deployed: [north, east] }, east, "deployed"],
    ["on a blank document, else the first built in", { recorded: null, unitId: null, rememberedUnitId: "8581-700", deployed: [north, east] }, north, "deployed"],
    ["none when nothing is built in", { recorded: null, unitId: null, rememberedUnitId: null, deployed: [] }, null, null],
  ] as const)("at start-up: %s", (_name, input, centre, source) => {
    expect(centreAtOpen({ ...input, deployed: [...input.deployed] })).toEqual({ centre, source });
  });

  test("picking a unit: a chosen template for it stays; else the built-in one; else none", () => {
    expect(centreForUnit("8580-500", { centre: other500, source: "chosen" }, [north])).toEqual({ centre: other500, source: "chosen" });
    expect(centreForUnit("8580-502", { centre: other500, source: "chosen" }, [north, east])).toEqual({ centre: east, source: "deployed" });
    expect(centreForUnit("8580-503", { centre: north, source: "deployed" }, [north, east])).toEqual({ centre: null, source: null });
    expect(centreForUnit("8580-500", { centre: null, source: null }, [north])).toEqual({ centre: north, source: "deployed" });
  });
});

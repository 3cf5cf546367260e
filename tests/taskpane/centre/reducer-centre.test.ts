/** The pane reducer's centre action, without React or Word. */
import { centreUnit } from "../../../src/centre/apply";
import { parseCentreTemplate } from "../../../src/centre/parse";
import { initialPaneState, paneReducer } from "../../../src/taskpane/model/pane-reducer";
import { getUnit } from "../../../src/units/catalogue";
import { MARK_SHEET_502 } from "../../centre/fixtures";

const t = parseCentreTemplate(MARK_SHEET_502);

test("following a centre template sets it, its source and its unit; preselected says so to the unit picker", () => {
  const start = { ...initialPaneState(), unit: getUnit("8580-500")!, unitSource: "remembered" as const };
  const next = paneReducer(start, { type: "centreChosen", centre: t, source: "deployed", unit: centreUnit(t), preselected: true });
  expect(next).toMatchObject({ centre: t, centreSource: "deployed", unitSource: "centre" });
  expect(next.unit?.criteria).toHaveLength(4);
  expect(start.centre).toBeNull();
});

test("leaving it keeps the unit, back as the catalogue has it, and how it was chosen", () => {
  const following = { ...initialPaneState(), centre: t, centreSource: "chosen" as const, unit: centreUnit(t), unitSource: "picked" as const };
  const next = paneReducer(following, { type: "centreChosen", centre: null, source: null, unit: getUnit("8580-502")! });
  expect(next).toMatchObject({ centre: null, centreSource: null, unitSource: "picked" });
  expect(next.unit?.criteria).toHaveLength(12);
});

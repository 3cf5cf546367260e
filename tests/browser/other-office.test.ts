/**
 * Opened in another Office application (here Excel, played by a stand-in for office.js that
 * answers Office.onReady as Excel would), the pane says in one sentence that it works in Word,
 * drawn by the full pane's chunk (src/taskpane/boot.ts: mountNotWord), never a blank pane.
 */
import type { Route } from "playwright-core";
import { OFFICE_JS, unavailableReason, usePreviewSession } from "./harness";
import { suiteNeeding } from "../helpers/requirement";
import { visible } from "./steps";

const suite = suiteNeeding("the browser tests", unavailableReason());

/** Just enough of office.js for the pane to decide where it is: Office.onReady's answer and Office.context. */
const EXCEL = `
window.Office = {
  HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint" },
  PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS" },
  context: { host: "Excel", platform: "PC" },
  onReady: function () { return Promise.resolve({ host: "Excel", platform: "PC" }); },
};`;

suite("the pane in another Office application", () => {
  const preview = usePreviewSession();

  test("says it works in Word, in one sentence", async () => {
    const page = await preview.session.context.newPage();
    await page.route(OFFICE_JS, (route: Route) => route.fulfill({ status: 200, contentType: "text/javascript", body: EXCEL }));
    try {
      await page.goto(`${preview.server.url}/taskpane.html`);
      const message = page.getByText("This add-in works in Word");
      await visible(message, 30_000);
      const text = (await page.locator("#root").innerText()).replace(/\s+/g, " ");
      expect(text).toContain("It was opened in Excel. Open your assignment in Word and start ILM Assistant from the Home tab.");
      // Not the preview, and not the learner's pane.
      expect(await page.getByText("Preview — not connected to Word").count()).toBe(0);
      expect(await page.getByRole("combobox", { name: "Your unit" }).count()).toBe(0);
    } finally {
      await page.close();
    }
  }, 60_000);
});

/**
 * Help > Run diagnostics in the browser preview: `taskpane.html?diagnostics=1` opens a blank
 * in-browser Word document, runs every contract check (src/word/diagnostics) against it, shows the
 * report, and marks <html data-diagnostics="N passed, M failed">. The same checks run in real Word.
 */
import type { Page } from "playwright-core";
import { screenshot, unavailableReason, usePreviewSession } from "./harness";
import { openPane } from "./steps";
import { suiteNeeding } from "../helpers/requirement";

const suite = suiteNeeding("the browser tests", unavailableReason());

async function diagnosticsOf(page: Page, timeout = 60_000): Promise<string> {
  await page.waitForSelector("html[data-diagnostics]", { state: "attached", timeout });
  return (await page.getAttribute("html", "data-diagnostics")) ?? "";
}

suite("diagnostics in the browser preview", () => {

  const preview = usePreviewSession(300_000);

  test("?diagnostics=1 runs at least 25 checks against the in-memory Word and none fails", async () => {
    const page = await preview.session.context.newPage();
    await openPane(page, `${preview.server.url}/taskpane.html?diagnostics=1`);
    const summary = await diagnosticsOf(page);
    const m = /^(\d+) passed, (\d+) failed$/.exec(summary);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThanOrEqual(25);
    expect(Number(m![2])).toBe(0);
    const dialog = page.getByRole("dialog", { name: "Word diagnostics" });
    await dialog.waitFor({ state: "visible" });
    const report = await dialog.getByRole("textbox", { name: "Diagnostics report" }).inputValue();
    expect(report).toContain(`Result: ${summary}`);
    expect(report).toMatch(/PASS list-number-not-in-text/);
    expect(report).not.toMatch(/^FAIL /m);
    await screenshot(page, "diagnostics-preview");
    await page.close();
  }, 120_000);

  test("Word on the web as modelled (?platform=web): the checks that can run pass", async () => {
    const page = await preview.session.context.newPage();
    await openPane(page, `${preview.server.url}/taskpane.html?diagnostics=1&platform=web`);
    expect(await diagnosticsOf(page)).toMatch(/^(2[5-9]|[3-9]\d) passed, 0 failed$/);
    await page.close();
  }, 120_000);

  test("Help > Run diagnostics on the sample draft: the draft is not touched, the report says how to run the rest", async () => {
    const page = await preview.session.context.newPage();
    await openPane(page, `${preview.server.url}/taskpane.html`);
    await page.waitForSelector("html[data-pane-ready]", { state: "attached", timeout: 60_000 });
    const before = await page.evaluate(() => window.ilmPreview!.paragraphs());
    await page.getByRole("button", { name: "Help" }).click();
    await page.getByRole("menuitem", { name: "Run diagnostics" }).click();
    expect(await diagnosticsOf(page)).toMatch(/ 0 failed$/);
    const report = await page.getByRole("textbox", { name: "Diagnostics report" }).inputValue();
    expect(report).toMatch(/File > New > Blank document/);
    expect(await page.evaluate(() => window.ilmPreview!.paragraphs())).toEqual(before);
    await page.close();
  }, 120_000);
});

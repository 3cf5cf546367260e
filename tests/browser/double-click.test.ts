/**
 * Double clicks in the browser preview: a learner who double-clicks a button that writes to the
 * document gets the write once. In the preview the in-memory Word answers within the same
 * moment, so this is the harder case: the second click can arrive after the first has finished.
 */
import type { Locator, Page } from "playwright-core";
import { unavailableReason, previewPageEachTest, usePreviewSession } from "./harness";
import { suiteNeeding } from "../helpers/requirement";
import { chooseUnit, openPane } from "./steps";

const suite = suiteNeeding("the browser double-click tests", unavailableReason());

const pane = (page: Page) => page.getByRole("region", { name: "ILM Assignment Assistant" });
const documentView = (page: Page) => page.getByRole("article", { name: "Sample document" });

async function visible(locator: Locator, timeout = 15_000): Promise<void> {
  await locator.first().waitFor({ state: "visible", timeout });
}

/** The pane has finished what it was doing (its spinner is gone), so every write a click asked for has landed. */
async function idle(page: Page): Promise<void> {
  const spinner = pane(page).locator(".fui-Spinner");
  const until = Date.now() + 15_000;
  while ((await spinner.count()) > 0) {
    if (Date.now() > until) throw new Error("The pane stayed busy for 15 s");
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function paragraphs(page: Page): Promise<string[]> {
  return page.evaluate(() => window.ilmPreview!.paragraphs().map((p) => p.text));
}

const occurrences = (texts: string[], test: (t: string) => boolean) => texts.filter(test).length;

suite("double clicks in the browser preview", () => {
  let page: Page;
  const preview = usePreviewSession();
  const pageErrors = previewPageEachTest(preview, (p) => (page = p));

  it("inserts the template once", async () => {
    await openPane(page, `${preview.server.url}/taskpane.html?doc=blank`);
    const unitBox = pane(page).getByRole("combobox", { name: "Your unit" });
    await chooseUnit(unitBox, /^8580-500 Understanding.*Current mark sheet/);
    await pane(page).getByRole("button", { name: "Insert template" }).dblclick();
    await visible(documentView(page).getByText(/^1\.1 Define what coaching and mentoring is/));
    await idle(page);
    expect(occurrences(await paragraphs(page), (t) => t.startsWith("1.1 Define what coaching"))).toBe(1);
    // A second run would have been refused ("already has the side-headings"), with a warning.
    expect(await pane(page).getByText("Template not inserted").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it("inserts a missing section once", async () => {
    await openPane(page, `${preview.server.url}/taskpane.html`);
    await visible(pane(page).locator('[data-ac="1.4"]').getByText("Missing", { exact: true }));
    await pane(page).getByRole("button", { name: "Insert missing sections" }).dblclick();
    await visible(documentView(page).getByText(/^1\.4 Assess how the impact/));
    await idle(page);
    expect(occurrences(await paragraphs(page), (t) => t.startsWith("1.4 Assess how the impact"))).toBe(1);
    // A second run would have found nothing to insert and said so instead.
    await visible(pane(page).getByText(/^Inserted the side-headings for 1\.4 in AC order/));
    expect(await pane(page).getByText(/^Nothing to insert/).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it("inserts a citation once", async () => {
    await openPane(page, `${preview.server.url}/taskpane.html`);
    await visible(pane(page).locator('[data-ac="1.1"]'));
    const para = documentView(page).locator(
      'xpath=//div[@data-role="heading" and starts-with(normalize-space(.), "2.1 ")]/following-sibling::div[@data-role="body"][1]',
    );
    await para.click();
    await page.keyboard.press("Control+End");
    await pane(page).getByRole("tab", { name: "References" }).click();
    await pane(page).getByRole("button", { name: "Insert citation", exact: true }).click();
    await pane(page).getByRole("checkbox", { name: /Starr, 2016/ }).check();
    await visible(pane(page).getByTestId("citation-preview").getByText("(Starr, 2016)", { exact: true }));
    const cited = async () => ((await para.textContent()) ?? "").split("(Starr, 2016)").length - 1;
    const before = await cited();
    await pane(page).getByRole("button", { name: "Insert at the cursor" }).dblclick();
    const until = Date.now() + 15_000;
    while ((await cited()) === before && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    await idle(page);
    expect(await cited()).toBe(before + 1);
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it("replaces the reference list once: as many calls to Word as one click makes", async () => {
    const replace = async (click: (button: Locator) => Promise<void>) => {
      await openPane(page, `${preview.server.url}/taskpane.html`);
      await visible(pane(page).locator('[data-ac="1.1"]'));
      await pane(page).getByRole("tab", { name: "References" }).click();
      await pane(page).getByRole("button", { name: "Reference list", exact: true }).click();
      await pane(page).getByRole("button", { name: "Compare with my reference list" }).click();
      await visible(pane(page).getByRole("list", { name: "Changes to the reference list" }));
      await idle(page);
      const before = await page.evaluate(() => window.ilmPreview!.wordRuns());
      await click(pane(page).getByRole("button", { name: "Replace reference list" }));
      await visible(documentView(page).locator('[data-role="references"]').getByText(/^Starr, J\. \(2016\)/));
      await idle(page);
      const texts = await paragraphs(page);
      expect(occurrences(texts, (t) => /^Starr, J\. \(2016\)/.test(t))).toBe(1);
      expect(occurrences(texts, (t) => /^References$/i.test(t.trim()))).toBe(1);
      return (await page.evaluate(() => window.ilmPreview!.wordRuns())) - before;
    };
    const once = await replace((b) => b.click());
    expect(await replace((b) => b.dblclick())).toBe(once);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});

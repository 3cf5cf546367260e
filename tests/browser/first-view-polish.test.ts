/**
 * Issue 13 in the first view (src/taskpane/first-view), which a learner sees before React and
 * Fluent UI arrive: it fits 320 px and 450 px, passes axe in every theme, and says what the full
 * pane says (the wording caveat, where the word range is found, "Not started", distinct badge
 * words, a tick for a need met, the Whole draft list grouped, Preview once), with the keyboard
 * given to the confirmation when Insert template takes its button away. The full pane's code is
 * held back throughout, so every check here is on the first view's own drawing.
 */
import type { Page } from "playwright-core";
import { unavailableReason, previewPageEachTest, usePreviewSession } from "./harness";
import { suiteNeeding } from "../helpers/requirement";
import { axeSeriousOrCritical, chooseUnit, holdRequests, overflowOfPane, pane, visible, waitFor } from "./steps";
import { NO_WORD_RANGE, WORDING_TO_BE_CONFIRMED } from "../../src/units/unit-notices";

const suite = suiteNeeding("the browser tests", unavailableReason());

/** The chunk with React, Fluent UI and the full pane, and the preview page drawn with them. */
const FULL_PANE = /\/(pane|preview-app)\.[0-9a-f]{8}\.js$/;

const fullPaneDrawn = (page: Page) => page.evaluate(() => !!document.querySelector(".fui-FluentProvider"));

/** Opens the preview with the full pane's code held (never released), once the first view is usable. */
async function openFirstView(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: "domcontentloaded" });
  await page.waitForSelector("html[data-pane-ready='true']", { state: "attached", timeout: 30_000 });
}

const firstCard = (page: Page, ac: string) => pane(page).locator(`[data-ac="${ac}"]`);
const openCard = (page: Page, ac: string) => firstCard(page, ac).locator("button.fv-card-header").click();

/** Every view the first view draws, on the sample draft and on a blank document; `visit` runs at each. */
async function walkFirstView(page: Page, base: string, query: string, visit: (view: string) => Promise<void>): Promise<void> {
  await openFirstView(page, `${base}/taskpane.html?${query}`);
  const p = pane(page);
  await visible(firstCard(page, "1.1"));
  await openCard(page, "1.1");
  await openCard(page, "1.2");
  await p.locator("[data-group]").first().getByRole("button", { name: "Show them" }).click();
  await visible(p.locator("[data-group] li").first());
  await visit("check");

  await p.getByRole("tab", { name: "Unit" }).click();
  await visible(p.getByRole("combobox", { name: "Your unit" }));
  await visit("unit");

  await openFirstView(page, `${base}/taskpane.html?doc=blank&${query}`);
  await visit("unit, no unit yet");
  await chooseUnit(p.getByRole("combobox", { name: "Your unit" }), /^8580-502 /);
  await visible(p.getByText(WORDING_TO_BE_CONFIRMED));
  await visit("unit, wording to be confirmed");
  await p.getByRole("button", { name: "Insert template" }).click();
  await visible(firstCard(page, "4.3"));
  await visit("not started");
  // Still the first view: nothing above was drawn by the full pane.
  expect(await fullPaneDrawn(page)).toBe(false);
}

suite("the first view, as polished as the full pane", () => {
  let page: Page;
  const preview = usePreviewSession();
  const pageErrors = previewPageEachTest(preview, (p) => (page = p));

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  /** Holds the full pane's code for good: the test sees only the first view. */
  const holdFullPane = () => page.route(FULL_PANE, () => undefined);

  describe.each([320, 450])("at %i px", (width) => {
    it("fits every view without scrolling sideways", async () => {
      await holdFullPane();
      const overflow: Record<string, string[]> = {};
      await walkFirstView(page, preview.server.url, `pane=${width}`, async (view) => {
        const found = await overflowOfPane(page);
        if (found.length) overflow[view] = found;
      });
      expect(overflow).toEqual({});
    }, 120_000);
  });

  describe.each(["light", "dark", "high-contrast"])("in the %s theme", (theme) => {
    it("passes axe (no serious or critical findings) in every view", async () => {
      await holdFullPane();
      const found: Record<string, unknown[]> = {};
      await walkFirstView(page, preview.server.url, `theme=${theme}`, async (view) => {
        const v = await axeSeriousOrCritical(page, view === "check");
        if (v.length) found[view] = v;
      });
      expect(found).toEqual({});
    }, 180_000);
  });

  it("says Preview once, uses distinct badge words, ticks a need met and groups the Whole draft list", async () => {
    await holdFullPane();
    await openFirstView(page, `${preview.server.url}/taskpane.html?pane=320`);
    const p = pane(page);
    await visible(firstCard(page, "1.3"));
    expect(await page.getByText("Preview — not connected to Word").count()).toBe(1);
    const badges = await p.locator("[data-ac] .fv-badge").allTextContents();
    expect(badges).toContain("Review");
    expect(badges).not.toContain("Check");

    // Guidance left in under two outcomes: one row that opens, not two.
    const group = p.locator('[data-group="guidance-left-in"]');
    await visible(group.getByText("Template guidance is left in 2 places"));
    expect(await group.locator("li").count()).toBe(0);
    const show = group.getByRole("button", { name: "Show them" });
    await show.click();
    expect(await group.locator("li").count()).toBe(2);
    expect(await group.getByRole("button", { name: "Hide them" }).getAttribute("aria-expanded")).toBe("true");

    // AC 1.1 cites enough sources: a tick, not "Needs".
    await openCard(page, "1.1");
    const met = firstCard(page, "1.1").locator('[data-sources-met="true"]');
    await visible(met.getByText(/^Cites enough sources/));
    await visible(met.getByRole("img", { name: "Met:" }));
    await openCard(page, "2.1");
    await visible(firstCard(page, "2.1").locator('[data-sources-met="false"]').getByText(/^Needs at least \d+ sources?\./));
    expect(await fullPaneDrawn(page)).toBe(false);
  }, 60_000);

  it("gives the caveat and the word range's source, shows a fresh template as Not started, and gives the keyboard to the confirmation", async () => {
    const { release } = await holdRequests(page, FULL_PANE);
    try {
      await openFirstView(page, `${preview.server.url}/taskpane.html?doc=blank&pane=320`);
      const p = pane(page);
      await chooseUnit(p.getByRole("combobox", { name: "Your unit" }), /^8580-502 /);
      // On the Unit tab, as in the full pane: where the word range is found, and the wording caveat.
      await visible(p.getByText(NO_WORD_RANGE));
      await visible(p.getByText(WORDING_TO_BE_CONFIRMED));

      await p.getByRole("button", { name: "Insert template" }).focus();
      await page.keyboard.press("Enter");
      // The button went with the Unit tab: the confirmation takes focus, never the page.
      await visible(p.getByText(/^Inserted the template for unit 8580-502\./));
      await waitFor(() => page.evaluate(() => document.activeElement?.hasAttribute("data-status") ?? false));

      const summary = p.getByRole("region", { name: "Summary of the check" });
      await visible(summary.getByText("Not started", { exact: true }));
      expect(await summary.getByText(/errors?$|warnings?$/).count()).toBe(0);
      expect(new Set(await p.locator("[data-ac] .fv-badge").allTextContents())).toEqual(new Set(["Not started"]));
      expect(await p.locator("[data-group], .fv-problem").count()).toBe(0);
      // The Check view relies on the side-headings' wording too: the caveat is there as well.
      await visible(p.getByText(WORDING_TO_BE_CONFIRMED));
      expect(await fullPaneDrawn(page)).toBe(false);

      // The full pane takes over with the keyboard still on the confirmation.
      release();
      await waitFor(() => fullPaneDrawn(page), 30_000);
      await visible(p.locator(".fui-MessageBar[data-status]"));
      await waitFor(() => page.evaluate(() => !!document.activeElement?.matches(".fui-MessageBar[data-status]")));
    } finally {
      release();
    }
  }, 90_000);
});

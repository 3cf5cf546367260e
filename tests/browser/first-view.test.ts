/**
 * The first view is drawn without React or Fluent UI (src/taskpane/first-view) and works on its
 * own: with the full pane's code held back, the learner picks a unit, inserts the template and
 * opens a card. When the full pane arrives it carries on from there: one template in the document,
 * the card still open and the keyboard where the learner left it.
 */
import type { Page, Route } from "playwright-core";
import { unavailableReason, usePreviewSession } from "./harness";
import { suiteNeeding } from "../helpers/requirement";
import { chooseUnit, holdRequests, pane, paragraphs, visible, waitFor } from "./steps";
import { FIRST_SCREEN_PARAGRAPHS } from "../../src/preview/preview-frame";

const suite = suiteNeeding("the browser tests", unavailableReason());

/** The chunk with React, Fluent UI and the full pane, and the preview page drawn with them. */
const FULL_PANE = /\/(pane|preview-app)\.[0-9a-f]{8}\.js$/;

/** Opens the preview with the full pane's code held until `release` is called. */
async function openHeld(page: Page, url: string): Promise<{ release: () => void; asked: () => boolean }> {
  const held = await holdRequests(page, FULL_PANE);
  await page.goto(url, { waitUntil: "domcontentloaded" });
  await page.waitForSelector("html[data-pane-ready='true']", { state: "attached", timeout: 30_000 });
  return held;
}

/** True once Fluent UI draws the pane (its provider's class is on the page). */
const fullPaneDrawn = (page: Page) => page.evaluate(() => !!document.querySelector(".fui-FluentProvider"));

suite("the first view, before React and Fluent UI", () => {
  const preview = usePreviewSession();

  test("a blank document: the unit picked and the template inserted before the full pane arrives, then carried on", async () => {
    const page = await preview.session.context.newPage();
    const { release, asked } = await openHeld(page, `${preview.server.url}/taskpane.html?doc=blank`);
    try {
      // The full pane was asked for once the first view was on screen, and is still held.
      await waitFor(async () => asked());
      expect(await fullPaneDrawn(page)).toBe(false);
      await chooseUnit(pane(page).getByRole("combobox", { name: "Your unit" }), /^8580-500 /);
      await pane(page).getByLabel("Cover sheet and declaration").uncheck();
      await pane(page).getByRole("button", { name: "Insert template" }).click();
      // Written through the same controller the full pane uses: the template is in the document.
      await waitFor(async () => (await paragraphs(page)).some((p) => p.tags.includes("ilm:heading:1.1")));
      const written = await paragraphs(page);
      expect(written.filter((p) => p.tags.includes("ilm:heading:1.1"))).toHaveLength(1);
      // Unticked in the first view, so no cover sheet.
      expect(written.some((p) => p.tags.some((t) => t === "ilm:cover"))).toBe(false);
      // The check that follows a write shows the cards, still without React.
      await visible(pane(page).locator('[data-ac="1.1"]'));
      expect(await fullPaneDrawn(page)).toBe(false);

      release();
      await waitFor(() => fullPaneDrawn(page), 30_000);
      // Fluent's Accordion now draws the cards, from the state the first view left: no second template,
      // and no "Reading your document…" (the controller is not started again).
      await visible(pane(page).locator('[data-ac="1.1"] .fui-AccordionHeader'));
      await visible(pane(page).getByText("Inserted the template", { exact: false }));
      expect((await paragraphs(page)).filter((p) => p.tags.includes("ilm:heading:1.1"))).toHaveLength(1);
      expect(await pane(page).getByText("Reading your document…").count()).toBe(0);
    } finally {
      release();
      await page.close();
    }
  }, 120_000);

  test("the sample draft: a card opened in the first view stays open in the full pane, with the keyboard on it", async () => {
    const page = await preview.session.context.newPage();
    const { release } = await openHeld(page, `${preview.server.url}/taskpane.html`);
    try {
      const header = pane(page).locator('[data-ac="1.2"] button').first();
      await header.focus();
      await header.press("Enter");
      // The first view's card opens on its problems and Word's cursor goes to the side-heading.
      await visible(pane(page).locator('[data-ac="1.2"] li'));
      expect(await header.getAttribute("aria-expanded")).toBe("true");
      await waitFor(() => page.evaluate(() => window.ilmPreview!.paragraphs().length > 0));
      // The document's page is drawn whole: its first screen with the pane, the rest once the pane is
      // on screen (the sample is longer than the first screen's share).
      const drawn = () => page.evaluate(() => ({ page: document.querySelectorAll(".fv-page p").length, document: window.ilmPreview!.paragraphs().length }));
      await waitFor(async () => (await drawn()).page === (await drawn()).document);
      expect((await drawn()).document).toBeGreaterThan(FIRST_SCREEN_PARAGRAPHS);

      release();
      await waitFor(() => fullPaneDrawn(page), 30_000);
      const fluentHeader = pane(page).locator('[data-ac="1.2"] .fui-AccordionHeader button');
      await visible(fluentHeader);
      expect(await fluentHeader.getAttribute("aria-expanded")).toBe("true");
      expect(await pane(page).locator('[data-ac="1.1"] .fui-AccordionHeader button').getAttribute("aria-expanded")).toBe("false");
      // The keyboard is on the same card's header, not lost to the page.
      await waitFor(() => page.evaluate(() => !!document.activeElement?.closest('[data-ac="1.2"]')));
    } finally {
      release();
      await page.close();
    }
  }, 120_000);

  test("when the full pane cannot be fetched (offline), the first view says so and keeps working", async () => {
    const page = await preview.session.context.newPage();
    await page.route(FULL_PANE, (route: Route) => route.abort("internetdisconnected"));
    try {
      await page.goto(`${preview.server.url}/taskpane.html?doc=blank`);
      const note = pane(page).getByText("Part of the add-in could not be fetched", { exact: false });
      await visible(note, 30_000);
      expect((await note.innerText()).replace(/\s+/g, " ")).not.toMatch(/ChunkLoadError|\.js|http/);
      await chooseUnit(pane(page).getByRole("combobox", { name: "Your unit" }), /^8580-501 /);
      await pane(page).getByRole("button", { name: "Insert template" }).click();
      await waitFor(async () => (await paragraphs(page)).some((p) => p.tags.includes("ilm:heading:1.1")));
    } finally {
      await page.close();
    }
  }, 120_000);
});

/**
 * The pane's views load on demand: a Fluent spinner while a view's code is on its way, one
 * sentence (not a blank pane or a stack trace) when it cannot be fetched, and nothing the first
 * view does not need fetched before the pane is usable (the bench sizes what is; this says what
 * must not be among it).
 */
import type { Page, Route } from "playwright-core";
import { unavailableReason, usePreviewSession } from "./harness";
import { holdRequests } from "./steps";
import { suiteNeeding } from "../helpers/requirement";

const suite = suiteNeeding("the browser tests", unavailableReason());

const CHECK_VIEW = /\/view-check\.[0-9a-f]+\.js$/;
const SUBMIT_VIEW = /\/view-submit\.[0-9a-f]+\.js$/;
const pane = (page: Page) => page.locator('[aria-label="ILM Assignment Assistant"]');

suite("views loaded on demand", () => {

  const preview = usePreviewSession();

  test("a spinner shows while a view's code is on its way, then the view", async () => {
    const page = await preview.session.context.newPage();
    const { release } = await holdRequests(page, SUBMIT_VIEW);
    try {
      await page.goto(`${preview.server.url}/taskpane.html`);
      // Once the full pane (Fluent's tabs) has taken over from the first view.
      await page.waitForSelector('[aria-label="ILM Assignment Assistant"] .fui-Tab', { timeout: 30_000 });
      await pane(page).getByRole("tab", { name: "Submit" }).click();
      await pane(page).getByText("Loading…", { exact: true }).waitFor({ timeout: 30_000 });
      // Fluent's Spinner, as the pane's other waits.
      expect(await pane(page).getByRole("progressbar").count()).toBeGreaterThan(0);
      release();
      await pane(page).getByText("Loading…", { exact: true }).waitFor({ state: "detached", timeout: 30_000 });
      expect(await pane(page).getByRole("tabpanel").innerText()).not.toBe("");
    } finally {
      release();
      await page.close();
    }
  }, 120_000);

  test("a view whose code cannot be fetched (offline) says so in one sentence, and Try again fetches it once back online", async () => {
    const page = await preview.session.context.newPage();
    let offline = true;
    await page.route(CHECK_VIEW, (route: Route) => (offline ? route.abort("internetdisconnected") : route.fallback()));
    try {
      await page.goto(`${preview.server.url}/taskpane.html`);
      const alert = pane(page).getByRole("alert").filter({ hasText: "could not be loaded" });
      await alert.waitFor({ timeout: 30_000 });
      const text = (await alert.innerText()).replace(/\s+/g, " ");
      expect(text).toContain("Part of the assistant could not be loaded, perhaps because the computer is offline; check the connection and try again.");
      expect(text).not.toMatch(/ChunkLoadError|\.js|http/);
      expect(await pane(page).locator("[data-ac]").count()).toBe(0);
      // Still offline: Try again says so again rather than leaving a blank pane.
      await alert.getByRole("button", { name: "Try again" }).click();
      await alert.waitFor({ timeout: 30_000 });
      offline = false;
      await alert.getByRole("button", { name: "Try again" }).click();
      await page.waitForSelector('[aria-label="ILM Assignment Assistant"] [data-ac]', { timeout: 30_000 });
      expect(await pane(page).getByRole("alert").filter({ hasText: "could not be loaded" }).count()).toBe(0);
    } finally {
      await page.close();
    }
  }, 120_000);

  test.each([
    ["the sample draft", ""],
    ["a blank document", "?doc=blank"],
  ])("%s: nothing the first view does not need is fetched before the pane is usable", async (_name, query) => {
    const page = await preview.session.context.newPage();
    try {
      await page.goto(`${preview.server.url}/taskpane.html${query}`);
      await page.waitForSelector("html[data-pane-ready='true']", { state: "attached", timeout: 30_000 });
      await page.waitForLoadState("networkidle");
      const before = await page.evaluate(() => {
        const ready = performance.getEntriesByName("ilm-pane-ready")[0]!.startTime;
        return performance
          .getEntriesByType("resource")
          .filter((e) => e.startTime <= ready)
          .map((e) => new URL(e.name).pathname.replace(/^\//, ""));
      });
      const named = before.map((f) => f.replace(/\.[0-9a-f]{8}\.js$/, "")).filter((f) => !/^\d+$/.test(f));
      // The first view is drawn without React or Fluent UI (src/taskpane/first-view): the full pane
      // ("pane", "preview-app") and its views come after, and so does Fluent's style sheet.
      for (const later of ["pane", "preview-app", "view-check", "view-start", "help", "about", "diagnostics", "tutor", "tutor-actions", "centre", "references", "harvard-format", "import-export", "docx-template", "office-helpers", "themes", "view-submit", "centre-reader"]) {
        expect(named).not.toContain(later);
      }
      expect(before.filter((f) => /^griffel\./.test(f))).toEqual([]);
      expect(named).toEqual(expect.arrayContaining(["taskpane", "engine", "preview"]));
      // ... and the rest is fetched once the pane is usable, ready before it is opened.
      await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => /\/references\.[0-9a-f]{8}\.js$/.test(e.name)), undefined, { timeout: 30_000 });
    } finally {
      await page.close();
    }
  }, 120_000);

  test.each([
    ["the sample draft", ""],
    ["a blank document", "?doc=blank"],
  ])("%s: the engine is fetched with the entry, and the preview's code as soon as the entry runs", async (_name, query) => {
    const page = await preview.session.context.newPage();
    try {
      await page.goto(`${preview.server.url}/taskpane.html${query}`);
      await page.waitForSelector("html[data-pane-ready='true']", { state: "attached", timeout: 30_000 });
      const timing = await page.evaluate(() => ({
        resources: performance.getEntriesByType("resource").map((e) => ({
          name: new URL(e.name).pathname.replace(/^\//, "").replace(/\.[0-9a-f]{8}\.js$/, ""),
          start: e.startTime,
          end: (e as PerformanceResourceTiming).responseEnd,
        })),
        contentLoaded: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).domContentLoadedEventStart,
      }));
      const of = (name: string) => timing.resources.find((t) => t.name === name);
      const [entry, engine, previewCode] = [of("taskpane"), of("engine"), of("preview")];
      expect(entry && engine && previewCode).toBeTruthy();
      // The page itself asks for the engine (scripts/first-chunks-in-page.js): before the entry has
      // arrived, not once it has run.
      expect(engine!.start).toBeLessThan(entry!.end);
      // The entry asks for the preview's code while it runs (early-fetch.ts), before the page has
      // finished loading its scripts, not once the pane has started.
      expect(previewCode!.start).toBeLessThan(timing.contentLoaded);
    } finally {
      await page.close();
    }
  }, 120_000);
});

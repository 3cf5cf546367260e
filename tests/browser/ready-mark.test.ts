/**
 * The pane's ready mark (data-pane-ready on <html> and the performance mark "ilm-pane-ready",
 * which `npm run bench` times) fires when the first usable view has been painted, not before:
 * the cards for the sample draft, the unit picker for a blank document. The page records, as
 * it loads, when that view entered the DOM, every animation frame, and what the pane showed at
 * the very moment the mark was set.
 */
import type { Page } from "playwright-core";
import { unavailableReason, usePreviewSession } from "./harness";
import { suiteNeeding } from "../helpers/requirement";

const suite = suiteNeeding("the browser tests", unavailableReason());

interface Seen {
  /** When a card, or the unit picker, was first in the DOM (performance.now()). */
  cardsAt: number | null;
  pickerAt: number | null;
  /**
   * When each animation-frame callback ran (performance.now() inside it), from navigation on.
   * Not the callback's timestamp argument: Chromium gives that as the frame's begin time, which
   * under load falls before a task that was still running when the frame began, so a commit made
   * in that task would look as if it came after its own frame.
   */
  frames: number[];
  /** The pane at the moment the mark was set. */
  atMark: { cards: number; picker: boolean; reading: boolean; tabsDisabled: boolean; mark: number | null } | null;
}

declare global {
  interface Window {
    __seen: Seen;
  }
}

/** Runs in the page before any of its scripts. */
function record(): void {
  const seen: Seen = { cardsAt: null, pickerAt: null, frames: [], atMark: null };
  window.__seen = seen;
  const paneState = () => {
    const pane = document.querySelector('[aria-label="ILM Assignment Assistant"]');
    return {
      cards: pane ? pane.querySelectorAll("[data-ac]").length : 0,
      // The unit picker (a native select labelled "Your unit"), with the catalogue's units in it.
      picker: [...(pane?.querySelectorAll("select") ?? [])].some((el) => (el.labels?.[0]?.textContent ?? "").startsWith("Your unit") && el.querySelectorAll("optgroup option").length > 0),
      reading: !!pane && (pane.textContent ?? "").includes("Reading your document"),
      tabsDisabled: !!pane?.querySelector('[role="tab"][aria-disabled="true"], [role="tab"]:disabled'),
    };
  };
  new MutationObserver(() => {
    const s = paneState();
    if (s.cards > 0 && seen.cardsAt === null) seen.cardsAt = performance.now();
    if (s.picker && seen.pickerAt === null) seen.pickerAt = performance.now();
    // The mark is set right after this attribute, in the same task: this is the pane as it was then.
    if (document.documentElement.dataset.paneReady === "true" && seen.atMark === null) {
      seen.atMark = { ...s, mark: null };
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-pane-ready"] });
  const frame = () => {
    seen.frames.push(performance.now());
    if (seen.atMark === null) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function openAndWait(page: Page, url: string): Promise<Seen> {
  await page.addInitScript(record);
  await page.goto(url);
  await page.waitForSelector("html[data-pane-ready='true']", { state: "attached", timeout: 30_000 });
  return page.evaluate(() => {
    const s = window.__seen;
    return { ...s, atMark: s.atMark && { ...s.atMark, mark: performance.getEntriesByName("ilm-pane-ready")[0]?.startTime ?? null } };
  });
}

suite("the pane's ready mark", () => {
  const preview = usePreviewSession();

  test.each<[string, string, "cards" | "picker"]>([
    ["the sample draft's cards", "", "cards"],
    ["a blank document's unit picker", "?doc=blank", "picker"],
  ])("%s: on screen, painted and usable when it fires", async (_name, query, view) => {
    const page = await preview.session.context.newPage();
    try {
      const seen = await openAndWait(page, `${preview.server.url}/taskpane.html${query}`);
      const at = seen.atMark!;
      expect(at).not.toBeNull();
      expect(at.mark).not.toBeNull();
      // The document has been read and the view it chose is in the pane, ready to use.
      expect(at.reading).toBe(false);
      expect(at.tabsDisabled).toBe(false);
      if (view === "cards") expect(at.cards).toBeGreaterThan(0);
      else expect(at.picker).toBe(true);
      // ... and painted: a rendering update (whose frame callbacks run just before its paint) ran
      // after the view entered the DOM and before the mark.
      const entered = (view === "cards" ? seen.cardsAt : seen.pickerAt)!;
      expect(entered).not.toBeNull();
      expect(at.mark!).toBeGreaterThan(entered);
      expect(seen.frames.some((t) => t >= entered && t <= at.mark!)).toBe(true);
    } finally {
      await page.close();
    }
  }, 120_000);
});

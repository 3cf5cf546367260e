/**
 * Helpers for browser tests that drive the preview page: waiting, the pane and document
 * regions, and the accessibility scan. (pane.test.ts keeps its own copies from before this file.)
 */
import type { Locator, Page } from "playwright-core";

/** Waits until the locator shows (its first match); fails the test with Playwright's message if it never does. */
export async function visible(locator: Locator, timeout = 15_000): Promise<void> {
  await locator.first().waitFor({ state: "visible", timeout });
}

/** Waits until the condition holds. */
export async function waitFor(condition: () => Promise<boolean>, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`Condition not met after ${timeout} ms: ${condition}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const pane = (page: Page) => page.getByRole("region", { name: "ILM Assignment Assistant" });
export const documentView = (page: Page) => page.getByRole("article", { name: "Sample document" });

/** The learner's own paragraphs in the preview document: in no add-in control, not empty. */
export async function learnerParagraphs(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window.ilmPreview!.paragraphs()
      .filter((p) => !p.tags.some((t) => t.startsWith("ilm:")) && p.text.trim() !== "")
      .map((p) => p.text),
  );
}

/** Serious and critical axe violations on the page as it stands. */
export async function axeSeriousOrCritical(page: Page) {
  const { default: AxeBuilder } = await import("@axe-core/playwright");
  // Tabster (Fluent's focus manager) puts aria-hidden focus sentinels in TabLists; they pass focus
  // straight on and never hold it, a known false positive of aria-hidden-focus. Nothing else is excluded.
  const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

/**
 * Helpers for the tutor's and the CSP browser tests: the shared steps (steps.ts), the axe scan of
 * the whole page, and the learner's own paragraphs.
 */
import type { Page } from "playwright-core";
import { axeSeriousOrCritical as axeScan } from "./steps";

export { clickAgain, documentView, openPane, pane, visible, waitFor } from "./steps";

/** The learner's own paragraphs in the preview document: in no add-in control, not empty. */
export async function learnerParagraphs(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window.ilmPreview!.paragraphs()
      .filter((p) => !p.tags.some((t) => t.startsWith("ilm:")) && p.text.trim() !== "")
      .map((p) => p.text),
  );
}

/** Serious and critical axe violations on the whole page as it stands (the preview's document too). */
export const axeSeriousOrCritical = (page: Page) => axeScan(page, true);

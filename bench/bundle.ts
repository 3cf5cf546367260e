/**
 * Task-pane weight and start-up: the initial JavaScript that loads before the pane is
 * interactive (gzipped), the reference-formatting chunk loaded on demand, and the time from navigation to an interactive pane in headless
 * Chromium. Uses the browser tests' harness (production build, static server, Chromium with
 * no network), so the bench measures exactly what the tests exercise.
 */
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import { DIST, ensureProductionBuild, launch, serveDist, unavailableReason } from "../tests/browser/harness";

export interface BundleFigures {
  initialScripts: string[];
  initialKbGzip: number;
  allKbGzip: number;
  /** What import("harvard/format/harvard-format") loads: citeproc-js, the formatter and the CSL styles and locales. */
  formatScripts: string[];
  formatKb: number;
  formatKbGzip: number;
}

const gzipKb = (file: string) => gzipSync(readFileSync(path.join(DIST, file))).length / 1024;
const rawKb = (file: string) => readFileSync(path.join(DIST, file)).length / 1024;
const scriptNames = (assets: Array<{ name: string } | string>) =>
  assets.map((a) => (typeof a === "string" ? a : a.name)).filter((name) => name.endsWith(".js"));

export function measureBundle(): BundleFigures {
  ensureProductionBuild();
  // The entry's own files are what loads before the pane is interactive; dynamic import()s are not.
  // (office.js comes from Microsoft's CDN, as Office requires, and is not ours to count.)
  const stats = JSON.parse(readFileSync(path.join(DIST, "stats.json"), "utf8")) as {
    entrypoints: Record<string, { assets: Array<{ name: string } | string> }>;
    namedChunkGroups?: Record<string, { assets: Array<{ name: string } | string> }>;
  };
  const initial = scriptNames(stats.entrypoints.taskpane.assets);
  const all = readdirSync(DIST).filter((f) => f.endsWith(".js"));
  // The chunk group of the pane's import(/* webpackChunkName: "harvard-format" */ …): every file it loads.
  const format = scriptNames(stats.namedChunkGroups?.["harvard-format"]?.assets ?? []);
  return {
    initialScripts: initial,
    initialKbGzip: initial.reduce((sum, f) => sum + gzipKb(f), 0),
    allKbGzip: all.reduce((sum, f) => sum + gzipKb(f), 0),
    formatScripts: format,
    formatKb: format.reduce((sum, f) => sum + rawKb(f), 0),
    formatKbGzip: format.reduce((sum, f) => sum + gzipKb(f), 0),
  };
}

/** Milliseconds from navigation start to the pane marking itself ready (see App.tsx), median of `runs`. */
export async function measureTimeToInteractive(runs = 5): Promise<number | null> {
  if (unavailableReason()) return null;
  ensureProductionBuild();
  const server = await serveDist();
  const session = await launch();
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await session.context.newPage();
      await page.goto(`${server.url}/taskpane.html`);
      await page.waitForSelector("html[data-pane-ready='true']", { timeout: 15000, state: "attached" });
      times.push(await page.evaluate(() => performance.getEntriesByName("ilm-pane-ready")[0]?.startTime ?? performance.now()));
      await page.close();
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  } finally {
    await session.close();
    await server.close();
  }
}

/**
 * Task-pane weight and start-up: the initial JavaScript that loads before the pane is
 * interactive (gzipped), and the time from navigation to an interactive pane in headless
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
}

const gzipKb = (file: string) => gzipSync(readFileSync(path.join(DIST, file))).length / 1024;

export function measureBundle(): BundleFigures {
  ensureProductionBuild();
  // The entry's own files are what loads before the pane is interactive; dynamic import()s are not.
  // (office.js comes from Microsoft's CDN, as Office requires, and is not ours to count.)
  const stats = JSON.parse(readFileSync(path.join(DIST, "stats.json"), "utf8")) as {
    entrypoints: Record<string, { assets: Array<{ name: string } | string> }>;
  };
  const initial = stats.entrypoints.taskpane.assets
    .map((a) => (typeof a === "string" ? a : a.name))
    .filter((name) => name.endsWith(".js"));
  const all = readdirSync(DIST).filter((f) => f.endsWith(".js"));
  return {
    initialScripts: initial,
    initialKbGzip: initial.reduce((sum, f) => sum + gzipKb(f), 0),
    allKbGzip: all.reduce((sum, f) => sum + gzipKb(f), 0),
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

/**
 * Task-pane start-up as the user meets it: everything the pane fetches until it is usable, and
 * the time from navigation until it is usable, for the preview's sample draft and for a blank
 * document (?doc=blank). Each run opens the pane in a new browser context, so nothing is cached
 * (Playwright's request routing, which keeps the page offline, also turns the HTTP cache off).
 *
 * "Usable" is the pane's ready mark (src/taskpane/components/ReadyMark.tsx): set once the first
 * view (the unit picker, or the cards for a draft) has been painted. What was fetched until
 * then is every request the page started before the mark: the page itself, its scripts and
 * whatever else they asked for, not only the entry's own files. Sizes are gzipped, as a web
 * server sends them; office.js comes from Microsoft's CDN, as Office requires, and is not ours
 * to count (the preview gets an empty stand-in).
 *
 * Uses the browser tests' harness (production build, static server, Chromium with no network).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import { CHROMIUM, CHROMIUM_ARGS, DIST, ensureProductionBuild, serveDist, unavailableReason } from "../tests/browser/harness";

/** Every host name but this machine's resolves to nothing. */
const OFFLINE = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost";

export interface Fetched {
  /** Paths under dist/, in the order they were requested. */
  files: string[];
  /** Requests for what is not ours (office.js) or not there (the browser's favicon.ico). */
  notCounted: string[];
  kbGzip: number;
  scripts: number;
  scriptKbGzip: number;
}

export interface PaneStart {
  document: string;
  /** Milliseconds from navigation to usable, one per run. */
  times: number[];
  /** What was fetched until usable, in the run that fetched the most. */
  fetched: Fetched;
}

export const DOCUMENTS = [
  { name: "sample draft", query: "" },
  { name: "blank document", query: "?doc=blank" },
] as const;

const gzipKb = (file: string) => gzipSync(readFileSync(file)).length / 1024;

/** Every script in dist/, gzipped: the whole pane, loaded or not. */
export function allScriptsKbGzip(): number {
  ensureProductionBuild();
  return readdirSync(DIST)
    .filter((f) => f.endsWith(".js"))
    .reduce((sum, f) => sum + gzipKb(path.join(DIST, f)), 0);
}

/** What import("harvard/format/harvard-format") loads on demand: citeproc-js, the formatter and the CSL styles and locales. */
export interface FormatChunk {
  scripts: string[];
  kb: number;
  kbGzip: number;
}

/** The files of a named chunk group (a dynamic import's webpackChunkName, or an entry), from the webpack stats the production build writes; null when the build has no such group. */
function chunkGroupFiles(name: string): string[] | null {
  ensureProductionBuild();
  const stats = JSON.parse(readFileSync(path.join(DIST, "stats.json"), "utf8")) as {
    namedChunkGroups?: Record<string, { assets: Array<{ name: string } | string> }>;
  };
  const group = stats.namedChunkGroups?.[name];
  return group ? group.assets.map((a) => (typeof a === "string" ? a : a.name)) : null;
}

/** The reference-formatting chunk group, from the webpack stats the production build writes; null when not found. */
export function formatChunk(): FormatChunk | null {
  const scripts = (chunkGroupFiles("harvard-format") ?? []).filter((name) => name.endsWith(".js"));
  if (scripts.length === 0) return null;
  const files = scripts.map((f) => path.join(DIST, f));
  return {
    scripts,
    kb: files.reduce((sum, f) => sum + readFileSync(f).length / 1024, 0),
    kbGzip: files.reduce((sum, f) => sum + gzipKb(f), 0),
  };
}

/**
 * What Word's pane fetches before its first view, from the build's chunk graph (not measured: no
 * Word here): the page, the entry with its style sheet (the first view is drawn by the entry, for a
 * blank document and a draft alike), Office's helpers and the engine, each file once. The preview
 * fetches its own code and the in-browser Word instead of Office's helpers.
 */
export function wordStartKbGzip(): number | null {
  const groups = ["taskpane", "office-helpers", "engine"].map(chunkGroupFiles);
  if (groups.some((g) => g === null)) return null;
  const files = new Set(groups.flatMap((g) => g!));
  files.add("taskpane.html");
  return [...files].filter((f) => !f.endsWith(".map")).reduce((sum, f) => sum + gzipKb(path.join(DIST, f)), 0);
}

/** The full pane (React, Fluent UI, its style sheet), which takes over from the first view: not on the start path. */
export function fullPaneKbGzip(): number | null {
  const files = chunkGroupFiles("pane");
  return files ? files.filter((f) => !f.endsWith(".map")).reduce((sum, f) => sum + gzipKb(path.join(DIST, f)), 0) : null;
}

const emptyFetched = (): Fetched => ({ files: [], notCounted: [], kbGzip: 0, scripts: 0, scriptKbGzip: 0 });

function sizeFetched(urls: string[], origin: string): Fetched {
  const fetched = emptyFetched();
  for (const url of urls) {
    const u = new URL(url);
    const rel = decodeURIComponent(u.pathname).replace(/^\/+/, "") || "taskpane.html";
    const file = path.join(DIST, rel);
    if (u.origin !== origin || !existsSync(file) || !statSync(file).isFile()) {
      fetched.notCounted.push(u.origin === origin ? rel : url);
      continue;
    }
    fetched.files.push(rel);
    const kb = gzipKb(file);
    fetched.kbGzip += kb;
    if (rel.endsWith(".js")) {
      fetched.scripts++;
      fetched.scriptKbGzip += kb;
    }
  }
  return fetched;
}

/** Opens the pane `runs` times per document, each from a fresh page with a cold cache; null without Chromium. */
export async function measurePaneStart(runs = 5): Promise<PaneStart[] | null> {
  if (unavailableReason()) return null;
  ensureProductionBuild();
  const server = await serveDist();
  const { chromium } = await import("playwright-core");
  // Offline as the tests are, but without routing each request through Playwright (the tests'
  // keepOffline), which adds a round trip to Node to every request a learner's pane never makes:
  // any address but this machine's fails at name resolution, office.js from Microsoft's CDN too.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, OFFLINE] });
  try {
    const out: PaneStart[] = [];
    for (const doc of DOCUMENTS) {
      const result: PaneStart = { document: doc.name, times: [], fetched: emptyFetched() };
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-GB" });
        try {
          const page = await context.newPage();
          await page.goto(`${server.url}/taskpane.html${doc.query}`);
          await page.waitForSelector("html[data-pane-ready='true']", { timeout: 30000, state: "attached" });
          // A resource is listed once it has arrived: wait for the network to settle, so a request
          // started before the mark but still arriving is counted too (by its start time).
          await page.waitForLoadState("networkidle");
          const seen = await page.evaluate(() => {
            const ready = performance.getEntriesByName("ilm-pane-ready")[0]!.startTime;
            const requested = performance
              .getEntriesByType("resource")
              .filter((e) => e.startTime <= ready)
              .map((e) => e.name);
            return { ready, urls: [location.href, ...requested] };
          });
          result.times.push(seen.ready);
          const fetched = sizeFetched(seen.urls, server.url);
          if (fetched.kbGzip >= result.fetched.kbGzip) result.fetched = fetched;
        } finally {
          await context.close();
        }
      }
      out.push(result);
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Task-pane weight and start-up: the initial JavaScript that loads before the pane is
 * interactive (gzipped), and the time from navigation to an interactive pane in headless
 * Chromium. Needs `npm run build` first (the bench runs it when dist/ is missing).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import * as path from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const CHROMIUM = "/usr/bin/chromium";

export interface BundleFigures {
  initialScripts: string[];
  initialKbGzip: number;
  allKbGzip: number;
}

/** Scripts the task-pane HTML loads itself, i.e. before any dynamic import(). */
export function measureBundle(): BundleFigures {
  if (!existsSync(path.join(DIST, "taskpane.html"))) {
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: ROOT, stdio: "ignore" });
  }
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const initial = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src)); // office.js comes from Microsoft's CDN, as Office requires
  const gz = (file: string) => gzipSync(readFileSync(file)).length;
  const initialBytes = initial.reduce((sum, src) => sum + gz(path.join(DIST, src.replace(/^\//, ""))), 0);
  const { readdirSync } = require("node:fs") as typeof import("node:fs");
  const allJs = readdirSync(DIST).filter((f) => f.endsWith(".js"));
  const allBytes = allJs.reduce((sum, f) => sum + gz(path.join(DIST, f)), 0);
  return { initialScripts: initial, initialKbGzip: initialBytes / 1024, allKbGzip: allBytes / 1024 };
}

function serveDist(): Promise<{ server: Server; url: string }> {
  const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".png": "image/png", ".json": "application/json", ".xml": "text/xml" };
  const server = createServer((req, res) => {
    const file = path.join(DIST, decodeURIComponent((req.url ?? "/").split("?")[0]));
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    const addr = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}` });
  }));
}

/** Milliseconds from navigation start to the pane marking itself ready, median of `runs`. */
export async function measureTimeToInteractive(runs = 5): Promise<number | null> {
  if (!existsSync(CHROMIUM)) return null;
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const { server, url } = await serveDist();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      // No network here, and the preview must not wait for Microsoft's CDN.
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      await page.goto(`${url}/taskpane.html`);
      await page.waitForSelector("[data-pane-ready='true']", { timeout: 15000 });
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  } finally {
    await browser.close();
    server.close();
  }
}

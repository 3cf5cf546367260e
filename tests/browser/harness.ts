/**
 * Shared set-up for the browser tests: a static server over dist/ (the production build), and
 * Debian's Chromium driven by playwright-core with no network beyond localhost.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, type Dirent } from "fs";
import { execFileSync } from "child_process";
import { createServer, type Server } from "http";
import { tmpdir } from "os";
import { extname, join, normalize, resolve } from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";

export const ROOT = resolve(__dirname, "../..");
export const DIST = join(ROOT, "dist");
export const CHROMIUM = process.env.ILM_CHROMIUM ?? "/usr/bin/chromium";
export const ARTIFACTS = join(ROOT, "test-artifacts");

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Why the browser tests cannot run here, or null when they can. */
export function unavailableReason(): string | null {
  if (!existsSync(CHROMIUM)) return `Chromium not found at ${CHROMIUM} (install it with: apt-get update && apt-get install -y chromium)`;
  return null;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  // The pane's compiled styles (scripts/ahead-of-time-styles.js): a browser ignores a style sheet sent as anything else.
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves dist/ (or another build's folder) on a free localhost port. */
export function serveDist(root: string = DIST): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(root, path === "/" ? "taskpane.html" : path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("Not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => {
    server.listen(0, "127.0.0.1", () => {
      const addr = server.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      ok({ url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}

export interface Session {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium's switches for the tests and the bench: headless, no GPU, nothing in the background. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * The preview runs with no network: office.js from Microsoft's CDN is answered with an empty
 * script (so the page sees no Office global), and anything else off localhost is refused.
 */
export async function keepOffline(context: BrowserContext): Promise<void> {
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: "" });
    if (/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) return route.continue();
    return route.abort();
  });
}

export async function launch(): Promise<Session> {
  const { chromium } = await import("playwright-core");
  const userDataDir = mkdtempSync(join(tmpdir(), "ilm-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    locale: "en-GB",
  });
  await keepOffline(context);
  return {
    browser: context.browser()!,
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Newest modification time under a folder (recursively). */
function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true }) as Dirent[]) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * Makes sure dist/ holds a standard production build of the current sources: builds it when it is
 * missing, older than src/, or a centre's build (npm test has no separate build step).
 */
export function ensureProductionBuild(): void {
  const html = join(DIST, "taskpane.html");
  // A centre's build (dist/centre-build.json) is not the standard add-in these tests expect.
  const centreBuild = existsSync(join(DIST, "centre-build.json"));
  // The pages' Content Security Policy is written by scripts/content-security-policy.js, their styles by ahead-of-time-styles.js.
  const inputs = [join(ROOT, "webpack.config.js"), join(ROOT, "scripts", "content-security-policy.js"), join(ROOT, "scripts", "ahead-of-time-styles.js")].map((f) => statSync(f).mtimeMs);
  if (!centreBuild && existsSync(html) && statSync(html).mtimeMs >= Math.max(newest(join(ROOT, "src")), ...inputs)) return;
  execFileSync(process.execPath, [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: ROOT,
    stdio: "pipe",
    env: { ...process.env, NODE_ENV: "production" },
  });
}

/** The production build served and Chromium launched, for a suite of preview tests. */
export interface PreviewSession {
  readonly server: StaticServer;
  readonly session: Session;
}

/**
 * The set-up every preview suite shares, registered in the calling `describe`: the production
 * build made sure of, served, and Chromium launched once before the suite (within `timeout`, as
 * a first build is slow), both closed after it. Read `server` and `session` inside the tests.
 */
export function usePreviewSession(timeout = 600_000): PreviewSession {
  const preview: { server?: StaticServer; session?: Session } = {};
  beforeAll(async () => {
    ensureProductionBuild();
    preview.server = await serveDist();
    preview.session = await launch();
  }, timeout);
  afterAll(async () => {
    await preview.session?.close();
    await preview.server?.close();
  });
  return {
    get server() {
      return preview.server!;
    },
    get session() {
      return preview.session!;
    },
  };
}

/**
 * A fresh page of the preview's browser for each test (handed to `use`, closed after it); returns
 * the list its uncaught errors are collected in, for the tests to check.
 */
export function previewPageEachTest(preview: PreviewSession, use: (page: Page) => void): string[] {
  const pageErrors: string[] = [];
  let page: Page | undefined;
  beforeEach(async () => {
    page = await preview.session.context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    use(page);
  });
  afterEach(async () => {
    await page?.close();
  });
  return pageErrors;
}

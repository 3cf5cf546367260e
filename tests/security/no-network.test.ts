/**
 * "Nothing leaves the machine", checked on what is shipped: the production build's JavaScript
 * (every dist/*.js, the pane's chunks and the libraries in them) holds no network call except the
 * ones listed below, each tied to the exact module it comes from and why it never runs or never
 * leaves the add-in's origin. The pages load scripts only from the add-in's origin and Office.js's.
 * The Content Security Policy (tests/security/content-security-policy.test.ts) refuses at run time
 * whatever this misses.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { DIST, ensureProductionBuild, OFFICE_JS, ROOT } from "../browser/harness";
import { findNetworkUse, scanBuiltFile, type Finding } from "./bundle-scan";

interface Allowed {
  /** The module, as the build's source map names it; null for text bundled without a map (the CSL files). */
  source: string | null;
  /** Exactly what may be found there: anything more, or less, fails. */
  found: string[];
  why: string;
}

const ALLOWED: Allowed[] = [
  {
    source: "webpack/runtime/load script",
    found: ["assign:src", "element:script"],
    why: "webpack's chunk loader: a <script src> for the pane's own lazy chunks, named relative to the page (output.publicPath is \"\"; checked below)",
  },
  {
    source: "webpack/runtime/css loading",
    found: ["element:link"],
    why: "mini-css-extract-plugin's loader for the full pane's style sheet (Fluent UI's compiled styles, fetched with React once the first view is on screen): a <link rel=\"stylesheet\"> to the pane's own CSS file, named relative to the page, which the Content Security Policy limits to 'self'",
  },
  {
    source: "node_modules/react-dom/cjs/react-dom.production.min.js",
    found: ["assign:src"],
    why: "React sets the src of an <img> the pane renders; no src in the pane names another origin (the property:src and markup checks would find it)",
  },
  {
    source: "node_modules/citeproc/citeproc_commonjs.js",
    found: ["global:XMLHttpRequest"],
    why: "citeproc's XML fallback for a browser without DOMParser (every browser that runs the pane has it), and it reads a data: URL, not the network",
  },
  {
    source: "node_modules/@citation-js/core/lib-mjs/util/fetchFile.js",
    found: ["global:fetch"],
    why: "citation-js fetches an input that is a URL or DOI (with the browser's fetch: its sync-fetch and fetch-ponyfill are not shipped, src/harvard/library/no-network.web.ts); the pane gives it only a file's text with its type forced (@ris/file, @biblatex/text) or parsed CSL-JSON objects (src/harvard/library/import.ts)",
  },
  {
    source: "node_modules/@microsoft/office-js-helpers/dist/office.helpers.js",
    found: ["global:XMLHttpRequest"],
    why: "the library's OAuth Authenticator (a token request); the pane uses only its Storage (src/office/storage.ts)",
  },
  {
    source: null,
    found: ["csl:link"],
    why: "the Cite Them Right CSL styles, bundled as text: their <link href> is the style's metadata, which citeproc reads and nothing renders",
  },
];

/** Library entry points that go to the network: src must never call them. */
const NETWORK_ENTRY_POINTS = /\b(?:fetchFile|fetchFileAsync|fetchId|Authenticator|setUserAgent)\b/;

function sortedUnique(xs: string[]): string[] {
  return [...new Set(xs)].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe("the scanner", () => {
  const kinds = (code: string) => findNetworkUse(code).map((f) => f.kind);

  it.each([
    ['fetch("https://example.com")', "global:fetch"],
    ["const f = fetch; f(url)", "global:fetch"],
    ["new XMLHttpRequest()", "global:XMLHttpRequest"],
    ['new WebSocket("wss://example.com")', "global:WebSocket"],
    ['new EventSource("/events")', "global:EventSource"],
    ['navigator.sendBeacon("https://example.com", data)', "member:sendBeacon"],
    ['window["fetch"]("https://example.com")', "member:fetch"],
    ['importScripts("https://example.com/x.js")', "global:importScripts"],
    ['new Image().src = "https://example.com/pixel.gif"', "global:Image"],
    ['document.createElement("script")', "element:script"],
    ['document.createElement("IMG")', "element:img"],
    ['el.setAttribute("src", u)', "assign:src"],
    ['jsx("img", { src: "https://example.com/logo.png" })', "property:src"],
    ['jsx("img", { src: "//example.com/logo.png" })', "property:src"],
    ["host.innerHTML = '<img alt=\"\" src=\"https://example.com/t.gif\">'", "markup:img"],
    ["const s = `<script src=//example.com/x.js></script>`", "markup:script"],
    ['style.textContent = "body { background: url(https://example.com/x.png) }"', "css:url"],
  ])("finds %s", (code, kind) => {
    expect(kinds(code)).toContain(kind);
  });

  it.each([
    ["engine.refetchItem(id)"],
    ["function fetch(x) { return x } fetch(1)"],
    ['jsx("img", { src: "assets/icon-32.png" })'],
    ['jsx("a", { href: "https://example.com" })'],
    ['const doc = "<p>See https://example.com</p>"'],
  ])("finds nothing in %s", (code) => {
    expect(kinds(code)).toEqual([]);
  });
});

describe("the production bundle", () => {
  let files: string[] = [];
  let findings: Finding[] = [];

  beforeAll(() => {
    ensureProductionBuild();
    files = readdirSync(DIST).filter((f) => f.endsWith(".js")).map((f) => join(DIST, f));
    findings = files.flatMap((f) => scanBuiltFile(f));
  }, 900_000);

  it("is every script the build emits, the pane's and the commands page's among them", () => {
    const names = files.map((f) => f.slice(DIST.length + 1));
    expect(names.some((n) => /^taskpane\.[0-9a-f]+\.js$/.test(n))).toBe(true);
    expect(names.some((n) => /^commands\.[0-9a-f]+\.js$/.test(n))).toBe(true);
    expect(names.length).toBeGreaterThan(10);
  });

  it("makes no network call beyond the ones listed, each in exactly the module named", () => {
    const bySource = new Map<string | null, Finding[]>();
    for (const f of findings) bySource.set(f.source, [...(bySource.get(f.source) ?? []), f]);
    const unexpected: string[] = [];
    for (const [source, found] of bySource) {
      const kinds = sortedUnique(found.map((f) => f.kind));
      const allowed = ALLOWED.find((a) => a.source === source);
      if (!allowed || JSON.stringify(sortedUnique(allowed.found)) !== JSON.stringify(kinds)) {
        const where = found.map((f) => `${f.file.slice(DIST.length + 1)}:${f.line}:${f.column}`).slice(0, 3).join(", ");
        unexpected.push(`${source ?? "(no source map)"}: ${kinds.join(", ")} at ${where}`);
      }
    }
    expect(unexpected).toEqual([]);
  });

  it("lists nothing the bundle no longer holds, so the list stays the truth", () => {
    const stale = ALLOWED.filter((a) => !a.found.every((k) => findings.some((f) => f.source === a.source && f.kind === k)));
    expect(stale.map((a) => `${a.source}: ${a.found.join(", ")}`)).toEqual([]);
  });

  it("loads its chunks from its own origin: webpack's script loader, given a relative public path", () => {
    const stats = JSON.parse(readFileSync(join(DIST, "stats.json"), "utf8")) as { publicPath: string };
    expect(stats.publicPath).toBe("");
    // The script elements webpack makes are its loader's, in the pane's entry script only.
    const loaders = findings.filter((f) => f.kind === "element:script");
    expect(loaders.length).toBeGreaterThan(0);
    for (const f of loaders) {
      expect(f.source).toBe("webpack/runtime/load script");
      expect(f.file).toMatch(/[/\\]taskpane\.[0-9a-f]+\.js$/);
    }
  });

  it("has pages that load scripts only from the add-in's origin and Office.js, and no inline script", () => {
    const pages = readdirSync(DIST).filter((f) => f.endsWith(".html"));
    expect(pages).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "help.html"]));
    const problems: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(DIST, page), "utf8");
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        const src = /\bsrc=["']?([^"'\s>]+)/i.exec(m[1])?.[1];
        if (!src) problems.push(`${page}: an inline script`);
        else if (src !== OFFICE_JS && /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(src)) problems.push(`${page}: a script from ${src}`);
      }
      for (const m of html.matchAll(/<(img|iframe|link|audio|video|source|embed|object)\s(?:[^>]*\s)?(?:src|href|data)=["']?((?:[a-z][a-z0-9+.-]*:)?\/\/[^"'\s>]+)/gi)) {
        problems.push(`${page}: <${m[1]}> from ${m[2]}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("comes from sources that never call the libraries' network entry points", () => {
    const calls = sourceFiles(join(ROOT, "src")).filter((f) => NETWORK_ENTRY_POINTS.test(readFileSync(f, "utf8")));
    expect(calls).toEqual([]);
  });
});

describe("ilm-check", () => {
  // Built from the current sources by Jest's global set-up (tests/global-setup.js).
  const bundle = readFileSync(join(ROOT, "build", "cli", "ilm-check.js"), "utf8");

  it("loads Node's modules for files, paths, inflating and worker threads only: none that opens a connection", () => {
    const modules = sortedUnique([...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1].replace(/^node:/, "")));
    expect(modules.length).toBeGreaterThan(0);
    expect(modules.filter((m) => !["fs", "module", "os", "path", "worker_threads", "url", "util", "zlib"].includes(m))).toEqual([]);
  });

  it("holds no browser network call either", () => {
    expect(findNetworkUse(bundle).filter((f) => /^(?:global|member):/.test(f.kind))).toEqual([]);
  });
});

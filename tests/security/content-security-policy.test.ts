/**
 * Every page of the production build carries the Content Security Policy as its first element
 * after <meta charset> (before any script or style, so it governs them all), and the policy is no
 * weaker than promised. The browser tests load the pane under it (tests/browser/content-security-policy.test.ts).
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { DIST, ensureProductionBuild } from "../browser/harness";
import { OFFICE_JS_ORIGIN, parsePolicy, weaknesses } from "./csp-check";

const csp = require("../../scripts/content-security-policy.js") as {
  OFFICE_JS_ORIGIN: string;
  contentSecurityPolicy(options: { production: boolean; port?: number }): string;
};

const PRODUCTION = csp.contentSecurityPolicy({ production: true });

describe("the weakness check", () => {
  it("passes the add-in's production policy", () => {
    expect(weaknesses(parsePolicy(PRODUCTION))).toEqual([]);
  });

  it.each([
    ["inline script", (p: string) => p.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"), "script-src allows 'unsafe-inline'"],
    ["eval", (p: string) => p.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"), "script-src allows 'unsafe-eval'"],
    ["scripts from anywhere", (p: string) => p.replace("script-src 'self'", "script-src * 'self'"), "script-src allows *"],
    ["scripts from another CDN", (p: string) => p.replace("script-src 'self'", "script-src 'self' https://cdn.example.com"), "script-src allows https://cdn.example.com"],
    ["connections anywhere", (p: string) => p.replace("connect-src 'self'", "connect-src 'self' https:"), "connect-src allows https:"],
    ["no connect-src", (p: string) => p.replace(/connect-src [^;]*;\s*/, ""), "no connect-src"],
    ["no default-src", (p: string) => p.replace(/default-src [^;]*;\s*/, ""), "no default-src: whatever is not named may load from anywhere"],
    ["images from anywhere", (p: string) => p.replace("img-src 'self'", "img-src 'self' https://tracker.example.com"), "img-src allows https://tracker.example.com"],
    ["a frame from elsewhere", (p: string) => `${p}; frame-src https://example.com`, "frame-src allows https://example.com"],
    ["forms posting anywhere", (p: string) => p.replace("form-action 'none'", "form-action *"), "form-action allows *"],
  ])("finds %s", (_name, weaken, expected) => {
    expect(weaknesses(parsePolicy(weaken(PRODUCTION)))).toContain(expected);
  });

  it("allows in development only the dev server's eval source maps and live-reload socket", () => {
    const dev = parsePolicy(csp.contentSecurityPolicy({ production: false, port: 3000 }));
    const prod = parsePolicy(PRODUCTION);
    const added = [...dev].flatMap(([name, sources]) => sources.filter((s) => !(prod.get(name) ?? []).includes(s)).map((s) => `${name} ${s}`));
    expect(added.sort()).toEqual(["connect-src ws://localhost:3000", "connect-src wss://localhost:3000", "script-src 'unsafe-eval'"]);
    expect([...dev.keys()]).toEqual([...prod.keys()]);
  });

  it("names Office.js's origin as the harness serves it", () => {
    expect(csp.OFFICE_JS_ORIGIN).toBe(OFFICE_JS_ORIGIN);
  });
});

describe("the built pages", () => {
  let pages: Array<{ name: string; html: string }> = [];

  beforeAll(() => {
    ensureProductionBuild();
    pages = readdirSync(DIST)
      .filter((f) => f.endsWith(".html"))
      .map((name) => ({ name, html: readFileSync(join(DIST, name), "utf8") }));
  }, 900_000);

  it("are the pane, the commands page and the help page (and any other the build makes)", () => {
    expect(pages.map((p) => p.name)).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "help.html"]));
  });

  it("each put the policy first in <head>, right after <meta charset>", () => {
    for (const { name, html } of pages) {
      const head = /<head>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? "";
      const tags = [...head.matchAll(/<(meta|script|style|link|base|title)\b[^>]*>/gi)].map((m) => m[0]);
      expect({ name, first: tags[0] }).toEqual({ name, first: expect.stringMatching(/^<meta charset=["']?utf-8/i) });
      expect({ name, second: tags[1] }).toEqual({ name, second: expect.stringMatching(/^<meta http-equiv=["']?Content-Security-Policy/i) });
      expect(html.match(/http-equiv=["']?Content-Security-Policy/gi)).toHaveLength(1);
    }
  });

  it("each have a policy no weaker than promised, the production one", () => {
    for (const { name, html } of pages) {
      const content = /<meta http-equiv=["']?Content-Security-Policy["']? content="([^"]*)"/i.exec(html)?.[1] ?? "";
      expect({ name, weaknesses: weaknesses(parsePolicy(content)) }).toEqual({ name, weaknesses: [] });
      expect({ name, policy: content }).toEqual({ name, policy: PRODUCTION });
    }
  });
});

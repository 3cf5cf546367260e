/**
 * The task pane's page fetches the engine with its entry (scripts/first-chunks-in-page.js), as
 * deferred scripts after the entry's own (so the entry runs as soon as it arrives), and the
 * pane's start does not wait a round of fetching for it; the host-specific chunks (the preview's, Office's helpers) stay on demand, and the other
 * pages get nothing of it.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { DIST, ensureProductionBuild } from "../browser/harness";

interface Stats {
  namedChunkGroups: Record<string, { assets: Array<{ name: string } | string> }>;
}

/** The scripts a page loads, in order, with their attributes as written. */
function scriptsOf(html: string): Array<{ src: string; tag: string }> {
  return [...html.matchAll(/<script\b[^>]*>/g)].map((m) => ({ tag: m[0], src: /\bsrc=["']?([^"' >]+)/.exec(m[0])?.[1] ?? "" }));
}

describe("the task pane's page", () => {
  let stats: Stats;
  const page = (name: string) => readFileSync(join(DIST, name), "utf8");
  const groupScripts = (name: string) => {
    const group = stats.namedChunkGroups[name];
    if (!group) throw new Error(`the build has no chunk group ${name}`);
    return group.assets.map((a) => (typeof a === "string" ? a : a.name)).filter((f) => f.endsWith(".js"));
  };

  beforeAll(() => {
    ensureProductionBuild();
    stats = JSON.parse(readFileSync(join(DIST, "stats.json"), "utf8")) as Stats;
  });

  it("loads every script of the engine, deferred and after the entry", () => {
    const scripts = scriptsOf(page("taskpane.html"));
    const entry = scripts.findIndex((s) => /^taskpane\.[0-9a-f]{8}\.js$/.test(s.src));
    expect(entry).toBeGreaterThanOrEqual(0);
    const engine = groupScripts("engine");
    expect(engine.length).toBeGreaterThan(0);
    for (const file of engine) {
      const at = scripts.findIndex((s) => s.src === file);
      expect({ file, after: at > entry }).toEqual({ file, after: true });
      expect(scripts[at]!.tag).toMatch(/\bdefer\b/);
    }
  });

  it("leaves the chunks of one host only on demand", () => {
    const sources = scriptsOf(page("taskpane.html")).map((s) => s.src);
    const engine = new Set(groupScripts("engine"));
    for (const group of ["preview", "office-helpers"]) {
      const own = groupScripts(group).filter((f) => !engine.has(f));
      expect(own.length).toBeGreaterThan(0);
      expect(sources.filter((s) => own.includes(s))).toEqual([]);
    }
  });

  it("puts nothing of the engine in the other pages", () => {
    const engine = groupScripts("engine");
    for (const name of ["commands.html", "help.html"]) {
      expect(scriptsOf(page(name)).filter((s) => engine.includes(s.src))).toEqual([]);
    }
  });
});

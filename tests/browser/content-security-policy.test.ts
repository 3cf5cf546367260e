/**
 * The pane works under its Content Security Policy: the production pages are loaded as Office
 * would load them (with the policy in their <meta>), every view is opened (the lazy chunks, the
 * reference formatter, the import, Tutor and Centre modes), and the browser reports no violation.
 * A deliberate fetch to another origin shows the listener hears violations, so silence means none.
 */
import type { Page } from "playwright-core";
import { unavailableReason, usePreviewSession } from "./harness";
import { suiteNeeding } from "../helpers/requirement";
import { card, gone, pane, visible, openPane } from "./steps";

const suite = suiteNeeding("the browser tests", unavailableReason());

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Records every violation the page reports, from before its first script runs. */
async function listen(page: Page, consoleErrors: string[]): Promise<void> {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.cspViolations!.push(`${e.violatedDirective} refused ${e.blockedURI || "(inline)"} in ${e.sourceFile || "the page"}`);
    });
  });
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) consoleErrors.push(m.text());
  });
}

const violations = (page: Page) => page.evaluate(() => window.cspViolations ?? []);

suite("the pages under their Content Security Policy", () => {
  let page: Page;
  let consoleErrors: string[];
  const pageErrors: string[] = [];

  const preview = usePreviewSession(900_000);

  beforeEach(async () => {
    consoleErrors = [];
    page = await preview.session.context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await listen(page, consoleErrors);
  });

  afterEach(async () => {
    await page.close();
    expect(pageErrors).toEqual([]);
  });

  it("opens every part of the pane without a violation", async () => {
    await openPane(page, `${preview.server.url}/taskpane.html`);
    // The policy is in force: the browser reports it on the page.
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    await visible(card(page, "1.1"), 30_000);
    const p = pane(page);
    // Fluent's styles come compiled in a same-origin style sheet (scripts/ahead-of-time-styles.js),
    // beside the first view's small one (src/taskpane/first-view/first-view.css), and it is in
    // force: the primary button has Fluent's brand background, not the browser's grey.
    const sheets = await page.evaluate(() =>
      [...document.styleSheets].filter((s) => s.href !== null).map((s) => ({ sameOrigin: new URL(s.href!).origin === location.origin, rules: s.cssRules.length > 100 })),
    );
    expect(sheets.map((s) => s.sameOrigin)).toEqual([true, true]);
    expect(sheets.filter((s) => s.rules)).toHaveLength(1);
    const checkAgain = p.getByRole("button", { name: "Check again" });
    expect(await checkAgain.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      await page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).getPropertyValue("--colorBrandBackground").trim().replace(/^#(..)(..)(..)$/, (_, r, g, b) => `rgb(${parseInt(r, 16)}, ${parseInt(g, 16)}, ${parseInt(b, 16)})`)),
    );
    await card(page, "1.2").getByRole("button").first().click();
    await visible(card(page, "1.2").getByText("To fix"));

    await p.getByRole("tab", { name: "Unit" }).click();
    await visible(p.getByRole("combobox", { name: "Your unit" }));
    await p.getByRole("tab", { name: "Submit" }).click();
    await p.getByRole("button", { name: "Run every check" }).click();
    await visible(p.getByRole("list", { name: "Submission checks" }));

    // The References tab loads the formatter (citeproc) and, for pasted references, the importer.
    await p.getByRole("tab", { name: "References" }).click();
    await visible(p.getByRole("button", { name: "Add a source" }), 30_000);
    await p.getByRole("button", { name: "Import" }).click();
    await p.getByRole("textbox", { name: /Or paste references/ }).fill("Rogers, J. (2016) Coaching skills: the definitive guide to being a coach. 4th edn. Maidenhead: Open University Press.");
    await p.getByRole("button", { name: "Read pasted references" }).click();
    await visible(p.getByRole("group", { name: "Sources to add" }));
    await page.keyboard.press("Escape");
    await p.getByRole("button", { name: "Reference list", exact: true }).click();
    await p.getByRole("button", { name: "Compare with my reference list" }).click();
    await visible(p.getByRole("list", { name: "Changes to the reference list" }));

    await p.getByRole("button", { name: "Help" }).click();
    await page.getByRole("menuitem", { name: /About/ }).click();
    await visible(page.getByRole("dialog", { name: "About ILM Assignment Assistant" }));
    await page.keyboard.press("Escape");
    await gone(page.getByRole("dialog"));

    // Tutor and Centre modes (the centre template's schema, zod, among them).
    for (const role of ["Tutor", "Centre"]) {
      await p.getByRole("tab", { name: role }).click();
      await visible(p.getByRole("region", { name: `${role.toLowerCase()} tools` }));
    }
    await p.getByRole("tab", { name: "Learner" }).click();

    expect(await violations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 240_000);

  it.each(["commands.html", "help.html"])("loads %s without a violation", async (name) => {
    await page.goto(`${preview.server.url}/${name}`);
    await page.waitForLoadState("load");
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 60_000);

  it("hears a violation: a fetch to another origin is refused by the policy", async () => {
    await openPane(page, `${preview.server.url}/taskpane.html`);
    await visible(card(page, "1.1"), 30_000);
    const outcome = await page.evaluate(() => fetch("https://example.com/beacon").then(() => "sent", () => "refused"));
    expect(outcome).toBe("refused");
    expect(await violations(page)).toEqual([expect.stringMatching(/^connect-src refused https:\/\/example\.com\/beacon/)]);
  }, 60_000);
});

/**
 * A centre's build, as the README's "Deploying to a centre" makes it:
 *   npm run build -- --env centre=northgate-8580-500.json --env url=https://ilm.example.ac.uk/assistant/
 * (with a second template, for another unit, given by a second --env centre) built into a folder
 * of its own (dist/ is the other browser tests'), then checked: the manifest points at the
 * centre's address and is valid against Microsoft's schemas, and the pane, opened in Chromium,
 * starts with the centre's template chosen and inserts it, and follows the other template for its
 * unit; the Centre mode edits a template, previews it, saves it as a file and opens one.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { DOMParser } from "@xmldom/xmldom";
import type { Locator, Page } from "playwright-core";
import { parseCentreTemplate } from "../../src/centre/parse";
import { SCHEMA_DIR, validateManifest } from "../manifest/validate-manifest";
import { launch, ROOT, screenshot, serveDist, unavailableReason, type Session, type StaticServer } from "./harness";
import { openPane } from "./steps";
import { MARK_SHEET_502 } from "../centre/fixtures";
import { suiteNeeding } from "../helpers/requirement";

const suite = suiteNeeding("the centre build test", unavailableReason() ?? (existsSync(SCHEMA_DIR) ? null : `the manifest schemas are absent (${SCHEMA_DIR}, from ../shared)`));

const URL_BASE = "https://ilm.example.ac.uk/assistant/";
const CENTRE_FILE = join(ROOT, "docs", "examples", "northgate-8580-500.json");

async function visible(locator: Locator, timeout = 20_000): Promise<void> {
  await locator.first().waitFor({ state: "visible", timeout });
}

const pane = (page: Page) => page.getByRole("region", { name: "ILM Assignment Assistant" });

/** Accessibility problems axe rates serious or critical (as tests/browser/pane.test.ts checks the learner's views). */
async function axeSeriousOrCritical(page: Page) {
  const { default: AxeBuilder } = await import("@axe-core/playwright");
  // Tabster's aria-hidden focus sentinels are a known false positive of aria-hidden-focus.
  const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

suite("a centre's build", () => {
  let out: string;
  let files: string;
  let server: StaticServer;
  let session: Session;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "ilm-centre-build-"));
    files = mkdtempSync(join(tmpdir(), "ilm-centre-files-"));
    writeFileSync(join(files, "eastfield-8580-502.json"), JSON.stringify(MARK_SHEET_502, null, 2));
    writeFileSync(join(files, "hostile.json"), JSON.stringify({ ...MARK_SHEET_502, centre: { name: "Eastfield <img src=x onerror=alert(1)>" } }));
    // The README's command, through npm as a centre types it (webpack gets the words after "--").
    execFileSync(
      process.platform === "win32" ? "npm.cmd" : "npm",
      ["run", "--silent", "build", "--", "--env", `centre=${CENTRE_FILE}`, "--env", `centre=${join(files, "eastfield-8580-502.json")}`, "--env", `url=${URL_BASE}`, "--output-path", out],
      { cwd: ROOT, stdio: "pipe", env: { ...process.env, NODE_ENV: "production" }, timeout: 540_000 },
    );
    server = await serveDist(out);
    session = await launch();
  }, 600_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
    if (files) rmSync(files, { recursive: true, force: true });
  });

  beforeEach(async () => {
    page = await session.context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
  });

  afterEach(async () => {
    await page.close();
  });

  test("its manifest points at the centre's address and is valid against the schemas", async () => {
    const xml = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(xml).not.toContain("localhost");
    const { valid, errors } = await validateManifest(xml);
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(4);
    for (const u of urls) expect(u.startsWith(URL_BASE)).toBe(true);
    expect(urls).toContain(`${URL_BASE}taskpane.html`);
    // No AppDomain: the add-in needs none beyond its own origin (tests/manifest/permissions.test.ts).
    expect(Array.from(doc.getElementsByTagName("AppDomain"))).toEqual([]);
    // What the manifest names is in the build.
    for (const u of urls) expect(existsSync(join(out, u.slice(URL_BASE.length)))).toBe(true);
    // The build says what went into it.
    expect(JSON.parse(readFileSync(join(out, "centre-build.json"), "utf8"))).toEqual({
      templates: [
        { id: "northgate-8580-500", unit: "8580-500" },
        { id: "eastfield-8580-502", unit: "8580-502" },
      ],
      url: URL_BASE,
    });
  });

  test("the pane opens with the centre's template chosen, and inserts it", async () => {
    await openPane(page, `${server.url}/taskpane.html?doc=blank`);
    const card = pane(page).locator('[data-centre-template="northgate-8580-500"]');
    await visible(card);
    await visible(card.getByRole("heading", { name: "Northgate College's template" }));
    await visible(card.getByText("Cover sheet asking for Learner name, ILM registration number, Cohort and Tutor, with the centre's name filled in"));
    expect(await pane(page).getByRole("combobox", { name: "Your unit" }).locator("option:checked").textContent()).toMatch(/^8580-500 /);
    await screenshot(page, "centre-01-preselected");
    expect(await axeSeriousOrCritical(page)).toEqual([]);

    await pane(page).getByRole("button", { name: "Insert template" }).click();
    await page.waitForFunction(() => window.ilmPreview!.paragraphs().some((p) => p.text === "Cohort:"));
    const texts = await page.evaluate(() => window.ilmPreview!.paragraphs().map((p) => p.text));
    expect(texts).toEqual(expect.arrayContaining(["Cohort:", "Tutor:", "Centre name: Northgate College", "Centre number: 123456", "Use at least two published definitions.", "Appendix 1: Coaching log"]));
    expect(texts).not.toContain("Appendices");
    expect(pageErrors).toEqual([]);
  }, 90_000);

  test("the Centre mode edits a template, previews it live and saves it as a file", async () => {
    await openPane(page, `${server.url}/taskpane.html?doc=blank`);
    await pane(page).getByRole("tab", { name: "Centre" }).click();
    const name = pane(page).getByRole("textbox", { name: /Centre name/ });
    await visible(name);
    await visible(pane(page).getByText('The centre template\'s "centre.name" is empty.'));
    await name.fill("Riverside Academy");
    await pane(page).getByRole("button", { name: "Cover sheet" }).click();
    await pane(page).getByRole("textbox", { name: /Fields the learner fills in/ }).fill("Learner name\nEmployer");
    await pane(page).getByRole("button", { name: "Guidance and side-headings" }).click();
    await pane(page).getByRole("textbox", { name: "Your guidance for 1.2" }).fill("Think about your own organisation <b>first</b>.");
    await visible(pane(page).getByText(/"acGuidance\["1\.2"\]" contains markup \("<b>"\)/));
    await pane(page).getByRole("textbox", { name: "Your guidance for 1.2" }).fill("Think about your own organisation first.");
    await pane(page).getByRole("button", { name: "Preview" }).click();
    const preview = pane(page).getByRole("document", { name: "Preview of the template" });
    await visible(preview.getByText("Employer:"));
    await visible(preview.getByText("Centre name: Riverside Academy"));
    await visible(preview.getByText("Think about your own organisation first."));
    await screenshot(page, "centre-02-editor-preview");
    for (const section of ["Harvard referencing", "Extra sections and word range", "Use for my learners"]) await pane(page).getByRole("button", { name: section }).click();
    expect(await axeSeriousOrCritical(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent("download"), pane(page).getByRole("button", { name: "Save template file" }).click()]);
    expect(download.suggestedFilename()).toBe("riverside-academy-8580-500.json");
    const saved = parseCentreTemplate(readFileSync((await download.path())!, "utf8"));
    expect(saved).toMatchObject({ id: "riverside-academy-8580-500", centre: { name: "Riverside Academy" }, coverSheet: ["Learner name", "Employer"], acGuidance: { "1.2": "Think about your own organisation first." } });

    const [word] = await Promise.all([page.waitForEvent("download"), pane(page).getByRole("button", { name: "Download as Word file" }).click()]);
    expect(word.suggestedFilename()).toBe("riverside-academy-8580-500.docx");
    expect(readFileSync((await word.path())!).subarray(0, 2).toString("latin1")).toBe("PK");

    // Trying it: the learner's Unit tab follows the edited template.
    await pane(page).getByRole("button", { name: "Try it in this document" }).click();
    await visible(pane(page).getByRole("heading", { name: "Riverside Academy's template" }));

    // Opening a file: a hostile one is refused in one sentence naming the field, and the editor keeps what it had.
    await pane(page).getByRole("tab", { name: "Centre" }).click();
    await visible(name);
    const chooser = pane(page).locator('input[type="file"][aria-label="Centre template file to open"]');
    await chooser.setInputFiles(join(files, "hostile.json"));
    await visible(pane(page).getByText(/hostile\.json was not opened, and nothing in the editor changed\. The centre template's "centre\.name" contains markup \("<img"\)/));
    expect(await name.inputValue()).toBe("Riverside Academy");
    await chooser.setInputFiles(join(files, "eastfield-8580-502.json"));
    await visible(pane(page).getByText("Opened eastfield-8580-502.json."));
    expect(await name.inputValue()).toBe("Eastfield Training");
    await expect(pane(page).getByText("File not opened").count()).resolves.toBe(0);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  test("the other template built in is followed for its unit: the centre's mark-sheet wording of 8580-502, without the caveat", async () => {
    await openPane(page, `${server.url}/taskpane.html?doc=blank`);
    // The pane opens in the role last used (the test above left it in Centre mode).
    await pane(page).getByRole("tab", { name: "Learner" }).click();
    const picker = pane(page).getByRole("combobox", { name: "Your unit" });
    await visible(pane(page).locator('[data-centre-template="northgate-8580-500"]'));
    await picker.selectOption("8580-502");
    await visible(pane(page).locator('[data-centre-template="eastfield-8580-502"]'));
    expect(await picker.locator("option:checked").textContent()).toMatch(/^8580-502 .*: Eastfield Training's ILM mark sheet$/);
    await expect(pane(page).getByText(/to be confirmed/).count()).resolves.toBe(0);
    await pane(page).getByRole("button", { name: "Insert template" }).click();
    await page.waitForFunction(() => window.ilmPreview!.paragraphs().some((p) => p.text.startsWith("1.1 Agree a contract")));
    const texts = await page.evaluate(() => window.ilmPreview!.paragraphs().map((p) => p.text));
    expect(texts).toEqual(expect.arrayContaining(MARK_SHEET_502.criteria!.map((c) => `${c.ac} ${c.wording}`)));
    expect(pageErrors).toEqual([]);
  }, 90_000);

  test("the first view, before the full pane arrives, names the centre's mark sheet for 8580-502 too", async () => {
    // The full pane's code held back (never answered): only the first view draws.
    await page.route(/\/(pane|preview-app)\.[0-9a-f]{8}\.js$/, () => undefined);
    await page.goto(`${server.url}/taskpane.html?doc=blank`, { waitUntil: "domcontentloaded" });
    await page.waitForSelector("html[data-pane-ready='true']", { state: "attached", timeout: 30_000 });
    await pane(page).getByRole("tab", { name: "Learner" }).click();
    const picker = pane(page).getByRole("combobox", { name: "Your unit" });
    await visible(picker);
    await picker.selectOption("8580-502");
    // (An option is never "visible" to Playwright: attached is what can be waited for.)
    await pane(page).locator('[data-fv-key="unit"] option:checked', { hasText: "Eastfield Training's ILM mark sheet" }).first().waitFor({ state: "attached", timeout: 20_000 });
    expect(await pane(page).locator('[data-fv-key="unit"] option:checked').textContent()).toMatch(/^8580-502 .*: Eastfield Training's ILM mark sheet$/);
    expect(await page.evaluate(() => !!document.querySelector(".fui-FluentProvider"))).toBe(false);
    expect(pageErrors).toEqual([]);
  }, 90_000);
});

/**
 * The pane as a learner meets it, at Word's default pane width (320 px) and a widened one (450 px),
 * in every theme: nothing overflows, every view passes axe, focus goes where Fluent puts it, the
 * document's cursor lands where Word's would, and the pane says each thing once and plainly.
 */
import type { Page } from "playwright-core";
import { unavailableReason, previewPageEachTest, usePreviewSession } from "./harness";
import { suiteNeeding } from "../helpers/requirement";
import { answerUnder, axeSeriousOrCritical, card, documentView, gone, overflowOfDialog, overflowOfPane, pane, paragraphs, visible, waitFor, chooseUnit, openPane } from "./steps";

const suite = suiteNeeding("the browser tests", unavailableReason());

/** Help > About: the About box is an entry of the pane's one Help menu, beside Run diagnostics. */
async function openAbout(page: Page): Promise<void> {
  await pane(page).getByRole("button", { name: "Help" }).click();
  await page.getByRole("menuitem", { name: "About" }).click();
}

const HAWKINS = "Hawkins, P. (2012) Creating a coaching culture. Maidenhead: Open University Press.";
const ROGERS = "Rogers, J. (2016) Coaching skills: the definitive guide to being a coach. 4th edn. Maidenhead: Open University Press.";

/**
 * Every view and form of the pane, in turn, on the sample draft and on a blank document; `visit`
 * runs at each (a layout check, axe). Leaves the role switch on Learner, as it found it.
 */
async function walkEveryView(page: Page, base: string, query: string, visit: (view: string) => Promise<void>): Promise<void> {
  await openPane(page, `${base}/taskpane.html?${query}`);
  await visible(card(page, "1.1"));
  const p = pane(page);

  // Check: a card open, a group of the Whole draft list open.
  await card(page, "1.2").getByRole("button").first().click();
  await visible(card(page, "1.2").getByText("To fix"));
  await p.locator("[data-group]").first().getByRole("button", { name: "Show them" }).click();
  await visit("check");

  await p.getByRole("tab", { name: "Unit" }).click();
  await visible(p.getByRole("combobox", { name: "Your unit" }));
  await visit("unit");

  await p.getByRole("tab", { name: "Submit" }).click();
  await p.getByRole("button", { name: "Run every check" }).click();
  await visible(p.getByRole("list", { name: "Submission checks" }));
  await visit("submit");

  await p.getByRole("tab", { name: "References" }).click();
  await visible(p.getByRole("button", { name: "Add a source" }), 30_000);
  await visit("your sources");

  await p.getByRole("button", { name: "Import" }).click();
  await p.getByRole("textbox", { name: /Or paste references/ }).fill(`${HAWKINS}\n${ROGERS}`);
  await p.getByRole("button", { name: "Read pasted references" }).click();
  await visible(p.getByRole("group", { name: "Sources to add" }));
  await visit("import preview");
  await page.keyboard.press("Escape");

  await p.getByRole("button", { name: "Add a source" }).click();
  await visible(p.getByRole("form", { name: "Add a source" }));
  await visit("add a source");
  await page.keyboard.press("Escape");

  await p.getByRole("button", { name: "Insert citation", exact: true }).click();
  await visible(p.getByRole("button", { name: "Insert at the cursor" }));
  await visit("insert citation");

  await p.getByRole("button", { name: "Reference list", exact: true }).click();
  await p.getByRole("button", { name: "Compare with my reference list" }).click();
  await visible(p.getByRole("list", { name: "Changes to the reference list" }));
  await visit("reference list");

  await openAbout(page);
  await visible(page.getByRole("dialog", { name: "About ILM Assignment Assistant" }));
  await visit("about");
  await page.keyboard.press("Escape");
  await gone(page.getByRole("dialog"));

  for (const role of ["Tutor", "Centre"]) {
    await p.getByRole("tab", { name: role }).click();
    await visible(p.getByRole("region", { name: `${role.toLowerCase()} tools` }));
    await visit(role.toLowerCase());
  }
  await p.getByRole("tab", { name: "Learner" }).click();

  // A blank document: a unit whose wording is still to be confirmed, then its fresh template.
  await openPane(page, `${base}/taskpane.html?doc=blank&${query}`);
  const unitBox = p.getByRole("combobox", { name: "Your unit" });
  await chooseUnit(unitBox, /^8580-502 /);
  await visible(p.getByText(/still to be confirmed/));
  await visit("unit, wording to be confirmed");
  await p.getByRole("button", { name: "Insert template" }).click();
  await visible(card(page, "4.3"));
  await visit("not started");
}

suite("the pane, polished", () => {
  let page: Page;
  const preview = usePreviewSession();
  const pageErrors = previewPageEachTest(preview, (p) => (page = p));

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  describe.each([320, 450])("at %i px", (width) => {
    it("fits every view and form without scrolling sideways", async () => {
      const overflow: Record<string, string[]> = {};
      await walkEveryView(page, preview.server.url, `pane=${width}`, async (view) => {
        const found = await overflowOfPane(page);
        if (found.length) overflow[view] = found;
      });
      expect(overflow).toEqual({});
    }, 240_000);

    it("fits the About box in a window as narrow as the pane", async () => {
      await page.setViewportSize({ width, height: 800 });
      await openPane(page, `${preview.server.url}/taskpane.html?pane=${width}`);
      await openAbout(page);
      await visible(page.getByRole("dialog"));
      expect(await overflowOfDialog(page)).toEqual([]);
    }, 60_000);
  });

  describe.each(["light", "dark", "high-contrast"])("in the %s theme", (theme) => {
    it("passes axe (no serious or critical findings) in every view", async () => {
      const found: Record<string, unknown[]> = {};
      await walkEveryView(page, preview.server.url, `theme=${theme}`, async (view) => {
        // The whole page (the preview's document too) once; the pane and its dialogs in every view.
        const v = await axeSeriousOrCritical(page, view === "check");
        if (v.length) found[view] = v;
      });
      expect(found).toEqual({});
    }, 300_000);
  });

  it("says Preview once, and has a Help / About entry with what it does, where data stays, the version and the credits", async () => {
    await openPane(page, `${preview.server.url}/taskpane.html`);
    await visible(card(page, "1.1"));
    expect(await page.getByText("Preview — not connected to Word").count()).toBe(1);
    const help = pane(page).getByRole("button", { name: "Help" });
    await openAbout(page);
    const dialog = page.getByRole("dialog", { name: "About ILM Assignment Assistant" });
    await visible(dialog);
    await visible(dialog.getByRole("heading", { name: "What it does" }));
    await visible(dialog.getByRole("heading", { name: "Where your data stays" }));
    await visible(dialog.getByText(/makes no network calls/));
    await visible(dialog.getByText("citeproc-js, Copyright (c) 2009–2019 Frank Bennett, https://github.com/Juris-M/citeproc-js"));
    await visible(dialog.getByText(/Common Public Attribution License/));
    await visible(dialog.getByText(/Patrick O'Brien/));
    await visible(dialog.getByText(/Creative Commons Attribution-ShareAlike 3\.0/));
    await visible(dialog.getByText(/^Version \d+\.\d+\.\d+$/));
    // Escape closes it and focus goes back to the Help button that opened it.
    await page.keyboard.press("Escape");
    await gone(page.getByRole("dialog"));
    await waitFor(() => help.evaluate((el) => el === document.activeElement));
    // One Help menu holds About and Run diagnostics.
    await help.click();
    await visible(page.getByRole("menuitem", { name: "About" }));
    await visible(page.getByRole("menuitem", { name: "Run diagnostics" }));
    await page.keyboard.press("Escape");
  }, 60_000);

  it("inserts a citation with a space where one is needed and leaves Word's cursor after it", async () => {
    await openPane(page, `${preview.server.url}/taskpane.html`);
    await visible(card(page, "1.1"));
    const para = documentView(page).locator(
      'xpath=//div[@data-role="heading" and starts-with(normalize-space(.), "2.1 ")]/following-sibling::div[@data-role="body"][1]',
    );
    const original = (await para.textContent()) ?? "";
    // The cursor straight after "confidentiality", no space typed: the citation must not glue to the word.
    await para.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.press("ArrowLeft");
    await pane(page).getByRole("tab", { name: "References" }).click();
    await pane(page).getByRole("button", { name: "Insert citation", exact: true }).click();
    await pane(page).getByRole("checkbox", { name: /Starr, 2016/ }).check();
    await pane(page).getByRole("button", { name: "Insert at the cursor" }).click();
    await waitFor(async () => (await para.textContent()) === original.replace(/confidentiality\.$/, "confidentiality (Starr, 2016)."));
    // Nothing selected: the cursor waits after the citation, so the next keystroke cannot replace it.
    await visible(para.and(page.locator('[data-cursor="true"]')));
    expect(await documentView(page).locator('[data-selected="true"]').count()).toBe(0);
    await visible(pane(page).getByText("Inserted (Starr, 2016) in your document, with the cursor after it."));
  }, 60_000);

  it("goes to a card's side-heading with the cursor, scrolled into view, selecting nothing", async () => {
    await openPane(page, `${preview.server.url}/taskpane.html`);
    await visible(card(page, "3.1"));
    await card(page, "3.1").getByRole("button").first().click();
    const heading = documentView(page).locator('[data-cursor="true"]');
    await visible(heading);
    expect(await heading.textContent()).toMatch(/^3\.1 /);
    expect(await documentView(page).locator('[data-selected="true"]').count()).toBe(0);
    await waitFor(() => inView(page, heading));
  }, 60_000);

  it("scrolls to the section Insert missing sections added", async () => {
    await openPane(page, `${preview.server.url}/taskpane.html`);
    await visible(card(page, "1.4").getByText("Missing", { exact: true }));
    await pane(page).getByRole("button", { name: "Insert missing sections" }).click();
    const cursor = documentView(page).locator('[data-cursor="true"]');
    await visible(cursor);
    expect(await cursor.textContent()).toMatch(/^1\.4 Assess how the impact/);
    await waitFor(() => inView(page, cursor));
    await visible(pane(page).getByText(/^Inserted the side-headings for 1\.4/));
  }, 60_000);

  it("confirms Replace reference list, and leaves no empty paragraph after the list", async () => {
    await openPane(page, `${preview.server.url}/taskpane.html`);
    await visible(card(page, "1.1"));
    await pane(page).getByRole("tab", { name: "References" }).click();
    await pane(page).getByRole("button", { name: "Reference list", exact: true }).click();
    await pane(page).getByRole("button", { name: "Compare with my reference list" }).click();
    await pane(page).getByRole("button", { name: "Replace reference list" }).click();
    await visible(pane(page).getByText("Replaced your reference list with 3 entries in Cite Them Right Harvard order."));
    const texts = (await paragraphs(page)).map((p) => p.text);
    const refs = texts.indexOf("References");
    expect(texts.slice(refs + 1, texts.indexOf("Appendices"))).toEqual([
      expect.stringMatching(/^Clutterbuck/),
      expect.stringMatching(/^Starr/),
      expect.stringMatching(/^Whitmore/),
    ]);
    await waitFor(() => inView(page, documentView(page).locator('[data-cursor="true"]')));
  }, 60_000);

  it("moves focus as Fluent does: to what Insert template made, into a new form, back on Escape, onto a saved source", async () => {
    await openPane(page, `${preview.server.url}/taskpane.html?doc=blank`);
    const p = pane(page);
    const unitBox = p.getByRole("combobox", { name: "Your unit" });
    await chooseUnit(unitBox, /^8580-500 Understanding.*Current mark sheet/);
    await p.getByRole("button", { name: "Insert template" }).focus();
    await page.keyboard.press("Enter");
    // The button went with the Unit tab: the confirmation takes focus, never the page.
    await waitFor(() => page.evaluate(() => document.activeElement?.hasAttribute("data-status") ?? false));
    await visible(p.getByText(/^Inserted the template for unit 8580-500\./));

    await p.getByRole("tab", { name: "References" }).click();
    const add = p.getByRole("button", { name: "Add a source" });
    await add.focus();
    await page.keyboard.press("Enter");
    const form = p.getByRole("form", { name: "Add a source" });
    await visible(form);
    await waitFor(() => form.getByRole("combobox", { name: "Kind of source" }).evaluate((el) => el === document.activeElement));
    await page.keyboard.press("Escape");
    await gone(form);
    await waitFor(() => add.evaluate((el) => el === document.activeElement));

    await page.keyboard.press("Enter");
    await form.getByRole("textbox", { name: /Author/ }).fill("Hawkins, P.");
    await form.getByRole("textbox", { name: /Year of publication/ }).fill("2012");
    await form.getByRole("textbox", { name: /^Title/ }).fill("Creating a coaching culture");
    await form.getByRole("textbox", { name: /Place of publication/ }).fill("Maidenhead");
    await form.getByRole("textbox", { name: /Publisher/ }).fill("Open University Press");
    await form.getByRole("button", { name: "Add source" }).click();
    await waitFor(() => page.evaluate(() => document.activeElement?.getAttribute("data-source") === "hawkins2012"));
  }, 90_000);

  it("shows focus plainly on text boxes and links", async () => {
    await openPane(page, `${preview.server.url}/taskpane.html`);
    await visible(card(page, "1.2"));
    await card(page, "1.2").getByRole("button").first().click();
    const link = card(page, "1.2").locator("[data-problem] .fui-Link").first();
    await page.keyboard.press("Tab");
    await link.focus();
    expect(await outline(link)).toEqual({ style: "solid", width: "2px" });

    await pane(page).getByRole("tab", { name: "References" }).click();
    await pane(page).getByRole("button", { name: "Add a source" }).click();
    const year = pane(page).getByRole("textbox", { name: /Year of publication/ });
    await year.focus();
    expect(await outline(year.locator("xpath=ancestor::*[contains(concat(' ', @class, ' '), ' fui-Input ')][1]"))).toEqual({ style: "solid", width: "2px" });
  }, 60_000);

  it("shows a fresh template as Not started, not as errors", async () => {
    await openPane(page, `${preview.server.url}/taskpane.html?doc=blank`);
    const p = pane(page);
    const unitBox = p.getByRole("combobox", { name: "Your unit" });
    await chooseUnit(unitBox, /^8580-503 /);
    // No word range in ILM's guidance for 8580-503: the pane says who sets it.
    await visible(p.getByText("ILM's guidance for this unit gives no word count: your centre sets it, so ask your tutor."));
    await p.getByRole("button", { name: "Insert template" }).click();
    const summary = p.getByRole("region", { name: "Summary of the check" });
    await visible(summary.getByText("Not started", { exact: true }));
    expect(await summary.getByText(/errors?$|warnings?$/).count()).toBe(0);
    const badges = await p.locator("[data-ac] .fui-Badge").allTextContents();
    expect(new Set(badges)).toEqual(new Set(["Not started"]));
    expect(await p.locator("[data-problem], [data-group]").count()).toBe(0);
  }, 60_000);

  it("uses distinct status words, groups problems of one kind, and ticks sources an answer has met", async () => {
    await openPane(page, `${preview.server.url}/taskpane.html`);
    await visible(card(page, "1.3"));
    const p = pane(page);
    const badges = await p.locator("[data-ac] .fui-Badge").allTextContents();
    expect(badges).toContain("Review");
    expect(badges).not.toContain("Check");
    // The Whole draft list: guidance left in under two outcomes is one row that opens.
    const group = p.locator('[data-group="guidance-left-in"]');
    await visible(group.getByText("Template guidance is left in 2 places"));
    expect(await group.locator("[data-problem]").count()).toBe(0);
    await group.getByRole("button", { name: "Show them" }).click();
    expect(await group.locator("[data-problem]").count()).toBe(2);
    // AC 1.1 cites enough sources: a tick, not "Needs".
    await card(page, "1.1").getByRole("button").first().click();
    await visible(card(page, "1.1").locator('[data-sources-met="true"]').getByText(/^Cites enough sources/));
    await card(page, "2.1").getByRole("button").first().click();
    await visible(card(page, "2.1").locator('[data-sources-met="false"]').getByText(/^Needs at least \d+ sources?\./));
  }, 60_000);

  it("shows an import's entries to untick before adding them", async () => {
    await openPane(page, `${preview.server.url}/taskpane.html`);
    await visible(card(page, "1.1"));
    const p = pane(page);
    await p.getByRole("tab", { name: "References" }).click();
    await p.getByRole("button", { name: "Import" }).click();
    await p.getByRole("textbox", { name: /Or paste references/ }).fill(`${HAWKINS}\n${ROGERS}`);
    await p.getByRole("button", { name: "Read pasted references" }).click();
    const found = p.getByRole("group", { name: "Sources to add" });
    await visible(found.getByRole("checkbox", { name: /^Hawkins, P\. \(2012\)/ }));
    await found.getByRole("checkbox", { name: /^Rogers, J\. \(2016\)/ }).uncheck();
    await p.getByRole("button", { name: "Add 1 source" }).click();
    const sources = p.getByRole("list", { name: "Your sources" });
    await visible(sources.getByText(/^Hawkins, P\. \(2012\)/));
    expect(await sources.getByText(/^Rogers, J\./).count()).toBe(0);
    await visible(p.getByText("Added 1 source to your library."));
  }, 60_000);

  it("finds a source to cite by searching a long library, and offers the recent ones first", async () => {
    await openPane(page, `${preview.server.url}/taskpane.html`);
    await visible(card(page, "1.1"));
    const p = pane(page);
    await p.getByRole("tab", { name: "References" }).click();
    await p.getByRole("button", { name: "Import" }).click();
    const many = Array.from({ length: 12 }, (_, i) => `Author${String.fromCharCode(65 + i)}, A. (20${10 + i}) Book number ${i + 1}. London: Publisher.`);
    await p.getByRole("textbox", { name: /Or paste references/ }).fill(many.join("\n"));
    await p.getByRole("button", { name: "Read pasted references" }).click();
    await p.getByRole("button", { name: "Add 12 sources" }).click();

    await p.getByRole("button", { name: "Insert citation", exact: true }).click();
    // 16 sources: the list starts with the recent ones (those the draft cites), not 16 checkboxes.
    const group = p.getByRole("group", { name: "Recent sources" });
    await visible(group.getByRole("checkbox", { name: /Starr, 2016/ }));
    expect(await group.getByRole("checkbox").count()).toBeLessThanOrEqual(5);
    expect(await group.getByRole("checkbox", { name: /Book number/ }).count()).toBe(0);
    await p.getByRole("searchbox", { name: "Search your 16 sources" }).fill("authorg");
    const results = p.getByRole("group", { name: "Sources found" });
    await visible(results.getByRole("checkbox", { name: /AuthorG, 2016/ }));
    expect(await results.getByRole("checkbox").count()).toBe(1);
  }, 90_000);

  it("has one level of navigation in the References tab", async () => {
    await openPane(page, `${preview.server.url}/taskpane.html`);
    await visible(card(page, "1.1"));
    await pane(page).getByRole("tab", { name: "References" }).click();
    await visible(pane(page).getByRole("button", { name: "Add a source" }));
    // The role switch and the learner's tabs: no tabs inside tabs.
    expect(await pane(page).getByRole("tablist").count()).toBe(2);
    expect(await pane(page).getByRole("tabpanel").getByRole("tablist").count()).toBe(0);
  }, 60_000);

  it("gives the wording caveat wherever the exact wording is relied on, Submit's tick included", async () => {
    await openPane(page, `${preview.server.url}/taskpane.html?doc=blank`);
    const p = pane(page);
    const unitBox = p.getByRole("combobox", { name: "Your unit" });
    await chooseUnit(unitBox, /^8580-502 /);
    await p.getByRole("button", { name: "Insert template" }).click();
    const caveat = "This unit's AC wording is still to be confirmed against your centre's mark sheet: check the side-headings with your tutor.";
    await visible(p.getByText(caveat));
    // An answer, so that Submit's checks can pass at all (an empty template is not ready).
    await answerUnder(page, "1.1").click();
    await page.keyboard.type("Coaching is a structured conversation that helps a person improve their performance.");
    await p.getByRole("tab", { name: "Submit" }).click();
    await p.getByRole("button", { name: "Run every check" }).click();
    const headings = p.getByRole("list", { name: "Submission checks" }).locator('[data-check="headings"]');
    await visible(headings.getByText(caveat));
    await visible(headings.getByRole("img", { name: "Passed, to be confirmed" }));
    expect(await headings.getByRole("img", { name: "Passed" , exact: true }).count()).toBe(0);
  }, 60_000);
});

/** Whether the element is inside the preview document's visible area. */
async function inView(page: Page, locator: import("playwright-core").Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const area = await page.getByRole("region", { name: "Document (preview)" }).boundingBox();
  if (!box || !area) return false;
  return box.y >= area.y - 1 && box.y + Math.min(box.height, 40) <= area.y + area.height + 1;
}

async function outline(locator: import("playwright-core").Locator): Promise<{ style: string; width: string }> {
  return locator.evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: s.outlineWidth };
  });
}

/**
 * Tutor mode end to end in the browser preview (the production build against the in-browser
 * Word): the findings as comments shown in the document, grades and the outcome, the mark sheet
 * inserted and replaced, a bank snippet as a comment, CSV, then the learner's view of the marked
 * draft; and an accessibility scan of every tutor view.
 */
import { readFileSync } from "fs";
import type { Page } from "playwright-core";
import { screenshot, unavailableReason, type StaticServer, usePreviewSession } from "./harness";
import { suiteNeeding } from "../helpers/requirement";
import { axeSeriousOrCritical, clickAgain, documentView, learnerParagraphs, pane, visible, waitFor, openPane } from "./page-helpers";
import { chooseUnit } from "./steps";
import { COMMENTS_MESSAGE } from "../../src/word/requirements";

const suite = suiteNeeding("the tutor browser tests", unavailableReason());

const comments = (page: Page) => documentView(page).getByTestId("doc-comment");
const findingComments = (page: Page) => comments(page).filter({ hasText: "ILM Assignment Assistant:" });

async function openTutor(page: Page, server: StaticServer): Promise<void> {
  await openPane(page, `${server.url}/taskpane.html`);
  await visible(pane(page).locator('[data-ac="1.1"]'));
  await pane(page).getByRole("tab", { name: "Tutor" }).click();
  await visible(pane(page).getByRole("button", { name: "Add findings as comments" }));
  await waitFor(async () => pane(page).getByRole("button", { name: "Add findings as comments" }).isEnabled());
}

suite("Tutor mode in the browser preview", () => {
  let page: Page;
  const pageErrors: string[] = [];

  const preview = usePreviewSession();

  beforeAll(async () => {
    await preview.session.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: preview.server.url });
  });

  beforeEach(async () => {
    page = await preview.session.context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    // Each test starts as a new user: no remembered role, name or bank.
    await openPane(page, `${preview.server.url}/taskpane.html?doc=blank`);
    await page.evaluate(() => localStorage.clear());
  });

  afterEach(async () => {
    await page.close();
  });

  it("adds the findings as comments in the document, updates rather than duplicates, removes only its own", async () => {
    await openTutor(page, preview.server);
    const before = await learnerParagraphs(page);
    await pane(page).getByRole("button", { name: "Add findings as comments" }).click();
    const result = pane(page).getByTestId("findings-result");
    await visible(result);
    const n = Number(/^Added (\d+) comments\.$/.exec((await result.textContent()) ?? "")?.[1]);
    expect(n).toBeGreaterThan(3);
    await waitFor(async () => (await findingComments(page).count()) === n);
    await visible(findingComments(page).filter({ hasText: "(Hawkins, 2012)" }));
    await screenshot(page, "tutor-01-findings");

    await clickAgain(pane(page).getByRole("button", { name: "Add findings as comments" }));
    await visible(result.getByText(`The ${n} comments already in the draft still stand; nothing changed.`));
    expect(await findingComments(page).count()).toBe(n);

    await pane(page).getByRole("button", { name: "Remove the add-in's comments" }).click();
    await visible(result.getByText(`Removed the add-in's ${n} comments; everyone else's comments are untouched.`));
    expect(await comments(page).count()).toBe(0);
    expect(await learnerParagraphs(page)).toEqual(before);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("grades each AC with its descriptors beside the control, shows the outcome, inserts and replaces the mark sheet, copies CSV", async () => {
    await openTutor(page, preview.server);
    const before = await learnerParagraphs(page);
    await pane(page).getByRole("tab", { name: "Marking" }).click();
    await pane(page).getByRole("textbox", { name: "Your name" }).fill("Dr A. Tutor");
    const ac12 = pane(page).locator('[data-grade-ac="1.2"]');
    await visible(ac12.getByText("An evaluation of at least three factors showing how the organisational context affects coaching or mentoring."));
    for (const ac of ["1.1", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2"]) {
      await pane(page).getByRole("radiogroup", { name: `Grade for AC ${ac}` }).getByRole("radio", { name: "Pass", exact: true }).check();
    }
    await visible(pane(page).getByTestId("outcome").getByText("Not complete: 1 AC still to grade (1.2)."));
    await ac12.getByRole("radio", { name: "Referral" }).check();
    await ac12.getByRole("textbox", { name: "Rationale for AC 1.2" }).fill("Two factors, described rather than evaluated.");
    await visible(pane(page).getByTestId("outcome").getByText("Referred: AC 1.2 is below the pass standard."));
    await visible(pane(page).getByText("Unsaved changes"));
    await pane(page).getByRole("button", { name: "Save grades" }).click();
    await visible(pane(page).getByText("Saved the grades in the document, marked by Dr A. Tutor."));

    await pane(page).getByRole("button", { name: "Insert mark sheet" }).click();
    const sheet = documentView(page).locator("table");
    await visible(sheet.getByText("Two factors, described rather than evaluated."));
    await visible(documentView(page).getByText("Outcome: Referred: AC 1.2 is below the pass standard."));
    await visible(documentView(page).getByText("Tutor: Dr A. Tutor"));
    await screenshot(page, "tutor-02-mark-sheet");

    // Re-grade and insert again: replaced in place, still one sheet.
    await ac12.getByRole("radio", { name: "Pass", exact: true }).check();
    await clickAgain(pane(page).getByRole("button", { name: "Insert mark sheet" }));
    await visible(documentView(page).getByText("Outcome: Pass: every AC meets the pass standard."));
    expect(await documentView(page).getByText("Mark sheet", { exact: true }).count()).toBe(1);
    expect(await documentView(page).locator("table").count()).toBe(1);
    expect(await learnerParagraphs(page)).toEqual(before);

    await pane(page).getByRole("button", { name: "Copy as CSV" }).click();
    await visible(pane(page).getByText("Copied the mark sheet as CSV: paste it into the centre's spreadsheet."));
    const csv = await page.evaluate(() => navigator.clipboard.readText());
    expect(csv).toContain("1.2,Evaluate how the organisational context affects coaching or mentoring,Pass,");
    expect(csv).toContain("Tutor,,Dr A. Tutor,");
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it("inserts a bank snippet as a comment on the selection; the learner then sees it under the AC's card with the outcome", async () => {
    await openTutor(page, preview.server);
    await pane(page).getByRole("tab", { name: "Comment bank" }).click();
    await pane(page).getByRole("textbox", { name: "Search snippets" }).fill("at least three factors");
    const snippet = pane(page).getByRole("list", { name: "Snippets" }).getByRole("listitem").first();
    await visible(snippet);
    const text = (await snippet.locator("p, span").filter({ hasText: "at least three factors" }).first().textContent())!;
    await documentView(page).getByText(/^Our culture is still largely directive/).click();
    await snippet.getByRole("button", { name: /^Insert as a comment/ }).click();
    await visible(comments(page).filter({ hasText: "at least three factors" }));
    expect(await comments(page).first().getAttribute("data-comment-author")).toBe("You (preview)");

    await pane(page).getByRole("tab", { name: "Marking" }).click();
    await pane(page).getByRole("radiogroup", { name: "Grade for AC 1.2" }).getByRole("radio", { name: "Referral" }).check();
    await pane(page).getByRole("button", { name: "Save grades" }).click();
    await visible(pane(page).getByText(/^Saved the grades in the document/));

    await pane(page).getByRole("tab", { name: "Learner" }).click();
    await pane(page).getByRole("tab", { name: "Check" }).click();
    const card = pane(page).locator('[data-ac="1.2"]');
    await visible(card.getByText("1 tutor comment"));
    await card.getByRole("button").first().click();
    await visible(card.getByRole("list", { name: "Your tutor's comments" }).getByText(text.trim()));
    await visible(pane(page).getByTestId("learner-outcome").getByText(/Referred: AC 1\.2 is below the pass standard\./));
    await screenshot(page, "tutor-03-learner-sees-comments");
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("on a Word without WordApi 1.4: says comments are not available and offers the findings as text instead", async () => {
    await openPane(page, `${preview.server.url}/taskpane.html?wordapi=1.3`);
    await visible(pane(page).locator('[data-ac="1.1"]'));
    await pane(page).getByRole("tab", { name: "Tutor" }).click();
    await visible(pane(page).getByText("Comments are not available"));
    await visible(pane(page).getByText(COMMENTS_MESSAGE));
    expect(await pane(page).getByRole("button", { name: "Add findings as comments" }).count()).toBe(0);
    await pane(page).getByRole("button", { name: "Copy the findings as text" }).click();
    const text = pane(page).getByRole("textbox", { name: /The findings, to paste into your feedback/ });
    await visible(text);
    const findings = (await text.inputValue()).split("\n");
    expect(findings.length).toBeGreaterThan(3);
    for (const line of findings) expect(line).toMatch(/^(AC \d\.\d: )?.+ How to fix: .+/);
    expect(await comments(page).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("marks a unit graded in marks: each AC's maximum and descriptors beside its mark, the pass mark per learning outcome or per AC, the total on the mark sheet", async () => {
    await openPane(page, `${preview.server.url}/taskpane.html?doc=blank`);
    const unitBox = pane(page).getByRole("combobox", { name: "Your unit" });
    await unitBox.waitFor();
    await chooseUnit(unitBox, /^8581-700/);
    await pane(page).getByRole("tab", { name: "Tutor" }).click();
    await pane(page).getByRole("tab", { name: "Marking" }).click();
    await pane(page).getByRole("textbox", { name: "Your name" }).fill("Dr A. Tutor");
    const ac11 = pane(page).locator('[data-grade-ac="1.1"]');
    await visible(ac11.getByText("(up to 12 marks)"));
    expect(await ac11.locator("ul li").count()).toBeGreaterThan(0);
    const mark = (ac: string) => pane(page).getByRole("spinbutton", { name: `Mark for AC ${ac}, out of ${{ "1.1": 12, "2.1": 16, "3.1": 16, "3.2": 16 }[ac] ?? 8}` });

    await mark("1.1").fill("13");
    await visible(ac11.getByText("Type a whole number from 0 to 12."));
    // Learning outcome 1 (36 marks) at 17, one under half; every other AC at exactly half.
    const marks: Record<string, number> = { "1.1": 5, "1.2": 4, "1.3": 4, "1.4": 4, "2.1": 8, "3.1": 8, "3.2": 8, "4.1": 4, "4.2": 4 };
    for (const [ac, m] of Object.entries(marks)) await mark(ac).fill(String(m));
    const outcome = pane(page).getByTestId("outcome");
    await visible(outcome.getByText("Referred: learning outcome 1 has 17 of 36 marks, below its pass mark of 18."));
    await mark("1.4").fill("5");
    await visible(outcome.getByText("Pass: 50 of 100 marks, every learning outcome at or above its pass mark."));
    // The unit's setting the other way: 1.1 at 5 of 12 is under its own pass mark of 6.
    await pane(page).getByRole("radio", { name: "Each AC on its own" }).check();
    await visible(outcome.getByText("Referred: AC 1.1 has 5 of 12 marks, below its pass mark of 6."));

    await pane(page).getByRole("button", { name: "Save grades" }).click();
    await visible(pane(page).getByText("Saved the grades in the document, marked by Dr A. Tutor."));
    await pane(page).getByRole("button", { name: "Insert mark sheet" }).click();
    await visible(documentView(page).locator("table").getByText("5 / 12"));
    await visible(documentView(page).getByText("Total: 50 / 100"));
    await visible(documentView(page).getByText("Outcome: Referred: AC 1.1 has 5 of 12 marks, below its pass mark of 6."));
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it("exports the comment bank as JSON, refuses a malformed file naming the field with nothing imported, and imports a good one", async () => {
    await openTutor(page, preview.server);
    await pane(page).getByRole("tab", { name: "Comment bank" }).click();
    await visible(pane(page).getByRole("list", { name: "Snippets" }));
    const [download] = await Promise.all([page.waitForEvent("download"), pane(page).getByRole("button", { name: "Export" }).click()]);
    expect(download.suggestedFilename()).toBe("comment-bank.json");
    const exported = JSON.parse(readFileSync((await download.path())!, "utf8")) as { format: string; version: number; snippets: Array<{ text: string }> };
    expect(exported).toMatchObject({ format: "ilm-comment-bank", version: 1 });
    expect(exported.snippets.length).toBeGreaterThan(20);

    const file = pane(page).locator('input[type="file"][aria-label="Comment bank file"]');
    const count = pane(page).locator("[data-snippet]");
    await pane(page).getByRole("textbox", { name: "Search snippets" }).fill("staff survey");
    await waitFor(async () => (await count.count()) === 0);
    const bad = { format: "ilm-comment-bank", version: 1, snippets: [{ text: "Use the staff survey here." }, { text: "" }] };
    await file.setInputFiles({ name: "bank.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bad)) });
    await visible(pane(page).getByRole("alert").getByText("The comment bank was not imported: snippets[1].text must not be empty. Nothing was imported."));
    expect(await count.count()).toBe(0);

    const good = { format: "ilm-comment-bank", version: 1, snippets: [{ text: "Use the staff survey here.", unit: "8580-500", ac: "1.2" }] };
    await file.setInputFiles({ name: "bank.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(good)) });
    await visible(pane(page).getByText("Imported 1 snippet."));
    await waitFor(async () => (await count.count()) === 1);
    await visible(count.getByText("Use the staff survey here."));
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it("has no serious or critical accessibility violations in the tutor's views", async () => {
    await openTutor(page, preview.server);
    const found: Record<string, unknown[]> = {};
    await pane(page).getByRole("button", { name: "Add findings as comments" }).click();
    await visible(pane(page).getByTestId("findings-result"));
    found.findings = await axeSeriousOrCritical(page);
    await pane(page).getByRole("tab", { name: "Marking" }).click();
    await visible(pane(page).getByTestId("outcome"));
    found.marking = await axeSeriousOrCritical(page);
    await pane(page).getByRole("tab", { name: "Comment bank" }).click();
    await visible(pane(page).getByRole("list", { name: "Snippets" }));
    await pane(page).getByRole("button", { name: "New snippet" }).click();
    found.bank = await axeSeriousOrCritical(page);
    expect(found).toEqual({ findings: [], marking: [], bank: [] });
  }, 240_000);
});

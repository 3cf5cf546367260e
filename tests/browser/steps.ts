/**
 * Steps the browser tests share: waiting for what a learner would see, finding the pane and the
 * preview's document, and the page-wide checks (nothing wider than the pane, axe).
 */
import type { Locator, Page } from "playwright-core";
import { REPEAT_MS } from "../../src/taskpane/pane-controller";

/** Waits until the locator shows (its first match); fails with Playwright's message if it never does. */
export async function visible(locator: Locator, timeout = 15_000): Promise<void> {
  await locator.first().waitFor({ state: "visible", timeout });
}

/**
 * Clicks an action's button again as a person does: the pane ignores the same action asked for
 * within REPEAT_MS of its finishing (the second click of a double-click), so a test that clicks
 * the moment the first run ends would be a double-click, not a second run.
 */
export async function clickAgain(button: Locator): Promise<void> {
  await new Promise((r) => setTimeout(r, REPEAT_MS + 100));
  await button.click();
}

/**
 * Chooses a unit in the unit picker (a native select, src/taskpane/components/UnitPicker.tsx) as a
 * person does, by the option's text; fails naming the options when none matches.
 */
export async function chooseUnit(picker: Locator, option: RegExp, timeout = 15_000): Promise<void> {
  // Waits for the option as a click would (the view and the catalogue may still be on their way).
  const until = Date.now() + timeout;
  for (;;) {
    const texts = await picker.locator("option").allTextContents();
    const label = texts.find((t) => option.test(t));
    if (label !== undefined) return picker.selectOption({ label }).then(() => undefined);
    if (Date.now() > until) throw new Error(`No unit in the picker matches ${option} after ${timeout} ms: ${texts.join(" | ") || "no options"}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until nothing matches the locator. */
export async function gone(locator: Locator, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    const n = await locator.count();
    if (n === 0) return;
    if (Date.now() > until) throw new Error(`Still ${n} element(s) matching ${locator} after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the condition holds. */
export async function waitFor(condition: () => Promise<boolean>, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`Condition not met after ${timeout} ms: ${condition}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Opens the preview and waits until the full pane (React and Fluent UI) has taken over from the
 * first view (src/taskpane/first-view/take-over.ts marks it), so that what a test then finds is
 * the full pane's, not the first view's about to be replaced. The first view's own tests
 * (first-view, ready-mark, lazy-views) open the page themselves.
 */
export async function openPane(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector("html[data-pane-full='true']", { state: "attached", timeout: 30_000 });
}

/** Holds the page's requests for `pattern` until `release` is called; `asked` says whether one was made. */
export async function holdRequests(page: Page, pattern: RegExp): Promise<{ release: () => void; asked: () => boolean }> {
  let release!: () => void;
  const held = new Promise<void>((ok) => (release = ok));
  let asked = false;
  await page.route(pattern, async (route) => {
    asked = true;
    await held;
    await route.fallback();
  });
  return { release, asked: () => asked };
}

export const pane = (page: Page) => page.getByRole("region", { name: "ILM Assignment Assistant" });
export const documentView = (page: Page) => page.getByRole("article", { name: "Sample document" });
export const card = (page: Page, ac: string) => pane(page).locator(`[data-ac="${ac}"]`);
/** The first body paragraph under an AC's side-heading in the preview's document, where the learner types. */
export const answerUnder = (page: Page, ac: string) =>
  documentView(page).locator(
    `xpath=//div[@data-role="heading" and starts-with(normalize-space(.), "${ac} ")]/following-sibling::div[@data-role="body"][1]`,
  );

/** The preview's paragraphs, read through its read-only window hook. */
export function paragraphs(page: Page): Promise<{ text: string; style: string; tags: string[] }[]> {
  return page.evaluate(() => window.ilmPreview!.paragraphs());
}

/**
 * Everything drawn wider than the task pane, or sticking out of it: the pane must never scroll
 * sideways. Fluent's focus sentinels (Tabster's dummy inputs) are skipped: 1 px, never seen.
 */
export function overflowOfPane(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('section[aria-label="Task pane"]')!;
    const box = host.getBoundingClientRect();
    const out: string[] = [];
    if (host.scrollWidth > host.clientWidth + 1) out.push(`the pane scrolls sideways (${host.scrollWidth} px of content in ${host.clientWidth} px)`);
    for (const el of Array.from(host.querySelectorAll<HTMLElement>("*"))) {
      if (el.closest("[data-tabster-dummy]")) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > box.right + 1 || r.left < box.left - 1) {
        const name = `${el.tagName.toLowerCase()}${el.getAttribute("role") ? `[role=${el.getAttribute("role")}]` : ""}`;
        out.push(`${name} "${(el.textContent ?? "").trim().slice(0, 40)}" spans ${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} px of ${Math.round(box.width)}`);
      }
    }
    return out.slice(0, 10);
  });
}

/** Anything in an open dialog wider than the window (a dialog in Word's pane has only the pane's width). */
export function overflowOfDialog(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const d of Array.from(document.querySelectorAll<HTMLElement>('[role="dialog"]'))) {
      const r = d.getBoundingClientRect();
      if (r.left < 0 || r.right > window.innerWidth + 1) out.push(`dialog spans ${Math.round(r.left)}..${Math.round(r.right)} px of ${window.innerWidth}`);
      if (d.scrollWidth > d.clientWidth + 1) out.push(`dialog scrolls sideways (${d.scrollWidth} px in ${d.clientWidth} px)`);
    }
    return out;
  });
}

/**
 * axe's serious and critical findings: on the task pane and any open dialog or menu, or with
 * `wholePage` on everything (the preview's document too, which is slow to scan on every view).
 */
/**
 * Waits for every animation and transition that will end (a dialog fading and growing in, a
 * button's colours changing on focus) to end. Measured mid-fade, text and its background are
 * blended and fail axe's contrast check though the finished view passes; endless ones (a spinner)
 * are not waited for.
 */
async function animationsFinished(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

export async function axeSeriousOrCritical(page: Page, wholePage = false): Promise<{ id: string; help: string; nodes: string[] }[]> {
  const { default: AxeBuilder } = await import("@axe-core/playwright");
  // Tabster (Fluent's focus manager) puts aria-hidden focus sentinels in TabLists; they pass focus
  // straight on and never hold it, a known false positive of aria-hidden-focus. Nothing else is excluded.
  let builder = new AxeBuilder({ page }).exclude("[data-tabster-dummy]");
  if (!wholePage) {
    builder = builder.include('section[aria-label="Task pane"]');
    if (await page.locator('[role="dialog"], [role="menu"]').count()) builder = builder.include('[role="dialog"], [role="menu"]');
  }
  await animationsFinished(page);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

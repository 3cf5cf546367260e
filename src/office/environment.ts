/** Where the pane is running. Decided once at start-up. */
export type HostKind =
  /** Inside Word: use Office.js. */
  | "word"
  /** Inside another Office application: the pane says it works in Word only. */
  | "other-office"
  /** A plain browser (office.js missing or not hosted): open the preview with the sample draft. */
  | "browser";

export interface HostInfo {
  kind: HostKind;
  /** Office's host name ("Word", "Excel"), when inside Office. */
  host: string | null;
  platform: string | null;
}

/** How long to wait for Office to say it is ready before deciding the pane is not inside Office. */
const READY_TIMEOUT_MS = 10000;

interface OfficeLike {
  onReady?: () => Promise<{ host: unknown; platform: unknown }>;
  HostType?: { Word?: unknown };
}

function officeGlobal(): OfficeLike | undefined {
  return (globalThis as { Office?: OfficeLike }).Office;
}

/** office-js-helpers is 17 KB gzipped: fetched only when office.js is present, alongside Office.onReady. */
export const loadHelpers = () => import(/* webpackChunkName: "office-helpers" */ "@microsoft/office-js-helpers");

/**
 * Tells whether the pane runs inside Office. office.js may be absent (no network, a plain browser)
 * or present but not hosted (Office.onReady reports no host); both mean the browser preview.
 */
export async function detectHost(): Promise<HostInfo> {
  const office = officeGlobal();
  const browser: HostInfo = { kind: "browser", host: null, platform: null };
  if (!office || typeof office.onReady !== "function") return browser;
  const helpers = loadHelpers().catch(() => null);
  let info: { host: unknown; platform: unknown } | undefined;
  try {
    info = await Promise.race([
      office.onReady(),
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), READY_TIMEOUT_MS)),
    ]);
  } catch {
    info = undefined;
  }
  const host = info && typeof info.host === "string" ? info.host : null;
  const platform = info && typeof info.platform === "string" ? info.platform : null;
  // Office.onReady outside Office resolves with host null; inside Office the helpers' check
  // (it reads Office.context.host) must agree that this is an add-in.
  if (!host || !isAddin(await helpers)) return browser;
  const word = office.HostType?.Word ?? "Word";
  return { kind: host === word ? "word" : "other-office", host, platform };
}

function isAddin(helpers: { Utilities: { isAddin: boolean } } | null): boolean {
  try {
    return helpers ? helpers.Utilities.isAddin : false;
  } catch {
    return false;
  }
}

/** Where the pane is running. Decided once at start-up. */
export type PaneSurroundings =
  /** Inside Word: use Office.js. */
  | "word"
  /** Inside another Office application: the pane says it works in Word only. */
  | "other-office"
  /** A plain browser (office.js missing or not hosted): open the preview with the sample draft. */
  | "browser";

export interface PaneEnvironment {
  kind: PaneSurroundings;
  /** The Office application ("Word", "Excel"), when inside Office. */
  officeApp: string | null;
  platform: string | null;
}

/** How long to wait for Office to say it is ready before deciding the pane is not inside Office. */
const READY_TIMEOUT_MS = 10000;

interface OfficeLike {
  onReady?: () => Promise<{ host: unknown; platform: unknown }>;
  HostType?: { Word?: unknown };
}

type ReadyOffice = OfficeLike & { onReady: NonNullable<OfficeLike["onReady"]> };

function officeGlobal(): OfficeLike | undefined {
  return (globalThis as { Office?: OfficeLike }).Office;
}

/** Office's global, when office.js loaded (in Office, or a browser that could fetch it); without it the pane is the browser preview. */
function loadedOffice(): ReadyOffice | undefined {
  const office = officeGlobal();
  return typeof office?.onReady === "function" ? (office as ReadyOffice) : undefined;
}

export function officeScriptLoaded(): boolean {
  return loadedOffice() !== undefined;
}

/** office-js-helpers is 17 KB gzipped: fetched only when office.js is present, alongside Office.onReady. */
export const loadHelpers = () => import(/* webpackChunkName: "office-helpers" */ "@microsoft/office-js-helpers");

/**
 * Tells whether the pane runs inside Office. office.js may be absent (no network, a plain browser)
 * or present but not hosted (Office.onReady reports no host); both mean the browser preview.
 */
export async function detectEnvironment(): Promise<PaneEnvironment> {
  const office = loadedOffice();
  const browser: PaneEnvironment = { kind: "browser", officeApp: null, platform: null };
  if (!office) return browser;
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
  const officeApp = info && typeof info.host === "string" ? info.host : null;
  const platform = info && typeof info.platform === "string" ? info.platform : null;
  // Office.onReady outside Office resolves with host null; inside Office the helpers' check
  // (it reads Office.context.host) must agree that this is an add-in.
  if (!officeApp || !isAddin(await helpers)) return browser;
  const word = office.HostType?.Word ?? "Word";
  return { kind: officeApp === word ? "word" : "other-office", officeApp, platform };
}

function isAddin(helpers: { Utilities: { isAddin: boolean } } | null): boolean {
  try {
    return helpers ? helpers.Utilities.isAddin : false;
  } catch {
    return false;
  }
}

/** The part of Office's theme the pane follows. */
export interface OfficeThemeLike {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

/** Reads the current Office theme, or undefined outside Office or where the requirement set lacks it. */
export function currentOfficeTheme(): OfficeThemeLike | undefined {
  try {
    const g = globalThis as { Office?: { context?: { officeTheme?: OfficeThemeLike } } };
    return g.Office?.context?.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

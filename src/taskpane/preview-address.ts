/**
 * What the browser preview's address asks for, read in one place: by the preview itself and, before
 * the pane's code has even been evaluated, by the early fetch that starts loading the first view
 * (early-fetch.ts). Here rather than in src/preview because the entry, which chooses between Word
 * and the preview, reads it before the preview's own code is fetched.
 */
export interface PreviewParams {
  /** ?diagnostics=1: a blank document with Help > Run diagnostics open. */
  diagnostics: boolean;
  /** ?doc=blank (or diagnostics): a blank document rather than the sample draft. */
  blank: boolean;
  /** ?platform=web: Word on the web's documented differences. */
  platform: "web" | "desktop";
}

export function previewParams(search: string): PreviewParams {
  const params = new URLSearchParams(search);
  const diagnostics = params.get("diagnostics") === "1";
  return {
    diagnostics,
    blank: diagnostics || params.get("doc") === "blank",
    platform: params.get("platform") === "web" ? "web" : "desktop",
  };
}

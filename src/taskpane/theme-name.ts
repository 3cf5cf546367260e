/**
 * Which theme the pane takes: Office's, or the browser's for the preview. No Fluent UI here: the
 * first view (first-view/render.ts) needs the name before Fluent is loaded; theme.ts gives the theme.
 */
import type { OfficeThemeLike } from "../office/environment";

export type ThemeName = "light" | "dark" | "high-contrast";

/** Relative luminance of a "#rrggbb" colour, 0 (black) to 1 (white). */
function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/**
 * Office's theme (Office.context.officeTheme, where the host has it) mapped to a Fluent theme.
 * Office gives colours, not a name: pure black or white backgrounds with the system's high-contrast
 * media query mean high contrast; otherwise the background's lightness decides light or dark.
 */
export function themeFromOffice(officeTheme: OfficeThemeLike | undefined, forcedColors = false): ThemeName {
  if (forcedColors) return "high-contrast";
  if (!officeTheme) return "light";
  if (typeof officeTheme.isDarkTheme === "boolean") return officeTheme.isDarkTheme ? "dark" : "light";
  const l = officeTheme.bodyBackgroundColor ? luminance(officeTheme.bodyBackgroundColor) : null;
  if (l === null) return "light";
  return l < 0.3 ? "dark" : "light";
}

export function prefersForcedColors(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia("(forced-colors: active)").matches
    : false;
}

export function prefersDark(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia("(prefers-color-scheme: dark)").matches
    : false;
}

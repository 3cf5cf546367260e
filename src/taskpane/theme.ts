import { webLightTheme, type Theme } from "@fluentui/react-components";
import type { ThemeName } from "./theme-name";

export type { ThemeName } from "./theme-name";
export { prefersDark, prefersForcedColors, themeFromOffice } from "./theme-name";

/** The light theme ships with the pane; dark and high contrast (about 8 KB gzipped each) load when Office asks for them. */
export async function loadTheme(name: ThemeName): Promise<Theme> {
  if (name === "light") return webLightTheme;
  const themes = await import(/* webpackChunkName: "themes" */ "./themes");
  return name === "dark" ? themes.webDarkTheme : themes.teamsHighContrastTheme;
}

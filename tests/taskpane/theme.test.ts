import { themeFromOffice } from "../../src/taskpane/theme";

describe("themeFromOffice", () => {
  it("maps Office's colours to a Fluent theme", () => {
    expect(themeFromOffice(undefined)).toBe("light");
    expect(themeFromOffice({ bodyBackgroundColor: "#FFFFFF" })).toBe("light");
    expect(themeFromOffice({ bodyBackgroundColor: "#262626" })).toBe("dark");
    expect(themeFromOffice({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" })).toBe("dark");
    expect(themeFromOffice({ bodyBackgroundColor: "#000000" }, true)).toBe("high-contrast");
  });
});

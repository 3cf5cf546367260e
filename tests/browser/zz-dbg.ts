import { launch, serveDist, screenshot } from "./harness";
(async () => {
  const server = await serveDist();
  const s = await launch();
  const page = await s.context.newPage();
  page.on("pageerror", (e) => console.log("pageerror:", e.message));
  await page.goto(server.url + "/taskpane.html?theme=dark");
  const pane = page.getByRole("region", { name: "ILM Assignment Assistant" });
  await pane.locator('[data-ac="1.1"]').waitFor();
  await pane.locator('[data-ac="1.5"]').getByRole("button").first().click();
  await page.waitForTimeout(800);
  await screenshot(page, "dbg-dark");
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(server.url + "/taskpane.html?theme=high-contrast");
  await pane.locator('[data-ac="1.1"]').waitFor();
  await s.close(); await server.close();
})();

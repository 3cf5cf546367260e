/**
 * The pane sets zod's jitless mode without importing zod (src/taskpane/zod-jitless.ts); zod must
 * pick the setting up when it loads afterwards, or its eval probe would break the pane's CSP.
 */
describe("zod jitless mode set before zod loads", () => {
  it("zod's own configuration reports jitless once the pane's setting ran first", () => {
    jest.isolateModules(() => {
      delete (globalThis as { __zod_globalConfig?: unknown }).__zod_globalConfig;
      require("../../src/taskpane/zod-jitless");
      const { config } = require("zod") as typeof import("zod");
      expect(config().jitless).toBe(true);
    });
  });
});

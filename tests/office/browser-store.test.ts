/**
 * The preview's per-user settings (src/office/browser-store.ts): kept in localStorage under the
 * keys office-js-helpers' Storage uses, so a setting reads the same with or without the helpers.
 */
import { openBrowserStore } from "../../src/office/browser-store";

class MemoryLocalStorage {
  items = new Map<string, string>();
  getItem(k: string) {
    return this.items.has(k) ? this.items.get(k)! : null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
}

const g = globalThis as { localStorage?: unknown };

afterEach(() => {
  delete g.localStorage;
});

test("settings are kept under @ilm-assistant/<key> as JSON, as office-js-helpers keeps them", () => {
  const storage = new MemoryLocalStorage();
  g.localStorage = storage;
  const store = openBrowserStore<{ unit?: string }>();
  expect(store.get("unit")).toBeUndefined();
  store.set("unit", { unit: "8580-501" });
  expect(storage.items.get("@ilm-assistant/unit")).toBe('{"unit":"8580-501"}');
  // What the helpers wrote is read back the same.
  storage.setItem("@ilm-assistant/role", '{"role":"tutor"}');
  expect(openBrowserStore<{ role?: string }>().get("role")).toEqual({ role: "tutor" });
});

test("blocked or missing storage: settings last for the session, nothing throws", () => {
  g.localStorage = {
    getItem: () => {
      throw new Error("SecurityError");
    },
    setItem: () => {
      throw new Error("QuotaExceededError");
    },
  };
  const store = openBrowserStore<{ unit?: string }>();
  store.set("unit", { unit: "8580-500" });
  expect(store.get("unit")).toEqual({ unit: "8580-500" });
  delete g.localStorage;
  const none = openBrowserStore<{ unit?: string }>();
  none.set("unit", { unit: "8580-502" });
  expect(none.get("unit")).toEqual({ unit: "8580-502" });
});

test("a damaged entry reads as no setting", () => {
  const storage = new MemoryLocalStorage();
  storage.setItem("@ilm-assistant/unit", "{not json");
  g.localStorage = storage;
  expect(openBrowserStore<{ unit?: string }>().get("unit")).toBeUndefined();
});

import type { Storage as HelperStorage } from "@microsoft/office-js-helpers";
import { loadHelpers } from "./environment";

/**
 * Per-user settings (last unit, template options): they belong to the learner, not the document,
 * so they live in the browser storage Office gives the add-in. Where that storage is blocked
 * the settings last for the session only.
 */
export interface UserStore<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
}

export const CONTAINER = "ilm-assistant";

/** A store that forgets: for when the helpers or the browser's storage are unavailable. */
function memoryStore<T>(): UserStore<T> {
  const m = new Map<string, T>();
  return { get: (k) => m.get(k), set: (k, v) => void m.set(k, v) };
}

export async function openUserStore<T>(container = CONTAINER): Promise<UserStore<T>> {
  let helpers: Awaited<ReturnType<typeof loadHelpers>>;
  try {
    helpers = await loadHelpers();
  } catch {
    return memoryStore<T>();
  }
  const { Storage, StorageType } = helpers;
  let store: HelperStorage<T>;
  try {
    store = new Storage<T>(container, StorageType.LocalStorage);
  } catch {
    try {
      store = new Storage<T>(container, StorageType.InMemoryStorage);
    } catch {
      return memoryStore<T>();
    }
  }
  return {
    get(key) {
      try {
        const v = store.get(key);
        return v === null || v === undefined ? undefined : v;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      try {
        store.set(key, value);
      } catch {
        // Full or blocked storage: the setting is simply not remembered.
      }
    },
  };
}

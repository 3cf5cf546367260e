import { Storage, StorageType } from "@microsoft/office-js-helpers";

/**
 * Per-user settings (last unit, template options): they belong to the learner, not the document,
 * so they live in the browser storage Office gives the add-in. Where that storage is blocked
 * the settings last for the session only.
 */
export interface UserStore<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
}

const CONTAINER = "ilm-assistant";

export function openUserStore<T>(container = CONTAINER): UserStore<T> {
  let store: Storage<T>;
  try {
    store = new Storage<T>(container, StorageType.LocalStorage);
  } catch {
    store = new Storage<T>(container, StorageType.InMemoryStorage);
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

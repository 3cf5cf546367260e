import { CONTAINER, type UserStore } from "./storage";

/**
 * Per-user settings for the preview in a plain browser (no Office): the browser's localStorage
 * under the keys office-js-helpers' Storage uses ("@ilm-assistant/unit"), so a setting reads the
 * same either way, without fetching the helpers (about 14 KB gzipped) that only Office needs.
 * Where localStorage is blocked the settings last for the session only.
 */
export function openBrowserStore<T>(container = CONTAINER): UserStore<T> {
  const session = new Map<string, T>();
  const scoped = (key: string) => `@${container}/${key}`;
  const storage = (): Storage | null => {
    try {
      return globalThis.localStorage ?? null;
    } catch {
      return null;
    }
  };
  return {
    get(key) {
      if (session.has(key)) return session.get(key);
      try {
        const item = storage()?.getItem(scoped(key));
        return item === null || item === undefined ? undefined : (JSON.parse(item) as T);
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      try {
        const s = storage();
        if (s) {
          s.setItem(scoped(key), JSON.stringify(value));
          session.delete(key);
          return;
        }
      } catch {
        // Full or blocked storage: remembered for this session only.
      }
      session.set(key, value);
    },
  };
}

/**
 * The pane's on-demand chunks that its start-up needs, one loader each, so that every place that
 * asks for one (the early fetch in early-fetch.ts, the view's React.lazy, the preview) uses the same
 * import() and webpack fetches each chunk once: a second call gets the load already under way.
 * `peek()` gives the module once it has arrived, so the full pane can draw a view fetched ahead of
 * it at once, rather than showing a spinner for a moment (components/retryable-lazy.ts).
 */
export interface ChunkLoader<T> {
  (): Promise<T>;
  peek(): T | undefined;
}

function loader<T>(load: () => Promise<T>): ChunkLoader<T> {
  let value: T | undefined;
  return Object.assign(() => load().then((m) => (value = m)), { peek: () => value });
}

export const loadEngineModule = loader(() => import(/* webpackChunkName: "engine" */ "./engine"));
export const loadPreviewModule = loader(() => import(/* webpackChunkName: "preview" */ "../preview/start"));
export const loadStart = loader(() => import(/* webpackChunkName: "view-start" */ "./views/StartView"));
export const loadCheck = loader(() => import(/* webpackChunkName: "view-check" */ "./views/CheckView"));
/** React, Fluent UI and the full pane: fetched once the first view is on screen (first-view/take-over.ts). */
export const loadFullPane = loader(() => import(/* webpackChunkName: "pane" */ "./full-pane"));

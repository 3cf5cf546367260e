/**
 * The pane's on-demand chunks that its start-up needs, one loader each, so that every place that
 * asks for one (the early fetch in early-fetch.ts, the view's React.lazy, the preview) uses the same
 * import() and webpack fetches each chunk once: a second call gets the load already under way.
 */
export const loadEngineModule = () => import(/* webpackChunkName: "engine" */ "./engine");
export const loadPreviewModule = () => import(/* webpackChunkName: "preview" */ "../preview/start");
export const loadStart = () => import(/* webpackChunkName: "view-start" */ "./views/StartView");
export const loadCheck = () => import(/* webpackChunkName: "view-check" */ "./views/CheckView");

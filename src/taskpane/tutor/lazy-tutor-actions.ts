/**
 * The tutor's actions, loaded when first used. tutor-controller.ts brings the marking layer and
 * zod (the comment bank's schema) with it, about 30 KB gzipped that the pane's first view does
 * not need: the pane starts with this stand-in, which loads the real actions on the first call
 * (opening the Tutor view, or the Learner view asking for a tutor's feedback) and passes every
 * call on to them from then on.
 */
import type { TutorActions, TutorDeps } from "./tutor-controller";

type Loader = () => Promise<{ createTutorActions(deps: TutorDeps): TutorActions }>;

const defaultLoader: Loader = () => import(/* webpackChunkName: "tutor-actions" */ "./tutor-controller");

/**
 * `onLoadFailed`: the chunk could not be fetched (offline, or the add-in updated under the pane);
 * the pane shows one sentence. Calls that return a value (findingsText, exportBank) are made only
 * from the Tutor view, which opens (and so loads) first; before that they return "".
 */
export function lazyTutorActions(deps: TutorDeps, onLoadFailed: (err: unknown) => void, load: Loader = defaultLoader): TutorActions {
  let actions: TutorActions | null = null;
  let loading: Promise<TutorActions> | null = null;
  const ready = (): Promise<TutorActions> =>
    (loading ??= load().then(
      (m) => (actions = m.createTutorActions(deps)),
      (err: unknown) => {
        loading = null;
        throw err;
      },
    ));
  /** A call that returns nothing (or a promise): made now when loaded, else once the actions are. */
  const later =
    <K extends keyof TutorActions>(name: K) =>
    (...args: Parameters<TutorActions[K]>): ReturnType<TutorActions[K]> => {
      if (actions) return (actions[name] as (...a: unknown[]) => ReturnType<TutorActions[K]>)(...args);
      const pending = ready().then(
        (a) => (a[name] as (...a: unknown[]) => unknown)(...args),
        (err: unknown) => onLoadFailed(err),
      );
      return pending as ReturnType<TutorActions[K]>;
    };
  return {
    open: later("open"),
    chooseTab: later("chooseTab"),
    setName: later("setName"),
    addFindings: later("addFindings"),
    removeFindings: later("removeFindings"),
    findingsText: () => (actions ? actions.findingsText() : ""),
    setGrade: later("setGrade"),
    setPassPer: later("setPassPer"),
    saveGrades: later("saveGrades"),
    insertMarkSheet: later("insertMarkSheet"),
    copyCsv: later("copyCsv"),
    dismissCsv: later("dismissCsv"),
    searchBank: later("searchBank"),
    filterBank: later("filterBank"),
    addSnippet: later("addSnippet"),
    editSnippet: later("editSnippet"),
    deleteSnippet: later("deleteSnippet"),
    importBank: later("importBank"),
    exportBank: () => (actions ? actions.exportBank() : ""),
    restoreStarters: later("restoreStarters"),
    insertSnippet: later("insertSnippet"),
    loadFeedback: later("loadFeedback"),
  };
}

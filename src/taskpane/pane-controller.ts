/**
 * The pane's effects: loading the engine, reading and writing the document, remembering the
 * learner's choices, and telling the learner's edits from the add-in's own. Each outcome is
 * dispatched to the pure reducer (model/pane-reducer.ts); React only subscribes (state.tsx).
 */
import type { Report } from "../check/rules";
import type { TemplateOptions } from "../core/template";
import type { SourceLibrary } from "../harvard/library/library";
import type { UserStore } from "../office/storage";
import type { Unit } from "../units/types";
import type { Engine } from "./backend";
import { describeError } from "./model/pane-error";
import { WRITE_OUTCOME_SENTENCE, writeOutcome } from "./model/write-outcome";
import type { DraftDocument } from "../model/document";
import { initialPaneState, paneReducer, ROLES, type PaneAction, type PaneState, type ReferencesSection, type Role, type TabId } from "./model/pane-reducer";
import type { ReferencesBackend } from "./references/backend";
import type { TutorActions, TutorDeps, TutorPrefs } from "./tutor/tutor-controller";
import { lazyTutorActions } from "./tutor/lazy-tutor-actions";
import type { TrackingOptions } from "../word/track-changes";
import type { CentreTemplate } from "../centre/schema";
import { centreAtOpen, centreForUnit, type CentreChoice } from "./centre/learner-centre";

/**
 * Per-user choices, kept under the keys "unit" (unit and template options) and "role", and the
 * tutor's "tutor" (name) and "bank" (comment bank).
 */
export interface Prefs extends TutorPrefs {
  unit?: string;
  template?: TemplateOptions;
  role?: Role;
}

export interface PaneActions {
  /** Learner, tutor or centre; remembered for this user. */
  chooseRole(role: Role): void;
  setTab(tab: TabId): void;
  openReferences(section: ReferencesSection): void;
  /** For a document with another unit's side-headings, asks first (state.unitQuestion). */
  chooseUnit(id: string): void;
  /** Yes to state.unitQuestion: check the document against the unit picked. */
  confirmUnit(): void;
  /** No to state.unitQuestion: keep the document's unit. */
  keepDocumentUnit(): void;
  insertTemplate(options: TemplateOptions): Promise<void>;
  check(): Promise<Report | null>;
  insertMissing(): Promise<void>;
  /** With Track Changes on, asks first; `trackChangesOff` goes ahead with tracking off for this one removal. */
  removeGuidance(options?: TrackingOptions): Promise<void>;
  /**
   * Goes to a paragraph in the document: the cursor at its start, scrolled into view, nothing
   * selected that typing would replace. `to` (a section's end) is accepted for callers that name a
   * whole section, but Go to lands on its first paragraph, the side-heading.
   */
  select(from: number | undefined, to?: number): Promise<void>;
  toggleTick(ac: string, index: number): Promise<void>;
  dismissError(): void;
  /**
   * Runs any document action with the pane's busy/error handling (the References tab uses it).
   * When Word says Track Changes is on, `retryTrackingOff` becomes the message's "Go ahead" button.
   */
  run<T>(label: string, action: () => Promise<T>, retryTrackingOff?: () => unknown): Promise<T | undefined>;
  /** After a write elsewhere (References tab), re-read so the report is current. */
  refresh(): Promise<void>;
  /** A short confirmation at the top of the pane after a document action done elsewhere (References tab). */
  confirm(status: string): void;
  /**
   * Follow this centre template in the learner's views (null: the standard template), as chosen in
   * the pane: the centre trying its template, or a learner leaving a built-in one. Opens the Unit tab.
   */
  useCentreTemplate(template: CentreTemplate | null): Promise<void>;
  /** The References tab's document operations; reads the source library the first time only. */
  loadSources(): Promise<ReferencesBackend>;
  /** Keeps the learner's changed library, and saves it in the document where Word can. */
  saveSources(next: SourceLibrary): Promise<void>;
  /** The Tutor view, and the Learner view's reading of a marked draft (tutor/tutor-controller.ts). */
  tutor: TutorActions;
}

export interface PaneController {
  getState(): PaneState;
  subscribe(listener: () => void): () => void;
  actions: PaneActions;
  /** Loads the engine, reads the document once and starts watching it; returns the clean-up. */
  start(): () => void;
}

/**
 * Word reports the add-in's own writes as paragraph changes too, a moment after they land:
 * those must not mark the results as out of date.
 */
const OWN_WRITE_GRACE_MS = 1500;

/**
 * The same action asked for again this soon after it finished is the second click of a
 * double-click (Windows' default double-click time), not a new request. In Word a write takes
 * longer than a double-click and the second click finds the control disabled; in the preview a
 * write can finish between the two clicks.
 */
export const REPEAT_MS = 500;

const unitOf = (engine: Engine, report: Report, centre: CentreTemplate | null = null): Unit | null => {
  if (!report.unit) return null;
  // A centre template the check followed words its unit (an unconfirmed unit from the centre's mark sheet).
  if (centre && report.centre && centre.unit === report.unit) return engine.centre.unitFor(centre);
  return engine.catalogue.getUnit(report.unit) ?? null;
};

/** The template the document records, if valid; a damaged copy is set aside with one sentence saying why. */
async function readRecordedCentre(engine: Engine, kept: unknown): Promise<{ template: CentreTemplate | null; problem?: string }> {
  if (kept === null || kept === undefined) return { template: null };
  try {
    return { template: (await engine.centre.parser())(kept) };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { template: null, problem: `The centre template recorded in this document was not used, so the standard settings apply: ${why.charAt(0).toLowerCase()}${why.slice(1)}` };
  }
}

export function createPaneController(deps: {
  loadEngine: () => Promise<Engine>;
  prefs: UserStore<Prefs>;
  /** The tutor's effects' clock and clipboard, fixed by tests. */
  tutor?: Pick<TutorDeps, "today" | "copyText">;
  /** Milliseconds now, for telling a double-click from two requests (tests fix it). */
  now?: () => number;
}): PaneController {
  const { loadEngine, prefs } = deps;
  const rememberedRole = prefs.get("role")?.role;
  let state = initialPaneState(
    prefs.get("unit")?.template,
    rememberedRole && ROLES.includes(rememberedRole) ? rememberedRole : "learner",
    prefs.get("tutor")?.tutorName ?? "",
  );
  const listeners = new Set<() => void>();
  const dispatch = (action: PaneAction): void => {
    const next = paneReducer(state, action);
    if (next === state) return;
    state = next;
    for (const l of listeners) l();
  };

  const now = deps.now ?? Date.now;
  let running = 0;
  /** Failed actions so far: an action that failed wrote nothing to repeat, so it may be asked again at once. */
  let failures = 0;
  /** Why the last action failed (a WordActionError's reason), if it said. */
  let lastFailure: unknown;
  let quietUntil = 0;
  let referencesBackend: Promise<ReferencesBackend> | null = null;

  const run = async <T>(label: string, action: () => Promise<T>, retryTrackingOff?: () => unknown): Promise<T | undefined> => {
    running++;
    dispatch({ type: "busyStarted", label });
    try {
      return await action();
    } catch (err) {
      failures++;
      lastFailure = (err as { reason?: unknown } | null)?.reason;
      const error = describeError(err, label.toLowerCase());
      const tracking = (err as { reason?: unknown } | null)?.reason === "track-changes";
      if (tracking && retryTrackingOff) error.offer = { label: "Go ahead with Track Changes off", run: () => void retryTrackingOff() };
      dispatch({ type: "failed", error });
      return undefined;
    } finally {
      running--;
      quietUntil = Date.now() + OWN_WRITE_GRACE_MS;
      // Inside a longer action (a write and the check after it) the pane stays busy until it ends.
      if (running === 0) dispatch({ type: "busyEnded" });
    }
  };

  /** The action running now (see `once`), and when each action last finished. */
  let exclusive: string | null = null;
  const finished = new Map<string, number>();

  /**
   * Runs an action that writes to the document (or checks it) once at a time. While one runs,
   * every other request is ignored (their controls are disabled by `busy`, which stays set for the
   * whole action, the check after a write included); the same action asked for again within
   * REPEAT_MS of finishing is the second click of a double-click and is ignored too, unless it
   * failed (then nothing was done twice, and "Go ahead with Track Changes off" is asked at once).
   * Ignored requests resolve to undefined.
   */
  const once = async <T>(key: string, label: string, body: () => Promise<T>, repeatable = false): Promise<T | undefined> => {
    if (exclusive !== null) return undefined;
    if (!repeatable && now() - (finished.get(key) ?? -Infinity) < REPEAT_MS) return undefined;
    exclusive = key;
    const failuresBefore = failures;
    running++;
    dispatch({ type: "busyStarted", label });
    // A write reads the document first, so that if Word stops answering the pane can say whether it changed.
    const baseline = repeatable ? null : await readQuietly();
    try {
      const result = await body();
      if (failures !== failuresBefore && baseline) await sayWhatChanged(baseline);
      return result;
    } finally {
      exclusive = null;
      if (failures === failuresBefore) finished.set(key, now());
      else finished.delete(key);
      running--;
      quietUntil = Date.now() + OWN_WRITE_GRACE_MS;
      if (running === 0) dispatch({ type: "busyEnded" });
    }
  };

  /** The document as it is now, or null when it cannot be read (the action's own error will say why). */
  const readQuietly = async (): Promise<DraftDocument | null> => {
    try {
      return state.engine ? await state.engine.backend.readDocument() : null;
    } catch {
      return null;
    }
  };

  /** After a failed write: the error says whether the document was changed, and a changed one is checked again. */
  const REFUSED_BEFORE_WRITING = new Set(["unsupported", "read-only", "track-changes"]);
  const sayWhatChanged = async (baseline: DraftDocument): Promise<void> => {
    const error = state.error;
    // Refused before writing anything (an old Word, a read-only document, Track Changes on): the message already says so.
    if (!error || REFUSED_BEFORE_WRITING.has(String(lastFailure))) return;
    const now = await readQuietly();
    if (!now) return;
    const outcome = writeOutcome(baseline, now);
    if (outcome === "changed") await check();
    dispatch({ type: "failed", error: { ...error, message: `${error.message} ${WRITE_OUTCOME_SENTENCE[outcome]}` } });
  };

  const engineOrThrow = (): Engine => {
    if (!state.engine) throw Object.assign(new Error("not ready"), { userMessage: "The add-in is still loading. Try again in a moment." });
    return state.engine;
  };

  /** The check itself; `actions.check` is the same, once at a time. */
  const check = async (): Promise<Report | null> => {
    const result = await run("Check my draft", async () => {
      const engine = engineOrThrow();
      const doc = await engine.backend.readDocument();
      // With no unit chosen yet, the analysis works it out (report.unit).
      const report = engine.catalogue.analyse(doc, state.unit?.id, state.centre);
      dispatch({ type: "checked", doc, report, unit: unitOf(engine, report, state.centre) });
      return report;
    });
    return result ?? null;
  };

  /** Follows a centre template (or none): its unit becomes the unit, worded as the centre words it. */
  const followCentre = (engine: Engine, choice: CentreChoice, preselected = false): void => {
    // Without a centre, back to the catalogue's own unit (an unconfirmed unit's provisional wording).
    const catalogueUnit = state.unit ? engine.catalogue.getUnit(state.unit.id) ?? state.unit : null;
    const unit = choice.centre ? engine.centre.unitFor(choice.centre) : catalogueUnit;
    dispatch({ type: "centreChosen", centre: choice.centre, source: choice.source, unit, preselected });
  };

  const afterWrite = async (result: { message: string } | undefined): Promise<void> => {
    if (!result) return;
    await check();
    dispatch({ type: "confirmed", status: result.message });
  };

  // Loaded on first use: the tutor's code is not needed for the pane's first view.
  const tutor = lazyTutorActions(
    {
      getState: () => state,
      dispatch: (action) => dispatch({ type: "tutor", action }),
      run,
      once: (label, body) => once(`tutor:${label}`, label, body),
      confirm: (status) => dispatch({ type: "confirmed", status }),
      prefs,
      ...deps.tutor,
    },
    (err) => dispatch({ type: "failed", error: describeError(err, "open the tutor's tools") }),
  );

  const actions: PaneActions = {
    tutor,
    chooseRole: (role) => {
      dispatch({ type: "roleChosen", role });
      prefs.set("role", { role });
    },
    setTab: (tab) => dispatch({ type: "tabChosen", tab }),
    openReferences: (section) => dispatch({ type: "referencesOpened", section }),
    chooseUnit: (id) => {
      const catalogue = state.engine?.catalogue;
      const unit = catalogue?.getUnit(id) ?? null;
      // The document's own unit decides its writes; checking it against another is asked first.
      const documentUnit = unit && state.doc && state.unit?.id !== id ? catalogue!.otherUnitOf(state.doc, id) : null;
      if (unit && documentUnit) {
        dispatch({ type: "unitQuestionAsked", unit, documentUnit });
        return;
      }
      dispatch({ type: "unitChosen", unit });
      prefs.set("unit", { ...prefs.get("unit"), unit: id });
      if (state.engine) followCentre(state.engine, centreForUnit(id, { centre: state.centre, source: state.centreSource }, state.engine.centre.deployed));
    },
    confirmUnit: () => {
      const question = state.unitQuestion;
      if (!question) return;
      dispatch({ type: "unitChosen", unit: question.unit });
      prefs.set("unit", { ...prefs.get("unit"), unit: question.unit.id });
      if (state.engine) followCentre(state.engine, centreForUnit(question.unit.id, { centre: state.centre, source: state.centreSource }, state.engine.centre.deployed));
    },
    keepDocumentUnit: () => dispatch({ type: "unitQuestionDismissed" }),
    insertTemplate: async (options) => {
      const unit = state.unit;
      if (!unit) return;
      await once("insertTemplate", "Insert template", async () => {
        const centre = state.centre;
        // A centre's template fixes its own options; the learner's choices are kept for the standard one.
        if (!centre) {
          prefs.set("unit", { unit: unit.id, template: options });
          dispatch({ type: "templateOptionsChosen", options });
        }
        const result = await run("Insert template", () => engineOrThrow().backend.insertTemplate(unit, options, centre));
        if (!result) return;
        if (result.outcome === "refused") {
          dispatch({ type: "failed", error: { title: "Template not inserted", message: result.message, intent: "warning" } });
          return;
        }
        await check();
        dispatch({ type: "templateInserted", message: result.message });
      });
    },
    check: async () => (await once("check", "Check my draft", check, true)) ?? null,
    insertMissing: async () => {
      const unit = state.unit;
      if (!unit) return;
      const options = state.templateOptions;
      const centre = state.centre;
      await once("insertMissing", "Insert missing sections", async () => {
        const result = await run("Insert missing sections", () =>
          engineOrThrow().backend.insertMissing(unit, centre ? engineOrThrow().centre.optionsFor(centre) : options, centre),
        );
        if (result?.refused) dispatch({ type: "failed", error: { title: "Sections not inserted", message: result.message, intent: "warning" } });
        else await afterWrite(result);
      });
    },
    removeGuidance: async (options) => {
      const unit = state.unit;
      if (!unit) return;
      const centre = state.centre;
      await once(
        "removeGuidance",
        "Remove guidance",
        async () =>
          afterWrite(
            await run(
              "Remove guidance",
              () => engineOrThrow().backend.removeGuidance(unit, options, centre),
              () => actions.removeGuidance({ trackChangesOff: true }),
            ),
          ),
      );
    },
    select: async (from) => {
      if (from === undefined || !state.engine) return;
      // The paragraph's text at the last check: if the learner has edited since, Word says so instead of going to the wrong place.
      const expected = state.doc?.paragraphs[from]?.text;
      try {
        await state.engine.backend.goTo(from, expected);
      } catch (err) {
        dispatch({ type: "failed", error: describeError(err, "go to that place") });
      }
    },
    toggleTick: async (ac, index) => {
      dispatch({ type: "ticksToggled", ac, index });
      const { engine, ticks, ticksStored } = state;
      if (!engine || !ticksStored) return;
      try {
        if (!(await engine.backend.saveTicks(ticks))) dispatch({ type: "storeUnavailable", store: "ticks" });
      } catch {
        dispatch({ type: "storeUnavailable", store: "ticks" });
      }
    },
    dismissError: () => dispatch({ type: "errorDismissed" }),
    // The References tab's writes (insert citation, replace the list): once at a time, like the rest.
    run: (label, action, retryTrackingOff) => once(`run:${label}`, label, () => run(label, action, retryTrackingOff)),
    refresh: async () => {
      if (state.report) await check();
    },
    confirm: (status) => dispatch({ type: "confirmed", status }),
    useCentreTemplate: async (template) => {
      const engine = state.engine;
      if (!engine) return;
      followCentre(engine, template ? { centre: template, source: "chosen" } : { centre: null, source: null });
      dispatch({ type: "roleChosen", role: "learner" });
      prefs.set("role", { role: "learner" });
      dispatch({ type: "tabChosen", tab: "start" });
      if (state.report) await check();
    },
    loadSources: async () => {
      const engine = engineOrThrow();
      referencesBackend ??= engine.references().catch((err: unknown) => {
        referencesBackend = null;
        throw err;
      });
      const backend = await referencesBackend;
      if (!state.sources) dispatch({ type: "libraryLoaded", library: await backend.loadLibrary() });
      return backend;
    },
    saveSources: async (next) => {
      dispatch({ type: "libraryChanged", library: next });
      if (!state.sources?.stored || !referencesBackend) return;
      try {
        const backend = await referencesBackend;
        if (!(await backend.saveLibrary(next))) dispatch({ type: "storeUnavailable", store: "sources" });
      } catch (err) {
        dispatch({ type: "storeUnavailable", store: "sources" });
        dispatch({ type: "failed", error: describeError(err, "save your sources") });
      }
    },
  };

  const onDocumentChanged = (ownWritesToo: boolean): void => {
    if (ownWritesToo && (running > 0 || Date.now() < quietUntil)) return;
    dispatch({ type: "documentChanged" });
  };

  // Start-up: load the engine, read the document once, take the unit from the analysis (or the one remembered).
  const start = (): (() => void) => {
    let cancelled = false;
    let unwatch: (() => void) | null = null;
    void (async () => {
      let engine: Engine;
      try {
        engine = await loadEngine();
      } catch (err) {
        if (!cancelled) {
          dispatch({ type: "failed", error: describeError(err, "start the add-in") });
          dispatch({ type: "busyEnded" });
        }
        return;
      }
      if (cancelled) return;
      dispatch({ type: "engineLoaded", engine, notices: engine.backend.missingFeatures() });
      try {
        // Three reads at once: inside Word each is a round trip or two to the host, and none needs another's answer.
        const [doc, recordedRaw, ticks] = await Promise.all([
          engine.backend.readDocument(),
          engine.backend.loadCentreTemplate().catch(() => null),
          engine.backend.loadTicks().catch(() => null),
        ]);
        const kept = await readRecordedCentre(engine, recordedRaw);
        const recorded = kept.template;
        let report = engine.catalogue.analyse(doc, undefined, recorded);
        const rememberedId = prefs.get("unit")?.unit;
        const remembered = rememberedId ? engine.catalogue.getUnit(rememberedId) ?? null : null;
        const choice = centreAtOpen({ recorded, unitId: report.unit, rememberedUnitId: rememberedId ?? null, deployed: engine.centre.deployed });
        // A built-in template for the draft's unit: the first report follows it too.
        if (choice.source === "deployed" && report.unit) report = engine.catalogue.analyse(doc, undefined, choice.centre);
        if (cancelled) return;
        dispatch({ type: "opened", doc, report, reportUnit: unitOf(engine, report, choice.centre), remembered });
        if (choice.centre) followCentre(engine, choice, !report.unit);
        if (kept.problem) dispatch({ type: "failed", error: { title: "Centre template not used", message: kept.problem, intent: "warning" } });
        for (const problem of engine.centre.deployedProblems) dispatch({ type: "failed", error: { title: "Centre template left out", message: problem, intent: "warning" } });
        dispatch({ type: "ticksLoaded", ticks });
      } catch (err) {
        if (!cancelled) {
          dispatch({ type: "failed", error: describeError(err, "read the document") });
          dispatch({ type: "busyEnded" });
        }
      }
      try {
        const ownWritesToo = engine.backend.changesIncludeOwnWrites;
        unwatch = await engine.backend.watchChanges(() => onDocumentChanged(ownWritesToo));
        if (cancelled) unwatch?.();
        else dispatch({ type: "watchStarted", watching: unwatch !== null });
      } catch {
        if (!cancelled) dispatch({ type: "watchStarted", watching: false });
      }
    })();
    return () => {
      cancelled = true;
      unwatch?.();
    };
  };

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    actions,
    start,
  };
}

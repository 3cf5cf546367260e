import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { DraftDocument } from "../model/document";
import type { Report } from "../check/rules";
import type { UserStore } from "../office/storage";
import type { Unit } from "../units/types";
import type { Engine, FeatureNotice, TemplateOptions, Ticks } from "./backend";
import { describeError, type PaneError } from "./model/errors";

export type TabId = "start" | "check" | "submit" | "references";

export const DEFAULT_TEMPLATE_OPTIONS: TemplateOptions = { guidance: true, coverSheet: true, lockHeadings: true };

export interface Prefs {
  unit?: string;
  template?: TemplateOptions;
}

export interface PaneState {
  engine: Engine | null;
  unit: Unit | null;
  /** How the unit got chosen, for the picker's note. */
  unitSource: "detected" | "remembered" | "picked" | null;
  doc: DraftDocument | null;
  report: Report | null;
  /** The document changed after the last check (only known where Word tells the add-in). */
  stale: boolean;
  /** Word tells the pane about edits; false means a note asks the learner to re-check. */
  watching: boolean;
  ticks: Ticks;
  ticksStored: boolean;
  busy: string | null;
  error: PaneError | null;
  notices: FeatureNotice[];
  /** A short confirmation after an action ("Inserted 2 missing sections."). */
  status: string | null;
  tab: TabId;
  /** Which part of the References tab opens first (the Check tab's "Update reference list" opens the list). */
  referencesSection: ReferencesSection;
  /** The template options the learner chose last time (per user). */
  templateOptions: TemplateOptions;
}

export type ReferencesSection = "sources" | "cite" | "list";

export interface PaneActions {
  setTab(tab: TabId): void;
  openReferences(section: ReferencesSection): void;
  chooseUnit(id: string): void;
  insertTemplate(options: TemplateOptions): Promise<void>;
  check(): Promise<Report | null>;
  insertMissing(): Promise<void>;
  removeGuidance(): Promise<void>;
  /** Selects a paragraph, or the paragraphs from..to (a whole section). */
  select(from: number | undefined, to?: number): Promise<void>;
  toggleTick(ac: string, index: number): Promise<void>;
  dismissError(): void;
  /** Runs any document action with the pane's busy/error handling (the References tab uses it). */
  run<T>(label: string, action: () => Promise<T>): Promise<T | undefined>;
  /** After a write elsewhere (References tab), re-read so the report is current. */
  refresh(): Promise<void>;
}

const PaneContext = createContext<{ state: PaneState; actions: PaneActions } | null>(null);

export function usePane(): { state: PaneState; actions: PaneActions } {
  const v = useContext(PaneContext);
  if (!v) throw new Error("usePane outside PaneProvider");
  return v;
}

const initial = (tab: TabId, templateOptions: TemplateOptions): PaneState => ({
  templateOptions,
  engine: null,
  unit: null,
  unitSource: null,
  doc: null,
  report: null,
  stale: false,
  watching: false,
  ticks: {},
  ticksStored: true,
  busy: "Loading",
  error: null,
  notices: [],
  status: null,
  tab,
  referencesSection: "sources",
});

export function PaneProvider(props: { loadEngine: () => Promise<Engine>; prefs: UserStore<Prefs>; children: ReactNode }) {
  const { loadEngine, prefs } = props;
  const [state, setState] = useState<PaneState>(() => initial("start", prefs.get("unit")?.template ?? DEFAULT_TEMPLATE_OPTIONS));
  // Actions run from event handlers and read the state committed last.
  const stateRef = useRef(state);
  useLayoutEffect(() => {
    stateRef.current = state;
  });
  const patch = useCallback((p: Partial<PaneState> | ((s: PaneState) => Partial<PaneState>)) => {
    setState((s) => ({ ...s, ...(typeof p === "function" ? p(s) : p) }));
  }, []);

  // Word reports the add-in's own writes as paragraph changes too, a moment after they land:
  // those must not mark the results as out of date.
  const running = useRef(0);
  const quietUntil = useRef(0);
  const OWN_WRITE_GRACE_MS = 1500;

  const run = useCallback(
    async <T,>(label: string, action: () => Promise<T>): Promise<T | undefined> => {
      running.current++;
      patch({ busy: label, error: null, status: null });
      try {
        return await action();
      } catch (err) {
        patch({ error: describeError(err, label.toLowerCase()) });
        return undefined;
      } finally {
        running.current--;
        quietUntil.current = Date.now() + OWN_WRITE_GRACE_MS;
        patch({ busy: null });
      }
    },
    [patch],
  );

  const onDocumentChanged = useCallback(
    (ownWritesToo: boolean) => {
      if (ownWritesToo && (running.current > 0 || Date.now() < quietUntil.current)) return;
      patch((s) => (s.report ? { stale: true } : {}));
    },
    [patch],
  );

  const analyseNow = useCallback((engine: Engine, doc: DraftDocument, unit: Unit | null): Report => {
    return engine.catalogue.analyse(doc, unit?.id);
  }, []);

  // Start-up: load the engine, read the document once, pick the unit (detected > remembered), check if there is a draft.
  useEffect(() => {
    let cancelled = false;
    let unwatch: (() => void) | null = null;
    (async () => {
      let engine: Engine;
      try {
        engine = await loadEngine();
      } catch (err) {
        if (!cancelled) patch({ busy: null, error: describeError(err, "start the add-in") });
        return;
      }
      if (cancelled) return;
      patch({ engine, notices: engine.backend.missingFeatures() });
      try {
        const doc = await engine.backend.readDocument();
        const detected = engine.catalogue.detectUnit(doc);
        const remembered = prefs.get("unit")?.unit;
        const unitId = detected ?? remembered ?? null;
        const unit = unitId ? engine.catalogue.getUnit(unitId) ?? null : null;
        const hasDraft = !!detected;
        const report = hasDraft && unit ? analyseNow(engine, doc, unit) : null;
        const ticks = await engine.backend.loadTicks().catch(() => null);
        if (cancelled) return;
        patch({
          doc,
          unit,
          unitSource: detected ? "detected" : unit ? "remembered" : null,
          report,
          ticks: ticks ?? {},
          ticksStored: ticks !== null,
          tab: report ? "check" : "start",
          busy: null,
        });
      } catch (err) {
        if (!cancelled) patch({ busy: null, error: describeError(err, "read the document") });
      }
      try {
        const ownWritesToo = engine.backend.changesIncludeOwnWrites;
        unwatch = await engine.backend.watchChanges(() => onDocumentChanged(ownWritesToo));
        if (!cancelled) patch({ watching: unwatch !== null });
      } catch {
        if (!cancelled) patch({ watching: false });
      }
    })();
    return () => {
      cancelled = true;
      unwatch?.();
    };
  }, [loadEngine, prefs, patch, analyseNow, onDocumentChanged]);

  const actions = useMemo<PaneActions>(() => {
    const engineOrThrow = () => {
      const e = stateRef.current.engine;
      if (!e) throw Object.assign(new Error("not ready"), { userMessage: "The add-in is still loading. Try again in a moment." });
      return e;
    };
    const check = async (): Promise<Report | null> => {
      const result = await run("Check my draft", async () => {
        const engine = engineOrThrow();
        const doc = await engine.backend.readDocument();
        let unit = stateRef.current.unit;
        if (!unit) {
          const detected = engine.catalogue.detectUnit(doc);
          unit = detected ? engine.catalogue.getUnit(detected) ?? null : null;
        }
        const report = analyseNow(engine, doc, unit);
        if (!unit && report.unit) unit = engine.catalogue.getUnit(report.unit) ?? null;
        patch({ doc, report, unit, stale: false });
        return report;
      });
      return result ?? null;
    };
    return {
      setTab: (tab) => patch({ tab, status: null, referencesSection: "sources" }),
      openReferences: (section) => patch({ tab: "references", status: null, referencesSection: section }),
      chooseUnit: (id) => {
        const engine = stateRef.current.engine;
        const unit = engine?.catalogue.getUnit(id) ?? null;
        patch({ unit, unitSource: "picked", report: null });
        prefs.set("unit", { ...prefs.get("unit"), unit: id });
      },
      insertTemplate: async (options) => {
        const unit = stateRef.current.unit;
        if (!unit) return;
        prefs.set("unit", { unit: unit.id, template: options });
        patch({ templateOptions: options });
        const result = await run("Insert template", () => engineOrThrow().backend.insertTemplate(unit, options));
        if (!result) return;
        if (result.outcome === "refused") {
          patch({ error: { title: "Template not inserted", message: result.message, intent: "warning" } });
          return;
        }
        await check();
        patch({ tab: "check", status: `${result.message} Write your answers under each side-heading.` });
      },
      check,
      insertMissing: async () => {
        const unit = stateRef.current.unit;
        if (!unit) return;
        const options = stateRef.current.templateOptions;
        const result = await run("Insert missing sections", () => engineOrThrow().backend.insertMissing(unit, options));
        if (result) {
          await check();
          patch({ status: result.message });
        }
      },
      removeGuidance: async () => {
        const unit = stateRef.current.unit;
        if (!unit) return;
        const result = await run("Remove guidance", () => engineOrThrow().backend.removeGuidance(unit));
        if (result) {
          await check();
          patch({ status: result.message });
        }
      },
      select: async (from, to = from) => {
        if (from === undefined) return;
        const e = stateRef.current.engine;
        if (!e) return;
        // The paragraph's text at the last check: if the learner has edited since, Word says so instead of selecting the wrong place.
        const expected = stateRef.current.doc?.paragraphs[from]?.text;
        try {
          await e.backend.select(from, Math.max(from, to ?? from), expected);
        } catch (err) {
          patch({ error: describeError(err, "go to that place") });
        }
      },
      toggleTick: async (ac, index) => {
        const cur = stateRef.current.ticks[ac] ?? [];
        const next = cur.includes(index) ? cur.filter((i) => i !== index) : [...cur, index].sort((a, b) => a - b);
        const ticks = { ...stateRef.current.ticks, [ac]: next };
        patch({ ticks });
        const e = stateRef.current.engine;
        if (!e || !stateRef.current.ticksStored) return;
        try {
          const stored = await e.backend.saveTicks(ticks);
          if (!stored) patch({ ticksStored: false });
        } catch {
          patch({ ticksStored: false });
        }
      },
      dismissError: () => patch({ error: null }),
      run,
      refresh: async () => {
        if (stateRef.current.report) await check();
      },
    };
  }, [patch, run, prefs, analyseNow]);

  const value = useMemo(() => ({ state, actions }), [state, actions]);
  return <PaneContext.Provider value={value}>{props.children}</PaneContext.Provider>;
}

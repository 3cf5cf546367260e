/**
 * The Tutor view's effects (and the Learner view's reading of a marked draft): loading the
 * tutor's Word operations, adding and removing the findings as comments, the comment bank kept
 * per tutor, grades saved in the document, the mark sheet and its CSV. Each outcome is a
 * TutorAction for the pure reducer (../model/tutor-reducer.ts); the pane controller composes this.
 */
import type { UserStore } from "../../office/storage";
import type { Report } from "../../check/rules";
import type { Unit } from "../../units/types";
import { findingsAsText } from "../../marking/finding-comments";
import { buildMarkSheet, markSheetCsv } from "../../marking/mark-sheet";
import { isoDate, type AcMark, type Marking } from "../../marking/marking";
import type { PassPer } from "../../marking/scheme";
import {
  addSnippet,
  bankFile,
  bankForStorage,
  bankFromStorage,
  BankImportError,
  deleteSnippet,
  editSnippet,
  mergeSnippets,
  parseBankFile,
  type CommentBank,
  type Snippet,
} from "../../marking/comment-bank";
import { starterSnippets } from "../../marking/comment-bank-starter";
import type { Engine } from "../backend";
import type { PaneState } from "../model/pane-reducer";
import { hasUnsavedGrades, type TutorAction, type TutorTab } from "../model/tutor-reducer";
import type { TutorBackend } from "./backend";

/** Per-user values this view keeps (in the pane's Prefs store): the tutor's name and comment bank. */
export interface TutorPrefs {
  tutorName?: string;
  bank?: unknown;
}

export interface TutorActions {
  /** The Tutor view opened (or the draft's unit changed): loads the Word operations, the bank and the grades. */
  open(): Promise<void>;
  chooseTab(tab: TutorTab): void;
  setName(name: string): void;
  addFindings(): Promise<void>;
  removeFindings(): Promise<void>;
  /** The findings as text, for a Word that cannot take comments. */
  findingsText(): string;
  setGrade(ac: string, mark: AcMark | undefined): void;
  setPassPer(passPer: PassPer | undefined): void;
  saveGrades(): Promise<void>;
  insertMarkSheet(): Promise<void>;
  /** Copies the mark sheet as CSV; where the clipboard is blocked the CSV is shown to copy by hand. */
  copyCsv(): Promise<void>;
  dismissCsv(): void;
  searchBank(query: string): void;
  filterBank(ac: string | null): void;
  addSnippet(snippet: Omit<Snippet, "id">): void;
  editSnippet(id: string, change: Partial<Pick<Snippet, "text" | "unit" | "ac">>): void;
  deleteSnippet(id: string): void;
  /** Reads a bank file; a bad one is refused whole (the message names the field) and nothing changes. */
  importBank(text: string): void;
  exportBank(): string;
  restoreStarters(): void;
  /** One click: the snippet as a comment on the selection. */
  insertSnippet(snippet: Snippet): Promise<void>;
  /** The Learner view: the tutor's comments under each AC and the grades, for the current report. */
  loadFeedback(): Promise<void>;
}

export interface TutorDeps {
  getState(): PaneState;
  dispatch(action: TutorAction): void;
  run<T>(label: string, action: () => Promise<T>): Promise<T | undefined>;
  /**
   * Runs an action that writes to the document once at a time (the pane controller's rule): a
   * request while one runs, or the second click of a double-click, is ignored. Without it (tests of
   * this module alone) actions run as asked.
   */
  once?<T>(label: string, body: () => Promise<T>): Promise<T | undefined>;
  confirm(status: string): void;
  prefs: UserStore<TutorPrefs>;
  /** Today as an ISO date (tests fix it). */
  today?: () => string;
  /** Writes text to the clipboard; rejects where the host blocks it. */
  copyText?: (text: string) => Promise<void>;
}

const BANK_KEY = "bank";
const TUTOR_KEY = "tutor";

function defaultCopy(text: string): Promise<void> {
  const clipboard = (globalThis as { navigator?: { clipboard?: { writeText(t: string): Promise<void> } } }).navigator?.clipboard;
  return clipboard ? clipboard.writeText(text) : Promise.reject(new Error("no clipboard"));
}

export function createTutorActions(deps: TutorDeps): TutorActions {
  const { getState, dispatch, run, prefs } = deps;
  const once = <T>(label: string, body: () => Promise<T>): Promise<T | undefined> => (deps.once ? deps.once(label, body) : body());
  const today = deps.today ?? (() => isoDate(new Date()));
  const copyText = deps.copyText ?? defaultCopy;
  let ops: Promise<TutorBackend> | null = null;
  let nextId = 1;

  const engine = (): Engine => {
    const e = getState().engine;
    if (!e) throw Object.assign(new Error("not ready"), { userMessage: "The add-in is still loading. Try again in a moment." });
    return e;
  };
  const backend = (): Promise<TutorBackend> =>
    (ops ??= engine()
      .tutor()
      .catch((err: unknown) => {
        ops = null;
        throw err;
      }));
  const units = (): Unit[] => {
    const cat = getState().engine?.catalogue;
    return cat ? cat.listUnits().flatMap((u) => cat.getUnit(u.id) ?? []) : [];
  };
  const tutor = () => getState().tutor;

  const setBank = (bank: CommentBank, message?: string) => {
    dispatch({ type: "bankChanged", bank, ...(message ? { message } : {}) });
    prefs.set(BANK_KEY, { bank: bankForStorage(bank) });
  };
  const loadBank = () => {
    if (tutor().bank) return;
    const all = units();
    const stored = bankFromStorage(prefs.get(BANK_KEY)?.bank, all);
    // A new tutor starts with the starter set drawn from every unit's descriptors.
    dispatch({ type: "bankLoaded", bank: stored ?? { snippets: starterSnippets(all) } });
  };

  /** The grades as they will be saved: the tutor's name and today's date on them. */
  const signed = (): Marking | null => {
    const draft = tutor().draft;
    return draft ? { ...draft, tutor: tutor().tutorName.trim(), date: today() } : null;
  };

  const unitOfDraft = (): Unit | null => {
    const id = tutor().draft?.unit ?? getState().unit?.id;
    return id ? engine().catalogue.getUnit(id) ?? null : null;
  };

  const save = async (): Promise<boolean> => {
    const marking = signed();
    if (!marking || tutor().locked) return false;
    const b = await backend();
    if (!(await b.saveMarking(marking))) {
      deps.confirm("This version of Word cannot keep the grades in the document: copy the mark sheet as CSV before you close the pane.");
      return false;
    }
    dispatch({ type: "markingSaved", marking });
    return true;
  };

  return {
    open: async () => {
      loadBank();
      const unit = getState().unit;
      await run("Open the tutor's tools", async () => {
        const b = await backend();
        dispatch({ type: "supportKnown", support: { comment: b.canComment, store: b.canStore } });
        // Coming back to the view keeps grades not saved yet; a new unit reads the document's again.
        const t = tutor();
        if (unit && !(t.markingUnit === unit.id && (t.draft || t.locked))) {
          dispatch({ type: "markingLoaded", entry: await b.loadMarking(), unit, today: today() });
        }
      });
    },
    chooseTab: (tab) => dispatch({ type: "tabChosen", tab }),
    setName: (name) => {
      dispatch({ type: "nameChanged", name });
      prefs.set(TUTOR_KEY, { tutorName: name });
    },
    addFindings: async () => {
      await once("Add findings as comments", async () => {
        const result = await run("Add findings as comments", async () => {
          const e = engine();
          const unitId = getState().unit?.id;
          return (await backend()).addFindings((doc) => e.catalogue.analyse(doc, unitId));
        });
        if (result) dispatch({ type: "findingsDone", message: result.message });
      });
    },
    removeFindings: async () => {
      await once("Remove the add-in's comments", async () => {
        const result = await run("Remove the add-in's comments", async () => (await backend()).removeFindings());
        if (result) dispatch({ type: "findingsDone", message: result.message });
      });
    },
    findingsText: () => {
      const report: Report | null = getState().report;
      return report ? findingsAsText(report) : "";
    },
    setGrade: (ac, mark) => dispatch({ type: "gradeChanged", ac, mark }),
    setPassPer: (passPer) => dispatch({ type: "passPerChosen", passPer }),
    saveGrades: async () => {
      await once("Save grades", async () => {
        const saved = await run("Save grades", save);
        if (saved) deps.confirm(`Saved the grades in the document, marked by ${tutor().saved?.tutor || "an unnamed tutor"}.`);
      });
    },
    insertMarkSheet: async () => {
      await once("Insert mark sheet", async () => {
        const result = await run("Insert mark sheet", async () => {
          const unit = unitOfDraft();
          if (!unit || !tutor().draft) return undefined;
          // The sheet shows what the document keeps: unsaved grades are saved first.
          if (hasUnsavedGrades(tutor()) || !tutor().saved) await save();
          const marking = tutor().saved ?? signed()!;
          return (await backend()).insertMarkSheet(buildMarkSheet(unit, marking));
        });
        if (result) deps.confirm(result.message);
      });
    },
    copyCsv: async () => {
      const unit = unitOfDraft();
      const marking = signed();
      if (!unit || !marking) return;
      const csv = markSheetCsv(buildMarkSheet(unit, marking));
      try {
        await copyText(csv);
        dispatch({ type: "csvFallback", csv: null });
        deps.confirm("Copied the mark sheet as CSV: paste it into the centre's spreadsheet.");
      } catch {
        dispatch({ type: "csvFallback", csv });
      }
    },
    dismissCsv: () => dispatch({ type: "csvFallback", csv: null }),
    searchBank: (query) => dispatch({ type: "bankQueryChanged", query }),
    filterBank: (ac) => dispatch({ type: "bankAcChosen", ac }),
    addSnippet: (snippet) => {
      loadBank();
      const bank = tutor().bank!;
      setBank(addSnippet(bank, snippet, `mine-${Date.now().toString(36)}-${nextId++}`), "Added the snippet to your comment bank.");
    },
    editSnippet: (id, change) => {
      const bank = tutor().bank;
      if (bank) setBank(editSnippet(bank, id, change), "Saved the snippet.");
    },
    deleteSnippet: (id) => {
      const bank = tutor().bank;
      if (bank) setBank(deleteSnippet(bank, id), "Deleted the snippet.");
    },
    importBank: (text) => {
      loadBank();
      try {
        const incoming = parseBankFile(text, units());
        const { bank, added } = mergeSnippets(tutor().bank!, incoming);
        setBank(bank, `Imported ${added === 1 ? "1 snippet" : `${added} snippets`}${incoming.length > added ? ` (${incoming.length - added} already in your bank)` : ""}.`);
      } catch (err) {
        dispatch({ type: "importFailed", message: err instanceof BankImportError ? err.message : "The comment bank could not be read. Nothing was imported." });
      }
    },
    exportBank: () => {
      loadBank();
      return bankFile(tutor().bank!);
    },
    restoreStarters: () => {
      loadBank();
      const { bank, added } = mergeSnippets(tutor().bank!, starterSnippets(units()));
      setBank(bank, added ? `Restored ${added === 1 ? "1 starter snippet" : `${added} starter snippets`}.` : "Every starter snippet is already in your bank.");
    },
    insertSnippet: async (snippet) => {
      await once("Insert comment", async () => {
        const done = await run("Insert comment", async () => {
          await (await backend()).commentOnSelection(snippet.text);
          return true;
        });
        if (done) deps.confirm("Added the comment to the selection.");
      });
    },
    loadFeedback: async () => {
      const { report, engine: e } = getState();
      if (!e || !report) return;
      try {
        const b = await backend();
        const sections = report.sections.filter((s) => s.paragraphs).map((s) => ({ ac: s.ac, from: s.paragraphs![0], to: s.paragraphs![1] }));
        const feedback = await b.readFeedback(sections);
        dispatch({
          type: "feedbackLoaded",
          feedback: { comments: feedback.comments, marking: feedback.marking?.state === "ok" ? feedback.marking.value : null },
        });
      } catch {
        // The learner's view works without the tutor's feedback; a failure here is not worth a message.
      }
    },
  };
}

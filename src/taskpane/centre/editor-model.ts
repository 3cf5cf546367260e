/**
 * The Centre mode's editor as a pure model (tested without React): the form as the centre types
 * it, the actions that change it, and the template JSON it stands for. Validation is the one
 * schema's (src/centre/parse.ts, through the engine); this only turns typed text into the
 * template's shape, and catches the one thing the schema cannot see in a form (half a word range).
 */
import type { CentreTemplate, CentreTemplateInput } from "../../centre/schema";
import { CITE_THEM_RIGHT, type HarvardSettings } from "../../harvard/house-style";

export interface HarvardForm {
  /** "" = Cite Them Right's (4). */
  etAlFrom: string;
  ampersandInBrackets: boolean;
  noDate: HarvardSettings["noDate"];
  pageLocator: HarvardSettings["pageLocator"];
  edition: HarvardSettings["edition"];
}

export interface CentreForm {
  unit: string;
  /** The template's id; follows the centre's name and unit until the centre types its own. */
  id: string;
  idEdited: boolean;
  centreName: string;
  centreNumber: string;
  guidance: boolean;
  lockHeadings: boolean;
  coverSheet: boolean;
  /** One field per line. */
  coverFields: string;
  /** The centre's guidance per AC id. */
  acGuidance: Record<string, string>;
  /** One heading per line. */
  extraSections: string;
  /** "" for both = the unit's range. */
  wordRangeLow: string;
  wordRangeHigh: string;
  harvard: HarvardForm;
  /** Unconfirmed units only: "1 Title" per line, and "1.1 Wording" per line, from the centre's mark sheet. */
  outcomes: string;
  criteria: string;
}

export type EditorAction =
  | { type: "set"; field: "centreName" | "centreNumber" | "coverFields" | "extraSections" | "wordRangeLow" | "wordRangeHigh" | "outcomes" | "criteria"; value: string }
  | { type: "toggle"; field: "guidance" | "lockHeadings" | "coverSheet"; value: boolean }
  | { type: "id"; value: string }
  | { type: "unit"; unit: string }
  | { type: "acGuidance"; ac: string; text: string }
  | { type: "harvard"; settings: Partial<HarvardForm> }
  | { type: "loaded"; form: CentreForm };

const DEFAULT_FIELDS = ["Learner name", "ILM registration number"];

export function emptyForm(unit: string): CentreForm {
  return {
    unit,
    id: suggestedId("", unit),
    idEdited: false,
    centreName: "",
    centreNumber: "",
    guidance: true,
    lockHeadings: true,
    coverSheet: true,
    coverFields: DEFAULT_FIELDS.join("\n"),
    acGuidance: {},
    extraSections: "",
    wordRangeLow: "",
    wordRangeHigh: "",
    harvard: { etAlFrom: "", ampersandInBrackets: CITE_THEM_RIGHT.ampersandInBrackets, noDate: CITE_THEM_RIGHT.noDate, pageLocator: CITE_THEM_RIGHT.pageLocator, edition: CITE_THEM_RIGHT.edition },
    outcomes: "",
    criteria: "",
  };
}

/** "northgate-college-8580-500": the centre's name and the unit, as the id's letters allow. */
export function suggestedId(centreName: string, unit: string): string {
  const slug = centreName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return [slug || "centre", unit].join("-");
}

const lines = (text: string) => text.split(/\r?\n/).map((l) => l.replace(/\s+/g, " ").trim()).filter((l) => l.length > 0);

/** A whole number as typed, or the text itself so the schema names it ("must be a number, not text"). */
function numberOrText(s: string): number | string {
  const t = s.trim().replace(/[,\s]/g, "");
  return /^\d+$/.test(t) ? Number(t) : s.trim();
}

export function editorReducer(form: CentreForm, action: EditorAction): CentreForm {
  switch (action.type) {
    case "set": {
      const next = { ...form, [action.field]: action.value };
      if (action.field === "centreName" && !form.idEdited) next.id = suggestedId(action.value, form.unit);
      return next;
    }
    case "toggle":
      return { ...form, [action.field]: action.value };
    case "id":
      return { ...form, id: action.value, idEdited: action.value.trim() !== "" };
    case "unit":
      // Guidance belongs to the ACs of one unit; another unit starts without it.
      return { ...form, unit: action.unit, acGuidance: action.unit === form.unit ? form.acGuidance : {}, id: form.idEdited ? form.id : suggestedId(form.centreName, action.unit) };
    case "acGuidance": {
      const acGuidance = { ...form.acGuidance };
      if (action.text.trim() === "") delete acGuidance[action.ac];
      else acGuidance[action.ac] = action.text;
      return { ...form, acGuidance };
    }
    case "harvard":
      return { ...form, harvard: { ...form.harvard, ...action.settings } };
    case "loaded":
      return action.form;
  }
}

/** The template the form stands for, or the one thing wrong that the schema cannot see. */
export function templateFromForm(form: CentreForm, unconfirmed: boolean): { template: CentreTemplateInput; problem?: string } {
  const template: Record<string, unknown> = {
    id: form.id.trim(),
    unit: form.unit,
    centre: { name: form.centreName.trim(), ...(form.centreNumber.trim() ? { number: form.centreNumber.trim() } : {}) },
    guidance: form.guidance,
    lockHeadings: form.lockHeadings,
    coverSheet: form.coverSheet ? lines(form.coverFields) : false,
    acGuidance: Object.fromEntries(Object.entries(form.acGuidance).filter(([, t]) => t.trim() !== "").map(([ac, t]) => [ac, t.trim()])),
    extraSections: lines(form.extraSections),
  };
  let problem: string | undefined;
  const low = form.wordRangeLow.trim();
  const high = form.wordRangeHigh.trim();
  if (low || high) {
    if (!low || !high) problem = "Give both ends of the word range, or leave both empty to keep the unit's.";
    else template.wordRange = [numberOrText(low), numberOrText(high)];
  }
  const h = form.harvard;
  const harvard: Record<string, unknown> = {};
  if (h.etAlFrom.trim() !== "") harvard.etAlFrom = numberOrText(h.etAlFrom);
  if (h.ampersandInBrackets !== CITE_THEM_RIGHT.ampersandInBrackets) harvard.ampersandInBrackets = h.ampersandInBrackets;
  if (h.noDate !== CITE_THEM_RIGHT.noDate) harvard.noDate = h.noDate;
  if (h.pageLocator !== CITE_THEM_RIGHT.pageLocator) harvard.pageLocator = h.pageLocator;
  if (h.edition !== CITE_THEM_RIGHT.edition) harvard.edition = h.edition;
  if (Object.keys(harvard).length > 0) template.harvard = harvard;
  if (unconfirmed && lines(form.criteria).length > 0) {
    template.criteria = lines(form.criteria).map((l) => {
      const m = /^(?:AC\s*)?(\d+\.\d+)[\s:.)-]+(.*)$/i.exec(l);
      return m ? { ac: m[1], wording: m[2]!.trim() } : { ac: "", wording: l };
    });
    const outcomes = lines(form.outcomes).map((l) => {
      const m = /^(?:(?:learning\s+)?outcome|LO)?\s*(\d+)[\s:.)-]+(.*)$/i.exec(l);
      return m ? { id: m[1], title: m[2]!.trim() } : { id: "", title: l };
    });
    if (outcomes.length > 0) template.outcomes = outcomes;
  }
  return problem ? { template: template as CentreTemplateInput, problem } : { template: template as CentreTemplateInput };
}

/** The form for a template opened from a file. */
export function formFromTemplate(t: CentreTemplate): CentreForm {
  const base = emptyForm(t.unit);
  return {
    ...base,
    id: t.id,
    idEdited: t.id !== suggestedId(t.centre.name, t.unit),
    centreName: t.centre.name,
    centreNumber: t.centre.number ?? "",
    guidance: t.guidance,
    lockHeadings: t.lockHeadings,
    coverSheet: t.coverSheet !== false,
    coverFields: (t.coverSheet === false ? DEFAULT_FIELDS : t.coverSheet).join("\n"),
    acGuidance: { ...t.acGuidance },
    extraSections: t.extraSections.join("\n"),
    wordRangeLow: t.wordRange ? String(t.wordRange[0]) : "",
    wordRangeHigh: t.wordRange ? String(t.wordRange[1]) : "",
    harvard: {
      etAlFrom: t.harvard?.etAlFrom !== undefined ? String(t.harvard.etAlFrom) : "",
      ampersandInBrackets: t.harvard?.ampersandInBrackets ?? base.harvard.ampersandInBrackets,
      noDate: t.harvard?.noDate ?? base.harvard.noDate,
      pageLocator: t.harvard?.pageLocator ?? base.harvard.pageLocator,
      edition: t.harvard?.edition ?? base.harvard.edition,
    },
    outcomes: (t.outcomes ?? []).map((o) => `${o.id} ${o.title}`).join("\n"),
    criteria: (t.criteria ?? []).map((c) => `${c.ac} ${c.wording}`).join("\n"),
  };
}

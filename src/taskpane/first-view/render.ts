/**
 * The pane's first view, drawn without React or Fluent UI, so that the learner can act before the
 * full pane's code (React DOM, Fluent's components and their keyboard handling: about 130 KB
 * gzipped) has arrived: the unit picker and Insert template for a blank document, the summary and
 * a card for every AC for a draft. It reads the same controller the full pane uses
 * (pane-controller.ts: the document is read once, and the buttons call the same actions), marks the
 * pane usable once painted (first-paint.ts), and gives way to the full pane (boot.ts) with what the
 * learner did in the meantime (handover.ts). It looks like the full pane, not the same in every pixel:
 * the full pane draws the same views with Fluent UI a moment later, and adds the rest.
 */
import type { PaneController } from "../pane-controller";
import type { PaneState, TabId } from "../model/pane-reducer";
import { buildCards, draftWideProblems, type AcCard } from "../model/cards";
import { GROUP_BATCH, groupProblems, type ProblemRow } from "../model/problem-groups";
import type { Problem } from "../../check/rules";
import { WORDING_TO_BE_CONFIRMED } from "../../units/unit-notices";
import { hasSideHeadings, reportToShow } from "../model/progress";
import { answeredBadge, describeWordStatus, plural, summarise } from "../model/summary";
import { describeWords } from "../../check/answer-summary";
import { DRAFT_GATE_MESSAGE } from "../../check/draft-gate";
import { groupUnits, pickerOption } from "../model/units";
import { checkIntro, HAS_SIDE_HEADINGS, NO_UNIT_FOUND, NOT_STARTED_NOTE, TEMPLATE_INTRO, TEMPLATE_OPTION_LABELS, sourcesNeedText, unitFacts, unitHint, unitQuestionText } from "../model/view-text";
import { markFirstViewPainted } from "../first-paint";
import { handover } from "../handover";
import type { TemplateOptions } from "../../core/template";
import { el, type Child } from "./dom";

const TABS: ReadonlyArray<[TabId, string]> = [
  ["start", "Unit"],
  ["check", "Check"],
  ["submit", "Submit"],
  ["references", "References"],
];

const ROLE_LABELS = { learner: "Learner", tutor: "Tutor", centre: "Centre" } as const;



export interface FirstView {
  /** Stops drawing (the full pane has taken the container). */
  dispose(): void;
  /** The full pane could not be fetched: says so above the view, which keeps working. */
  unavailable(message: string): void;
}

/** The progress bar's filled part, as wide as the share of the range written. */
function progressFill(progress: number, status: string): HTMLElement {
  const fill = el("span", { class: `fv-progress-fill fv-${status}` });
  fill.style.width = `${Math.round(progress * 100)}%`;
  return fill;
}

/**
 * Draws the first view into `container` and redraws it whenever the controller's state changes.
 * `embedded`: inside the preview page the pane is a region, not the page's main landmark.
 */
export function mountFirstView(container: HTMLElement, controller: PaneController, options: { theme: string; embedded?: boolean }): FirstView {
  const { actions } = controller;
  let live = true;
  let problem: string | null = null;
  /** The Whole draft list's groups opened, and how many of each are shown (as the full pane's ProblemList). */
  const groupsShown = new Map<string, number>();
  /** The control that had the keyboard when a redraw took it away (a button disabled while busy, or gone). */
  let focusLostFrom: string | null = null;

  const button = (label: string, key: string, onClick: () => void, opts: { primary?: boolean; small?: boolean; disabled?: boolean } = {}) =>
    el(
      "button",
      {
        class: `fv-button${opts.primary ? " fv-primary" : ""}${opts.small ? " fv-small" : ""}`,
        attrs: { type: "button", "data-fv-key": key },
        disabled: opts.disabled,
        on: { click: onClick },
      },
      label,
    );

  const messageBar = (intent: string, title: string | null, body: Child, ...buttons: Child[]) =>
    el(
      "div",
      { class: `fv-message fv-${intent}`, attrs: intent === "error" ? { role: "alert" } : {} },
      el("div", {}, title ? el("strong", { class: "fv-message-title" }, title) : null, body),
      buttons.some(Boolean) ? el("div", { class: "fv-row" }, ...buttons) : null,
    );

  /** The confirmation: it takes the keyboard when the button that asked for it has gone (see redraw). */
  function statusBar(status: string): HTMLElement {
    const bar = messageBar("success", null, status);
    bar.tabIndex = -1;
    bar.dataset.status = "";
    bar.dataset.fvKey = "status";
    return bar;
  }

  function messages(state: PaneState): HTMLElement {
    const question = state.unitQuestion ? unitQuestionText(state.unitQuestion.documentUnit, state.unitQuestion.unit) : null;
    return el(
      "div",
      { class: "fv-stack", attrs: { "aria-live": "polite" } },
      problem ? messageBar("warning", "Working offline", problem) : null,
      state.error ? messageBar(state.error.intent, state.error.title, state.error.message, button("Dismiss message", "dismiss", actions.dismissError, { small: true })) : null,
      ...state.notices.map((n) => messageBar("info", n.feature, n.consequence)),
      state.status ? statusBar(state.status) : null,
      question
        ? messageBar(
            "warning",
            question.title,
            question.body,
            button(question.keep, "keep-unit", actions.keepDocumentUnit, { small: true }),
            button(question.confirm, "confirm-unit", actions.confirmUnit, { small: true }),
          )
        : null,
    );
  }

  function startView(state: PaneState): HTMLElement {
    const units = state.engine?.catalogue.listUnits() ?? [];
    const unit = state.unit;
    const chosen = handover.templateOptions ?? state.templateOptions;
    const select = el(
      "select",
      { class: "fv-select", attrs: { id: "fv-unit", "data-fv-key": "unit" }, on: { change: (e) => { const v = (e.target as HTMLSelectElement).value; if (v) actions.chooseUnit(v); } } },
      unit ? null : el("option", { attrs: { value: "", disabled: "" } }, "Choose your unit"),
      ...groupUnits(units).map((g) =>
        el("optgroup", { attrs: { label: `Level ${g.level}` } }, ...g.units.map((u) => el("option", { attrs: { value: u.id } }, pickerOption(u, unit)))),
      ),
    );
    select.value = unit?.id ?? "";
    const hint = unitHint(state.unitSource);
    const hasDraft = hasSideHeadings(state.report);
    const checkbox = ([key, label]: [keyof TemplateOptions, string]) =>
      el(
        "label",
        { class: "fv-check" },
        el("input", {
          attrs: { type: "checkbox", "data-fv-key": `option-${key}`, ...(chosen[key] ? { checked: "" } : {}) },
          on: { change: (e) => { handover.templateOptions = { ...chosen, [key]: (e.target as HTMLInputElement).checked }; } },
        }),
        label,
      );
    return el(
      "div",
      { class: "fv-view" },
      el(
        "section",
        { class: "fv-section", attrs: { "aria-labelledby": "unit-heading" } },
        el("h2", { attrs: { id: "unit-heading" } }, "Choose your unit"),
        el("label", { class: "fv-label", attrs: { for: "fv-unit" } }, "Your unit"),
        select,
        hint ? el("span", { class: "fv-caption" }, hint) : null,
        unit ? el("ul", { class: "fv-facts" }, ...unitFacts(unit).map((f) => el("li", { class: "fv-caption" }, f))) : null,
        unit?.wordingStatus === "to-be-confirmed" ? messageBar("warning", null, WORDING_TO_BE_CONFIRMED) : null,
      ),
      el(
        "section",
        { class: "fv-section", attrs: { "aria-labelledby": "template-heading" } },
        el("h2", { attrs: { id: "template-heading" } }, "Insert the template"),
        el("p", {}, TEMPLATE_INTRO),
        state.centre
          ? el("span", { class: "fv-caption" }, `${state.centre.centre.name} has set what the template includes.`)
          : el("div", { class: "fv-group", attrs: { role: "group", "aria-labelledby": "fv-include" } }, el("span", { class: "fv-label", attrs: { id: "fv-include" } }, "Include"), ...TEMPLATE_OPTION_LABELS.map(checkbox)),
        hasDraft ? messageBar("info", null, HAS_SIDE_HEADINGS) : null,
        button("Insert template", "insert-template", () => void actions.insertTemplate(handover.templateOptions ?? state.templateOptions), { primary: true, disabled: !unit || !!state.busy }),
        unit ? null : el("span", { class: "fv-caption" }, "Choose your unit first."),
      ),
    );
  }

  function card(c: AcCard, open: boolean): HTMLElement {
    const toggle = () => {
      const set = new Set(handover.openCards);
      if (set.has(c.ac)) set.delete(c.ac);
      else set.add(c.ac);
      handover.openCards = [...set];
      // As the full pane's card does: the cursor to the side-heading, nothing selected.
      if (c.paragraph !== undefined) void actions.select(c.paragraph, c.range?.[1]);
      redraw();
    };
    return el(
      "div",
      { class: "fv-card", attrs: { "data-ac": c.ac } },
      el(
        "button",
        { class: "fv-card-header", attrs: { type: "button", "aria-expanded": String(open), "data-fv-key": `card-${c.ac}` }, on: { click: toggle } },
        el(
          "span",
          { class: "fv-row" },
          el("strong", {}, `AC ${c.ac}`),
          el("span", { class: `fv-badge fv-${c.badge.colour}` }, c.badge.label),
          c.problems.length > 0 ? el("span", { class: "fv-caption" }, plural(c.problems.length, "problem")) : null,
        ),
        el("span", { class: "fv-caption fv-wording" }, c.wording),
      ),
      open && c.sourcesNeeded ? sourcesNeed(c.sourcesNeeded) : null,
      open && c.problems.length > 0
        ? el("ul", { class: "fv-problems" }, ...c.problems.map((p) => el("li", { class: `fv-problem fv-${p.severity}` }, p.message)))
        : null,
    );
  }

  /** What the AC asks of sources: a tick once met (as the full pane's SourcesNeeded), an empty circle until then. */
  function sourcesNeed(need: NonNullable<AcCard["sourcesNeeded"]>): HTMLElement {
    return el(
      "p",
      { class: "fv-need fv-caption", attrs: { "data-sources-met": String(need.met) } },
      el("span", { class: `fv-need-mark${need.met ? " fv-met" : ""}`, attrs: { role: "img", "aria-label": need.met ? "Met:" : "Not met yet:" } }, need.met ? "✓" : "○"),
      el("span", {}, sourcesNeedText(need)),
    );
  }

  /** One problem of the Whole draft list. */
  const problemItem = (p: Problem) => el("li", { class: `fv-problem fv-${p.severity}` }, p.message);

  /** A row of problems of one kind ("199 references are not cited"), opened with Show them. */
  function group(row: Extract<ProblemRow, { kind: "group" }>): HTMLElement {
    const shown = groupsShown.get(row.code) ?? 0;
    const id = `fv-group-${row.code}`;
    const toggle = el(
      "button",
      {
        class: "fv-button fv-subtle fv-small fv-link",
        attrs: { type: "button", "aria-expanded": String(shown > 0), "aria-controls": id, "aria-describedby": `${id}-title`, "data-fv-key": `group-${row.code}` },
        on: { click: () => { groupsShown.set(row.code, shown > 0 ? 0 : GROUP_BATCH); redraw(); } },
      },
      shown > 0 ? "Hide them" : "Show them",
    );
    const more = row.problems.length - shown;
    return el(
      "li",
      { class: `fv-group-row fv-problem fv-${row.severity}`, attrs: { "data-group": row.code } },
      el("span", { attrs: { id: `${id}-title` } }, row.title),
      row.fix ? el("span", { class: "fv-caption fv-wording" }, row.fix) : null,
      toggle,
      shown > 0 ? el("ul", { class: "fv-problems fv-inner", attrs: { id, "aria-labelledby": `${id}-title` } }, ...row.problems.slice(0, shown).map(problemItem)) : null,
      shown > 0 && more > 0
        ? el(
            "button",
            { class: "fv-button fv-subtle fv-small fv-link", attrs: { type: "button", "data-fv-key": `more-${row.code}` }, on: { click: () => { groupsShown.set(row.code, shown + GROUP_BATCH); redraw(); } } },
            `Show ${Math.min(GROUP_BATCH, more)} more of ${row.problems.length}`,
          )
        : null,
    );
  }

  function checkView(state: PaneState): HTMLElement {
    const report = state.report ? reportToShow(state.report) : null;
    const unit = state.unit;
    const busy = !!state.busy;
    const summary = report ? summarise(report) : null;
    const answered = summary ? answeredBadge(summary) : null;
    const cards = report && unit ? buildCards(unit, report) : [];
    const open = new Set(handover.openCards);
    const counts = summary?.problems;
    const fixes = report && state.engine ? state.engine.catalogue.fixActions(report.problems) : [];
    // As the full pane's Check view: problems of no single AC, grouped by kind, most important first.
    const wide = report ? groupProblems(unit ? draftWideProblems(unit, report) : report.problems) : [];
    return el(
      "div",
      { class: "fv-view" },
      el("div", { class: "fv-row" }, button(report ? "Check again" : "Check my draft", "check", () => void actions.check(), { primary: true, disabled: busy })),
      !report
        ? el("p", {}, checkIntro(unit))
        : null,
      report && !unit ? el("p", {}, NO_UNIT_FOUND) : null,
      summary && counts && answered
        ? el(
            "section",
            { class: "fv-summary", attrs: { "aria-label": "Summary of the check" } },
            el("span", {}, describeWords(summary.words, summary.range)),
            summary.range
              ? el("span", { class: "fv-progress", attrs: { role: "progressbar", "aria-label": "Words against the suggested range", "aria-valuemin": "0", "aria-valuemax": "1", "aria-valuenow": String(summary.progress) } }, progressFill(summary.progress, summary.wordStatus))
              : null,
            el("span", { class: "fv-caption" }, describeWordStatus(summary.wordStatus, summary.words, summary.range)),
            el("span", { class: `fv-badge fv-${answered.colour}` }, answered.label),
            el(
              "div",
              { class: "fv-row", attrs: { "aria-label": "Problems by severity" } },
              summary.notStarted ? el("span", { class: "fv-badge fv-outline" }, "Not started") : null,
              summary.notStarted
                ? el("span", { class: "fv-caption" }, NOT_STARTED_NOTE)
                : counts.error + counts.warning + counts.info === 0
                  ? el("span", { class: "fv-caption" }, summary.gate ? DRAFT_GATE_MESSAGE[summary.gate] : "No problems found.")
                  : null,
              counts.error > 0 && !summary.notStarted ? el("span", { class: "fv-badge fv-danger" }, plural(counts.error, "error")) : null,
              counts.warning > 0 && !summary.notStarted ? el("span", { class: "fv-badge fv-warning" }, plural(counts.warning, "warning")) : null,
              counts.info > 0 && !summary.notStarted ? el("span", { class: "fv-badge fv-informative" }, plural(counts.info, "note")) : null,
            ),
          )
        : null,
      report && unit?.wordingStatus === "to-be-confirmed" ? messageBar("warning", null, WORDING_TO_BE_CONFIRMED) : null,
      fixes.length > 0
        ? el(
            "div",
            { class: "fv-row", attrs: { "aria-label": "Fixes the add-in can make" } },
            fixes.includes("insert-missing") && unit ? button("Insert missing sections", "insert-missing", () => void actions.insertMissing(), { small: true, disabled: busy }) : null,
            fixes.includes("remove-guidance") ? button("Remove guidance", "remove-guidance", () => void actions.removeGuidance(), { small: true, disabled: busy }) : null,
            fixes.includes("update-references") ? button("Update reference list", "update-references", () => actions.openReferences("list"), { small: true, disabled: busy }) : null,
          )
        : null,
      cards.length > 0
        ? el("section", { class: "fv-cards", attrs: { "aria-labelledby": "cards-heading" } }, el("h2", { attrs: { id: "cards-heading" } }, "Assessment criteria"), ...cards.map((c) => card(c, open.has(c.ac))))
        : null,
      wide.length > 0
        ? el(
            "section",
            { class: "fv-cards", attrs: { "aria-labelledby": "wide-heading" } },
            el("h2", { attrs: { id: "wide-heading" } }, "Whole draft"),
            el("ul", { class: "fv-wide" }, ...wide.map((row) => (row.kind === "one" ? problemItem(row.problem) : group(row)))),
          )
        : null,
    );
  }

  /** True once the view drawn is one the learner can use: a unit picker with units, or the check's result. */
  const usable = (state: PaneState) => state.role === "learner" && !!state.engine && state.busy !== "Loading" && (state.tab === "start" || state.tab === "check");

  function body(state: PaneState): Child {
    if (!state.engine || state.busy === "Loading") {
      return state.error && !state.engine ? null : el("div", { class: "fv-busy", attrs: { role: "status" } }, el("span", { class: "fv-spinner" }), "Reading your document…");
    }
    if (!usable(state)) return el("div", { class: "fv-busy", attrs: { role: "status" } }, el("span", { class: "fv-spinner" }), "Loading…");
    return el(
      "div",
      { attrs: { role: "tabpanel", "aria-label": state.tab } },
      state.busy ? el("div", { class: "fv-busy", attrs: { role: "status" } }, el("span", { class: "fv-spinner" }), `${state.busy}…`) : null,
      state.tab === "start" ? startView(state) : checkView(state),
    );
  }

  function draw(state: PaneState): HTMLElement {
    const ready = !!state.engine;
    return el(
      "div",
      { class: `fv-root fv-theme-${options.theme}` },
      el(
        options.embedded ? "section" : "main",
        { class: "fv-pane", attrs: { "aria-label": "ILM Assignment Assistant" } },
        el("header", { class: "fv-header" }, el("h1", {}, "ILM Assignment Assistant")),
        el(
          "div",
          { class: "fv-top" },
          el(
            "div",
            { class: "fv-tabs fv-subtle", attrs: { role: "tablist", "aria-label": "I am using the assistant as a" } },
            ...(["learner", "tutor", "centre"] as const).map((r) =>
              el("button", { class: "fv-tab", attrs: { type: "button", role: "tab", "aria-selected": String(state.role === r), "data-role": r, "data-fv-key": `role-${r}` }, on: { click: () => actions.chooseRole(r) } }, ROLE_LABELS[r]),
            ),
          ),
          el("button", { class: "fv-button fv-subtle fv-small", attrs: { type: "button" }, disabled: true }, "Help"),
        ),
        state.role === "learner"
          ? el(
              "div",
              { class: "fv-tabs", attrs: { role: "tablist", "aria-label": "Sections of the assistant" } },
              ...TABS.map(([id, label]) =>
                el("button", { class: "fv-tab", attrs: { type: "button", role: "tab", "aria-selected": String(state.tab === id), "data-fv-key": `tab-${id}` }, disabled: !ready, on: { click: () => actions.setTab(id) } }, label),
              ),
            )
          : null,
        messages(state),
        body(state),
      ),
    );
  }

  function redraw(): void {
    if (!live) return;
    const state = controller.getState();
    // Keep the keyboard where it was across a redraw: the same control, found by its key.
    const active = document.activeElement as HTMLElement | null;
    const focused = active?.dataset?.fvKey ?? (!active || active === document.body ? focusLostFrom : null);
    container.replaceChildren(draw(state));
    if (focused) {
      container.querySelector<HTMLElement>(`[data-fv-key="${focused}"]`)?.focus();
      // The control went (Insert template opens the Check tab) or cannot take focus while busy: the
      // confirmation takes it once it shows, as in the full pane (Messages.tsx), never the page.
      if (!container.contains(document.activeElement)) container.querySelector<HTMLElement>("[data-status]")?.focus();
      focusLostFrom = container.contains(document.activeElement) ? null : focused;
    }
    if (usable(state)) markFirstViewPainted();
  }

  // Start-up changes the state several times in one go (the document opened, then its ticks):
  // the view is drawn afresh each time, so it is drawn once for them all.
  let scheduled = false;
  const redrawSoon = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      redraw();
    });
  };
  const unsubscribe = controller.subscribe(redrawSoon);
  redraw();
  return {
    dispose() {
      live = false;
      unsubscribe();
    },
    unavailable(message) {
      problem = message;
      redraw();
    },
  };
}

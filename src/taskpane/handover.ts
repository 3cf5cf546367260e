/**
 * What the learner did in the first view (first-view/render.ts) that the full pane carries on with
 * when it takes over: the template options ticked, the cards opened, and where the keyboard was.
 * Everything else the two share through the controller's state.
 */
import type { TemplateOptions } from "../core/template";

export const handover: {
  /** Ticked or unticked before Insert template was pressed (pressing it records them as the learner's choice). */
  templateOptions?: TemplateOptions;
  /** The ACs whose cards are open. */
  openCards: string[];
} = { openCards: [] };

/** For the full pane's view, once: what the first view left it (later mounts start from the pane's own state). */
export function takeHandover<K extends "templateOptions" | "openCards">(key: K): (typeof handover)[K] {
  const value = handover[key];
  if (key === "openCards") handover.openCards = [];
  else delete handover.templateOptions;
  return value;
}

/** How to find, in the full pane, the control that had the keyboard in the first view. */
export interface FocusTarget {
  tag: string;
  /** The card it belongs to (data-ac), if any. */
  ac?: string;
  /** Its text, or its label's. */
  text: string;
  /** It was the confirmation (it takes the keyboard when the button that asked for it has gone). */
  status?: boolean;
}

export function focusTargetOf(element: Element | null): FocusTarget | null {
  if (!(element instanceof HTMLElement) || element === document.body) return null;
  const label = element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? element.labels?.[0]?.textContent : null;
  return {
    tag: element.tagName,
    ac: element.closest<HTMLElement>("[data-ac]")?.dataset.ac,
    text: (label ?? element.textContent ?? "").trim(),
    ...(element.hasAttribute("data-status") ? { status: true } : {}),
  };
}

/** Gives the keyboard back to the full pane's control that matches `target`. */
export function restoreFocus(root: HTMLElement, target: FocusTarget | null): void {
  if (!target) return;
  if (target.status) return root.querySelector<HTMLElement>("[data-status]")?.focus();
  const candidates = target.ac
    ? root.querySelectorAll<HTMLElement>(`[data-ac="${CSS.escape(target.ac)}"] button`)
    : root.querySelectorAll<HTMLElement>(target.tag === "SELECT" ? "select" : target.tag === "INPUT" ? "input" : "button, [role=tab]");
  const match = [...candidates].find((c) => {
    if (target.ac || target.tag === "SELECT") return true;
    const label = c instanceof HTMLInputElement ? c.labels?.[0]?.textContent : c.textContent;
    return (label ?? "").trim() === target.text;
  });
  match?.focus();
}

/** Small helpers the checks share: build, read back, and describe what Word returned. */
import type { Observation, Scratch } from "./types";
import type { WParagraph } from "../word-api";

/** The Office.js error code of a failure ("AccessDenied"), or its message. */
export function codeOf(error: unknown): string {
  if (error && typeof error === "object") {
    const e = error as { code?: unknown; message?: unknown };
    if (typeof e.code === "string") return e.code;
    if (typeof e.message === "string") return e.message;
  }
  return String(error);
}

/** JSON-ish quoting that shows control characters ("\u000b") so a report shows what Word put in the text. */
export function show(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => v).replace(/[\u0000-\u001f\ufffd]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function observe(passed: boolean, observed: string): Observation {
  return { passed, observed };
}

/** Runs a write expected to fail at sync; returns the error code, or null when Word accepted it. */
export async function failureOf(scratch: Scratch, write: () => void): Promise<string | null> {
  try {
    write();
    await scratch.context.sync();
    return null;
  } catch (error) {
    return codeOf(error);
  }
}

/** Paragraphs of the scratch body with their text, after a sync. */
export async function paragraphTexts(scratch: Scratch): Promise<string[]> {
  const ps = scratch.body.paragraphs.load("items/text");
  await scratch.context.sync();
  return ps.items.map((p) => p.text);
}

/** Inserts paragraphs at the end of the scratch body (the first replaces the body's empty paragraph). */
export async function addParagraphs(scratch: Scratch, texts: string[]): Promise<WParagraph[]> {
  const first = scratch.body.paragraphs.getFirst();
  const out = texts.map((t) => scratch.body.insertParagraph(t, "End"));
  first.delete();
  await scratch.context.sync();
  return out;
}

/** Tags of the control enclosing each paragraph ("" for none), after a sync. */
export async function enclosingTags(scratch: Scratch): Promise<string[]> {
  const ps = scratch.body.paragraphs.load("items/text");
  await scratch.context.sync();
  const parents = ps.items.map((p) => p.parentContentControlOrNullObject.load("tag"));
  await scratch.context.sync();
  return parents.map((c) => (c.isNullObject ? "" : c.tag));
}

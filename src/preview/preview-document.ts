import type { MemoryDocument, ParaData, ControlData } from "../word-memory/memory-word";
import { memoryRun } from "../word-memory/memory-word";
import type { WordRun } from "../word/word-api";
import { TAG_PREFIX } from "../model/document";

/**
 * The preview's document: the in-memory Word plus change notifications. The pane reaches it
 * only through Word.run (memoryRun), exactly as it reaches Word; the rendered page edits it
 * directly, as a learner typing in Word would.
 */
export class PreviewDocument {
  private version = 0;
  private renderListeners = new Set<() => void>();
  private editListeners = new Set<() => void>();

  constructor(readonly memory: MemoryDocument) {}

  /** Word.run for the pane; the page re-renders after every batch. */
  readonly run: WordRun = (batch) => {
    const inner = memoryRun(this.memory);
    const before = this.memory.selection;
    return inner(batch).finally(() => {
      // The add-in moved the selection or the cursor: Word scrolls there, so the page does too.
      if (this.memory.selection !== before && this.memory.selection) {
        this.reveals++;
        this.revealed = this.memory.selection;
      }
      this.changed(false);
    });
  };

  /** How many times the add-in has moved the selection or cursor (the learner's own clicks do not count). */
  private reveals = 0;
  private revealed: MemoryDocument["selection"] = null;

  getReveals = (): number => this.reveals;

  /** The selection the add-in set last, while it is still the document's selection (a click of the learner's replaces it). */
  revealedSelection(): MemoryDocument["selection"] {
    return this.revealed && this.revealed === this.memory.selection ? this.revealed : null;
  }

  getVersion = (): number => this.version;

  subscribe = (listener: () => void): (() => void) => {
    this.renderListeners.add(listener);
    return () => this.renderListeners.delete(listener);
  };

  /** Like Word's onParagraphChanged: only the learner's edits, not the add-in's own writes. */
  onEdit(listener: () => void): () => void {
    this.editListeners.add(listener);
    return () => this.editListeners.delete(listener);
  }

  private changed(byLearner: boolean): void {
    this.version++;
    for (const l of this.renderListeners) l();
    if (byLearner) for (const l of this.editListeners) l();
  }

  /** The learner typed into a paragraph. */
  setText(p: ParaData, text: string): void {
    if (p.deleted || p.text === text) return;
    p.text = text;
    this.changed(true);
  }

  /** The learner pressed Enter: a new body paragraph after p, outside the add-in's heading, guidance and cover controls. */
  splitAfter(p: ParaData): ParaData {
    const keep = p.controls.filter((c) => keepsTyping(c));
    const index = this.memory.paragraphs.indexOf(p) + 1;
    const created = this.memory.insertAt(index, "", keep, p.table, undefined);
    created.style = "Normal";
    created.italic = false;
    created.bold = false;
    this.changed(true);
    return created;
  }

  /** The learner clicked or moved the caret in a paragraph: Word's cursor (or selection within it) moves there. */
  placeCursor(p: ParaData, startOffset: number, endOffset = startOffset): void {
    if (p.deleted) return;
    const sel = this.memory.selection;
    if (sel && sel.start === p && sel.end === p && sel.startOffset === startOffset && sel.endOffset === endOffset) return;
    this.memory.selection = { start: p, end: p, startOffset, endOffset };
    this.changed(false);
  }
}

/** Controls a new paragraph stays inside when the learner presses Enter: the template wrapper and the reference list. */
function keepsTyping(c: ControlData): boolean {
  return c.tag.startsWith(`${TAG_PREFIX}template:`) || c.tag === `${TAG_PREFIX}references`;
}

export function isLocked(p: ParaData): boolean {
  return p.controls.some((c) => c.cannotEdit);
}

export function roleOf(p: ParaData): "guidance" | "cover" | "heading" | "references" | "mark-sheet" | "body" {
  const tags = p.controls.map((c) => c.tag);
  if (tags.includes(`${TAG_PREFIX}mark-sheet`)) return "mark-sheet";
  if (tags.some((t) => t.startsWith(`${TAG_PREFIX}guidance`))) return "guidance";
  if (tags.includes(`${TAG_PREFIX}cover`)) return "cover";
  if (tags.some((t) => t.startsWith(`${TAG_PREFIX}heading`) || t.startsWith(`${TAG_PREFIX}outcome`))) return "heading";
  if (tags.includes(`${TAG_PREFIX}references`)) return "references";
  return "body";
}

/**
 * The line ilm-check keeps up to date on stderr while it works through a batch ("Checked 3 of 12
 * drafts"), for a terminal only: redirected to a file or a pipe, stderr gets no progress, just
 * the errors. The line is cleared before anything else is written to the terminal and drawn
 * again after it, so reports and error lines never run into it.
 */
const CLEAR = "\r\u001b[2K";

export class ProgressLine {
  private shown = "";

  constructor(
    private readonly write: (text: string) => void,
    /** Off when stderr is not a terminal, or there is a single file. */
    private readonly enabled: boolean,
    /** The terminal's width: a longer line would wrap, and a carriage return only goes back one line. */
    private readonly columns = 80,
  ) {}

  /** Shows `text` in place of the line shown before. */
  show(text: string): void {
    if (!this.enabled) return;
    const line = text.length >= this.columns ? `${text.slice(0, Math.max(0, this.columns - 2))}…` : text;
    this.shown = line;
    this.write(`${CLEAR}${line}`);
  }

  /** Runs `fn` (which writes to the terminal) with the line out of the way, then shows it again. */
  around(fn: () => void): void {
    if (!this.enabled || !this.shown) {
      fn();
      return;
    }
    this.write(CLEAR);
    fn();
    this.write(this.shown);
  }

  /** Takes the line away for good. */
  clear(): void {
    if (this.enabled && this.shown) this.write(CLEAR);
    this.shown = "";
  }
}

/** "Checked 3 of 12 drafts" */
export function progressText(done: number, total: number): string {
  return `Checked ${done} of ${total} drafts…`;
}

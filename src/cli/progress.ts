/**
 * The line ilm-check keeps up to date on stderr while it works through a batch ("Checked 3 of 12
 * drafts"), for a terminal only: redirected to a file or a pipe, stderr gets no progress, just
 * the errors. The line is cleared before anything else is written to the terminal and drawn
 * again after it, so reports and error lines never run into it.
 */
const CLEAR = "\r\u001b[2K";
/** The width assumed when the terminal does not say. */
const DEFAULT_COLUMNS = 80;

export class ProgressLine {
  private shown = "";

  constructor(
    private readonly write: (text: string) => void,
    /** Off when stderr is not a terminal, or there is a single file. */
    private readonly enabled: boolean,
    /** The terminal's width: a longer line would wrap, and a carriage return only goes back one line. */
    private readonly columns = DEFAULT_COLUMNS,
  ) {}

  /** Shows `text` in place of the line shown before. */
  show(text: string): void {
    if (!this.enabled) return;
    // A terminal that does not report its size gives 0 columns (a pseudo-terminal with no size set,
    // as `script` or some CI runners make): taken as unknown, not as no room at all, or the line is
    // only "…".
    const columns = this.columns > 0 ? this.columns : DEFAULT_COLUMNS;
    const line = text.length >= columns ? `${text.slice(0, Math.max(0, columns - 2))}…` : text;
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

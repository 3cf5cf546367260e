/**
 * The hostile-input tables: for every place input enters (ilm-check, the .docx reader, reference
 * imports, the comment bank, the data stored in a document and, from issue 15, centre
 * templates), a table of bad inputs, each with what the person is told.
 *
 * A row is refused (one sentence, on one line, with no stack trace, from the entry point's own
 * error) or accepted (read, and checked by the row). Adding an entry point is one call of
 * `hostileTable` with its own rows; adding a row is one line in its table. Jest refuses a
 * table with no rows, so a table cannot pass by being empty.
 */

export type Expectation<R> =
  /** Refused with this message (a string is the whole message; a pattern must match it). */
  | { refused: string | RegExp }
  /** Read: the row checks what came out. */
  | { accepted: (result: R) => void };

export interface HostileRow<I, R> {
  /** What the input is, as README's table of bad inputs says. */
  name: string;
  input: () => I;
  expect: Expectation<R>;
  /** For inputs slow to build or read (a million paragraphs): the test's time-out, never a timing check. */
  timeout?: number;
}

export interface EntryPoint<I, R> {
  /** Where the input enters, for the test names. */
  name: string;
  /** Reads the input: returns what was read, or throws. */
  read: (input: I) => R;
  /** The error the entry point refuses input with (anything else thrown is a bug). */
  isRefusal: (e: unknown) => e is Error;
}

export const refused = (message: string | RegExp): { refused: string | RegExp } => ({ refused: message });
export const accepted = <R>(check: (result: R) => void): { accepted: (result: R) => void } => ({ accepted: check });

/** One sentence a person can act on: a single line ending with a full stop, and no stack frame. */
export function expectOneSentence(message: string): void {
  expect(message).not.toMatch(/\n/);
  expect(message).toMatch(/[.)]$/);
  expect(message).not.toMatch(/\bat .+:\d+:\d+/);
  expect(message).not.toMatch(/^(?:Type|Range|Reference|Syntax)Error\b/);
}

export function hostileTable<I, R>(entry: EntryPoint<I, R>, rows: ReadonlyArray<HostileRow<I, R>>): void {
  describe(`hostile input: ${entry.name}`, () => {
    for (const row of rows) {
      test(
        row.name,
        () => {
          const input = row.input();
          let result: R | undefined;
          let error: unknown;
          let threw = false;
          try {
            result = entry.read(input);
          } catch (e) {
            threw = true;
            error = e;
          }
          if ("refused" in row.expect) {
            if (!threw) throw new Error(`expected "${row.name}" to be refused, but it was read`);
            if (!entry.isRefusal(error)) throw new Error(`expected a refusal, got ${String((error as Error)?.stack ?? error)}`);
            const message = (error as Error).message;
            if (typeof row.expect.refused === "string") expect(message).toBe(row.expect.refused);
            else expect(message).toMatch(row.expect.refused);
            expectOneSentence(message);
          } else {
            if (threw) throw new Error(`expected "${row.name}" to be read, but it threw ${String((error as Error)?.stack ?? error)}`);
            row.expect.accepted(result as R);
          }
        },
        row.timeout,
      );
    }
  });
}

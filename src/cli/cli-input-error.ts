/**
 * Errors the CLI reports as one line on stderr with exit status 2: wrong
 * arguments or an input that cannot be read. Anything else is a bug.
 */
export class CliInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliInputError";
  }
}

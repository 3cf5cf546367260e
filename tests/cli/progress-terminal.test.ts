/**
 * ilm-check's progress line as main() sets it up from the process's own stderr (issue 9: "a
 * progress line on stderr while a batch runs, only when stderr is a terminal"): drawn when stderr
 * is a terminal, absent when it is not, and readable on a terminal that does not report its width
 * (a pseudo-terminal with no size set gives 0 columns, where the line used to be only "…").
 */
import { join } from "path";
import { main } from "../../src/cli/main";
import { ProgressLine } from "../../src/cli/progress";

const fx = (name: string) => join(__dirname, "..", "fixtures", name);
const DRAFTS = [fx("problems-503.docx"), fx("guidance-pasted-500.docx")];
const CLEAR = "\r\u001b[2K";

let stderr: string;
let listenersBefore: unknown[];

/** Sets stderr's isTTY and columns for one test, as Node's tty.WriteStream reports them. */
function terminal(isTTY: boolean, columns: number | undefined): void {
  Object.defineProperty(process.stderr, "isTTY", { value: isTTY, configurable: true, writable: true });
  Object.defineProperty(process.stderr, "columns", { value: columns, configurable: true, writable: true });
}

const saved = {
  isTTY: Object.getOwnPropertyDescriptor(process.stderr, "isTTY"),
  columns: Object.getOwnPropertyDescriptor(process.stderr, "columns"),
};

beforeEach(() => {
  stderr = "";
  listenersBefore = process.stdout.listeners("error");
  jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  jest.spyOn(process.stderr, "write").mockImplementation((t: string | Uint8Array) => ((stderr += String(t)), true));
});

afterEach(() => {
  jest.restoreAllMocks();
  for (const [key, d] of Object.entries(saved)) {
    if (d) Object.defineProperty(process.stderr, key, d);
    else delete (process.stderr as unknown as Record<string, unknown>)[key];
  }
  // main() adds its pipe listener to the process's stdout: taken off again.
  for (const l of process.stdout.listeners("error")) if (!listenersBefore.includes(l)) process.stdout.off("error", l as never);
  process.exitCode = undefined;
});

describe("main(): the progress line follows the process's stderr", () => {
  test("stderr a terminal 100 columns wide: each draft counted, the line cleared at the end", async () => {
    terminal(true, 100);
    await main([...DRAFTS, "--jobs", "1"]);
    expect([...stderr.matchAll(/Checked (\d) of 2 drafts…/g)].map((m) => m[1])).toEqual(expect.arrayContaining(["0", "1", "2"]));
    expect(stderr.endsWith(CLEAR)).toBe(true);
  });

  test("a terminal that does not report its width (0 columns): the whole line, not just '…'", async () => {
    terminal(true, 0);
    await main([...DRAFTS, "--jobs", "1"]);
    expect(stderr).toContain(`${CLEAR}Checked 2 of 2 drafts…`);
  });

  test("stderr not a terminal: nothing on it", async () => {
    terminal(false, undefined);
    await main([...DRAFTS, "--jobs", "1"]);
    expect(stderr).toBe("");
  });
});

test("ProgressLine: 0 columns reads as an unknown width (80), a real width still cuts the line", () => {
  const shown = (columns: number) => {
    let out = "";
    new ProgressLine((t) => void (out += t), true, columns).show("Checked 12 of 345 drafts…");
    return out;
  };
  expect(shown(0)).toBe(`${CLEAR}Checked 12 of 345 drafts…`);
  expect(shown(12)).toBe(`${CLEAR}Checked 12…`);
});

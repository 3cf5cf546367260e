/**
 * ilm-check's entry point, main(), in process (the process suites run the built tool, where a
 * mutation run cannot reach): it writes to the process's own streams, sets the exit status, turns
 * an unexpected failure into one line (its stack only with ILM_CHECK_DEBUG), and ends quietly when
 * `| head` closes the pipe. Also the two files runCli writes when they cannot be written: the
 * summary at the end, and the copies' folder before anything is checked.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { USAGE } from "../../src/cli/args";
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS, main } from "../../src/cli/main";
import { listUnits } from "../../src/units/catalogue";
import { ANNOTATION_DATE, runCaptured } from "./capture-io";

const fx = (name: string) => join(__dirname, "..", "fixtures", name);
const ERRORS = fx("references-faulty-503.docx");
const WARNED = fx("guidance-pasted-500.docx");
const HELP = `${USAGE}\n\nUnits: ${listUnits().map((u) => u.id).join(", ")}\n`;

let dir: string;
let written: { stdout: string; stderr: string };
let listenersBefore: ((...args: unknown[]) => void)[];
const savedDebug = process.env.ILM_CHECK_DEBUG;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ilm-entry-"));
  written = { stdout: "", stderr: "" };
  listenersBefore = process.stdout.listeners("error") as never;
  delete process.env.ILM_CHECK_DEBUG;
  jest.spyOn(process.stdout, "write").mockImplementation((t: string | Uint8Array) => ((written.stdout += String(t)), true));
  jest.spyOn(process.stderr, "write").mockImplementation((t: string | Uint8Array) => ((written.stderr += String(t)), true));
});

afterEach(() => {
  jest.restoreAllMocks();
  // main() adds its pipe listener to the process's stdout; take it off again, and the exit status
  // it set, which would otherwise be Jest's own.
  for (const l of process.stdout.listeners("error")) if (!listenersBefore.includes(l as never)) process.stdout.off("error", l as never);
  process.exitCode = undefined;
  if (savedDebug === undefined) delete process.env.ILM_CHECK_DEBUG;
  else process.env.ILM_CHECK_DEBUG = savedDebug;
  rmSync(dir, { recursive: true, force: true });
});

describe("main(): the process's streams and exit status", () => {
  test("--help goes to the process's stdout, nothing to stderr, exit status 0", async () => {
    await main(["--help"]);
    expect(written).toEqual({ stdout: HELP, stderr: "" });
    expect(process.exitCode).toBe(EXIT_OK);
  });

  test("a mistake on the command line goes to stderr, exit status 2", async () => {
    await main([ERRORS, "--unit", "8580-599", "--jobs", "1"]);
    expect(written.stdout).toBe("");
    expect(written.stderr).toMatch(/^ilm-check: Unknown unit "8580-599"; the units are .+\.\n$/);
    expect(process.exitCode).toBe(EXIT_BAD_INPUT);
  });

  test("with no arguments given, the process's own (after node and the script) are read", async () => {
    const argv = process.argv;
    process.argv = [argv[0]!, "ilm-check", WARNED, "--jobs", "1"];
    try {
      await main();
    } finally {
      process.argv = argv;
    }
    expect(written.stdout).toMatch(/^\S+guidance-pasted-500\.docx\nUnit 8580-500 \(detected\)/);
    expect(written.stderr).toBe("");
    expect(process.exitCode).toBe(EXIT_OK);
  });

  test("a draft with errors: its report on stdout, exit status 1", async () => {
    await main([ERRORS, "--jobs", "1"]);
    expect(written.stdout).toContain("Unit 8580-503 (detected)");
    expect(written.stderr).toBe("");
    expect(process.exitCode).toBe(EXIT_PROBLEMS);
  });

  test("an unexpected failure is one line asking for a report, exit status 2, no stack", async () => {
    await main([WARNED, "--jobs", "1"], { onChecked: () => { throw new Error("disk on fire\nsecond line"); } });
    expect(written.stderr).toBe("ilm-check: unexpected error (disk on fire); please report it with the file that caused it.\n");
    expect(process.exitCode).toBe(EXIT_BAD_INPUT);
  });

  test("with ILM_CHECK_DEBUG set, the unexpected failure's stack follows its line", async () => {
    process.env.ILM_CHECK_DEBUG = "1";
    await main([WARNED, "--jobs", "1"], { onChecked: () => { throw new Error("disk on fire"); } });
    const [line, ...stack] = written.stderr.split("\n");
    expect(line).toBe("ilm-check: unexpected error (disk on fire); please report it with the file that caused it.");
    expect(stack[0]).toBe("Error: disk on fire");
    expect(stack.some((l) => l.includes("main-entry.test.ts"))).toBe(true);
    expect(process.exitCode).toBe(EXIT_BAD_INPUT);
  });
});

describe("main(): a closed pipe", () => {
  /** process.exit never returns: the stand-in throws, so nothing after it runs either. */
  class Exited extends Error {
    constructor(readonly code: number | undefined) {
      super(`exit ${code}`);
    }
  }
  const stubExit = () => jest.spyOn(process, "exit").mockImplementation(((code?: number) => { throw new Exited(code); }) as never);
  const pipeListener = () => {
    const added = process.stdout.listeners("error").filter((l) => !listenersBefore.includes(l as never));
    expect(added).toHaveLength(1);
    return added[0] as (err: NodeJS.ErrnoException) => void;
  };

  test("`ilm-check … | head` closing stdout ends the process with the status so far, quietly", async () => {
    stubExit();
    await main([ERRORS, "--jobs", "1"]);
    expect(() => pipeListener()(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }))).toThrow(new Exited(EXIT_PROBLEMS));
  });

  test("a closed pipe before any status is set ends it with 0", async () => {
    stubExit();
    await main(["--help"]);
    process.exitCode = undefined;
    expect(() => pipeListener()(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }))).toThrow(new Exited(EXIT_OK));
  });

  test("any other failure of stdout is not swallowed", async () => {
    const exit = stubExit();
    await main(["--help"]);
    const failure = Object.assign(new Error("write EIO"), { code: "EIO" });
    expect(() => pipeListener()(failure)).toThrow(failure);
    expect(exit).not.toHaveBeenCalled();
  });
});

describe("a folder of one draft", () => {
  test("its closing line counts one draft and one annotated copy, in the singular", async () => {
    const drafts = join(dir, "drafts");
    mkdirSync(drafts);
    writeFileSync(join(drafts, "one.docx"), readFileSync(WARNED));
    const copies = join(dir, "copies");
    const { status, stdout } = await runCaptured([drafts, "--annotate", copies, "--jobs", "1"], { now: ANNOTATION_DATE });
    expect(stdout.trimEnd().split("\n").pop()).toBe(`Checked 1 draft: 0 with errors. Wrote 1 annotated copy (2 comments) to ${copies}.`);
    expect(status).toBe(EXIT_OK);
  });
});

describe("--csv over a draft", () => {
  test("is refused when it names any of the drafts, not only when it names them all", async () => {
    const second = join(dir, "second.docx");
    writeFileSync(second, readFileSync(WARNED));
    const { status, ...out } = await runCaptured([WARNED, second, "--csv", second, "--jobs", "1"]);
    expect(out).toEqual({ stdout: "", stderr: `ilm-check: --csv would write over ${second}; give a new file name for the summary.\n` });
    expect(status).toBe(EXIT_BAD_INPUT);
  });
});

describe("files that cannot be written", () => {
  test("a summary that cannot be written at the end is one line saying why, exit status 2", async () => {
    const csv = join(dir, "summary.csv");
    // The file becomes a folder while the drafts are checked, as if a spreadsheet held it.
    const { status, ...out } = await runCaptured([WARNED, "--csv", csv, "--jobs", "1"], {}, { onChecked: () => mkdirSync(csv) });
    expect(out.stderr).toBe(
      `ilm-check: ${csv}: the summary could not be written (EISDIR); close it if it is open in a spreadsheet, or choose another file.\n`,
    );
    expect(out.stdout).not.toContain(`Summary: ${csv}.`);
    expect(status).toBe(EXIT_BAD_INPUT);
  });

  test("a copies' folder that cannot be made is refused before anything is checked", async () => {
    const file = join(dir, "not-a-folder");
    writeFileSync(file, "");
    const copies = join(file, "copies");
    const { status, ...out } = await runCaptured([WARNED, "--annotate", copies, "--jobs", "1"]);
    expect(out).toEqual({ stdout: "", stderr: `ilm-check: ${copies}: the folder for the annotated copies cannot be made (ENOTDIR).\n` });
    expect(status).toBe(EXIT_BAD_INPUT);
  });
});

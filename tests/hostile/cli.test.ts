/**
 * Hostile files through ilm-check as a tutor runs it (node bin/ilm-check.js, the build Jest's
 * global set-up has just made): each bad file costs one line on stderr and exit status 2,
 * never a crash or a stack trace, and the rest of a batch is still checked, in this thread
 * and in worker threads alike.
 */
import { spawnSync } from "child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { compoundFile, deeplyNestedDocument, docxWith, docxWithBomb, ENTITY_BOMB_DOCUMENT } from "./bad-files";
import { expectOneSentence } from "./table";

const ROOT = resolve(__dirname, "..", "..");
const GOOD = join(ROOT, "tests", "fixtures", "unit-8580-503-libreoffice.docx");

function run(args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "ilm-check.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "", ILM_CHECK_DEBUG: "" },
    timeout: 240_000,
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** The bad files, by name (sorted as a folder lists them), with the sentence each gets. */
const BAD: Array<[string, () => Uint8Array, string]> = [
  [
    "b-bomb-document.docx",
    () => docxWithBomb("word/document.xml", 2 ** 31),
    'The Word document is refused: word/document.xml unpacks to more than 100 MB, far more than any real document holds (a "zip bomb", or a damaged file).',
  ],
  [
    "c-bomb-styles.docx",
    () => docxWithBomb("word/styles.xml", 2 ** 31, 900),
    'The Word document is refused: word/styles.xml unpacks to more than 100 MB, far more than any real document holds (a "zip bomb", or a damaged file).',
  ],
  [
    "d-entities.docx",
    () => docxWith({ "word/document.xml": ENTITY_BOMB_DOCUMENT }),
    "The Word document is refused: word/document.xml declares a DTD, which Word documents never contain (it can hide an entity bomb or a link to another file).",
  ],
  [
    "e-nesting.docx",
    () => docxWith({ "word/document.xml": deeplyNestedDocument(200_000) }),
    "The Word document is refused: word/document.xml nests its XML more than 1,000 levels deep, far deeper than any real document.",
  ],
  [
    "f-password.docx",
    () => compoundFile(["EncryptionInfo", "EncryptedPackage"]),
    "This Word document is protected with a password, so it cannot be read; open it in Word, remove the password (File > Info > Protect Document > Encrypt with Password), save it and try again.",
  ],
  ["g-empty.docx", () => new Uint8Array(), "This file is not a Word document (.docx)."],
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ilm-hostile-"));
  copyFileSync(GOOD, join(dir, "a-good.docx"));
  for (const [name, make] of BAD) writeFileSync(join(dir, name), make());
  copyFileSync(GOOD, join(dir, "h-good.docx"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ilm-check on hostile files", () => {
  test.each(BAD)("%s alone: one sentence, exit 2", (name, _make, message) => {
    const file = join(dir, name);
    const r = run([file]);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`ilm-check: ${file}: ${message}\n`);
    expectOneSentence(r.stderr.trimEnd());
  });

  test.each([["1"], ["2"]])("a folder mixing them with good drafts, --jobs %s: every good draft is reported, one line per bad one, exit 2", (jobs) => {
    const r = run([dir, "--jobs", jobs]);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toEqual(BAD.map(([name, , message]) => `ilm-check: ${join(dir, name)}: ${message}`));
    expect(r.stdout.match(/^Unit 8580-503 \(detected\)/gm)).toHaveLength(2);
    expect(r.stdout).toContain(`Checked ${BAD.length + 2} drafts: 0 with errors, ${BAD.length} could not be read.`);
  });
});

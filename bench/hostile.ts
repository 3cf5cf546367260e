/**
 * The bench's "hostile" part: pathological strings (100,000 characters of nested brackets,
 * commas and years) through the citation scanner, the reference parser, the typed-list reader
 * and the reference importer, and big honest drafts (a million empty paragraphs, a
 * 20-million-character paragraph) through the .docx reader and the checks. Each string is timed
 * at ten times its size too, and each draft at a tenth: time per character (or paragraph) about
 * the same at both sizes means linear, which is the goal; a regular expression that backtracks
 * shows as a growth of 10 or more. (At 10,000 characters the times are too small to compare on a
 * shared machine, so 100,000 is the smaller size.)
 */
import { performance } from "perf_hooks";
import { analyse } from "../src/check/analyse";
import { readDocx } from "../src/docx/read-docx";
import { scanCitations } from "../src/harvard/intext";
import { sourcesFromTypedList } from "../src/harvard/library/from-typed";
import { importSources } from "../src/harvard/library/import";
import { emptyLibrary } from "../src/harvard/library/library";
import { parseReference } from "../src/harvard/reference-parse";
import { emptyParagraphsDocx, longParagraphDocx } from "../tests/hostile/bad-files";

/** Growth in time per unit of input from the small to the large size, beyond which it is not linear. */
const GOAL_GROWTH = 2;

/** The fastest of `runs` runs after one to warm up: the run least disturbed by other work on a shared machine. */
function fastestMs(fn: () => unknown, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return Math.min(...times);
}

function quietly(fn: () => unknown): () => void {
  return () => {
    try {
      fn();
    } catch {
      // A refusal is an answer too: what is timed is how long it takes to give it.
    }
  };
}

/** `make(n)` is an input of about n characters. */
const STRINGS: Array<[string, (n: number) => string]> = [
  ["nested brackets", (n) => `${"([".repeat(n / 4)}${"])".repeat(n / 4)}`],
  ["commas", (n) => ",".repeat(n)],
  ["years", (n) => "2020 ".repeat(n / 5)],
  ["brackets, commas and years", (n) => `${"(Smith, 2020, ".repeat(n / 28)}${"[(1999a; ".repeat(n / 20)}`],
  ["names without a year", (n) => `${"Smith, J., ".repeat(n / 11)}(`],
  ["spaces, then a letter", (n) => `${" ".repeat(n)}x`],
];

const PARSERS: Array<[string, (s: string) => unknown]> = [
  ["scanCitations", (s) => scanCitations(s)],
  ["parseReference", (s) => parseReference(s, "references", 0)],
  ["sourcesFromTypedList", (s) => sourcesFromTypedList([s])],
  ["import RIS", (s) => importSources(`TY  - BOOK\nAU  - ${s}\nTI  - ${s}\nPY  - 2020\nER  - \n`, emptyLibrary(), "refs.ris")],
];

function row(name: string, small: number, large: number, ratio: number): string {
  const growth = large / ratio / Math.max(small, 0.001);
  const verdict = growth <= GOAL_GROWTH ? "linear" : "GROWS FASTER THAN LINEAR";
  return `${name.padEnd(52)}${small.toFixed(1).padStart(9)} ms${large.toFixed(1).padStart(10)} ms   growth ${growth.toFixed(2)} (goal: at most ${GOAL_GROWTH}): ${verdict}\n`;
}

export function hostileInput(): void {
  process.stdout.write("\n== hostile input: pathological strings at 100,000 and 1,000,000 characters ==\n");
  for (const [pname, parse] of PARSERS) {
    for (const [sname, make] of STRINGS) {
      const small = make(100_000);
      const large = make(1_000_000);
      const ts = fastestMs(quietly(() => parse(small)), 5);
      const tl = fastestMs(quietly(() => parse(large)), 3);
      process.stdout.write(row(`${pname}: ${sname}`, ts, tl, large.length / small.length));
    }
  }

  process.stdout.write("\n== hostile input: big drafts read and checked (readDocx + analyse), at a tenth and at full size ==\n");
  const drafts: Array<[string, (n: number) => Uint8Array, number]> = [
    ["empty paragraphs (100,000 and 1,000,000)", emptyParagraphsDocx, 1_000_000],
    ["one paragraph (2 and 20 million characters)", longParagraphDocx, 20_000_000],
  ];
  for (const [name, make, n] of drafts) {
    const small = make(n / 10);
    const large = make(n);
    const ts = fastestMs(() => analyse(readDocx(small)), 3);
    const tl = fastestMs(() => analyse(readDocx(large)), 1);
    process.stdout.write(row(name, ts, tl, 10));
  }
}

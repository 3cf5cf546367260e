/**
 * Access to ../shared/seeds (the ILM source documents) for the units tests. The folder sits
 * beside the repository and may be absent (e.g. a fresh clone): tests then skip, saying why.
 */
import * as fs from "fs";
import * as path from "path";

// ILM_SHARED_DIR overrides the location (e.g. to check that the tests skip cleanly without it).
export const SHARED_DIR = process.env.ILM_SHARED_DIR ?? path.resolve(__dirname, "../../../shared");
export const SEEDS_DIR = path.join(SHARED_DIR, "seeds");
export const SAMPLES_DIR = path.join(SHARED_DIR, "samples");
export const SEEDS_PRESENT = fs.existsSync(SEEDS_DIR);
export const SKIP_MESSAGE = `skipped: ${SEEDS_DIR} is absent (put the shared folder beside the repository to check the catalogue against the seeds)`;

/** Raw text of seed "000".."004". */
export function readSeed(id: string): string {
  const file = fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${id}_`) && f.endsWith(".txt"));
  if (!file) throw new Error(`seed ${id} not found in ${SEEDS_DIR}`);
  return fs.readFileSync(path.join(SEEDS_DIR, file), "utf8");
}

/** White space folded: the only difference allowed between a seed and an AC wording. */
export function foldSpace(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/**
 * Looser fold for descriptors, guidance and notes, which the catalogue stores item by item:
 * list markers ("•", "- " at a line start) and markdown emphasis ("**") dropped as well.
 */
export function foldContent(s: string): string {
  return foldSpace(s.replace(/^[ \t]*(?:\u2022|-)[ \t]+/gm, " ").replace(/\*\*/g, ""));
}

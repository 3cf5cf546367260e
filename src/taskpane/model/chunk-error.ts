/**
 * The pane loads most of its code on demand (webpack chunks from the add-in's own address). When
 * one cannot be fetched (the computer went offline, or the add-in was updated under an open pane),
 * webpack rejects with a ChunkLoadError; the learner gets this sentence instead of a generic one.
 */
export const CHUNK_FAILED_TITLE = "Part of the assistant could not be loaded";
export const CHUNK_FAILED_MESSAGE =
  "Part of the assistant could not be loaded, perhaps because the computer is offline; check the connection and try again.";

export function isChunkLoadError(err: unknown): boolean {
  const e = err as { name?: unknown; message?: unknown } | null;
  if (!e) return false;
  // webpack 5 names the error; a failed import() in other hosts says so in its message.
  return e.name === "ChunkLoadError" || (typeof e.message === "string" && /Loading (CSS )?chunk .* failed|Failed to fetch dynamically imported module/i.test(e.message));
}

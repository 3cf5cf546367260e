/** What the pane says after Replace reference list: what was written, where. */
import { createFormatter } from "../../src/harvard/format/harvard-format";
import { buildMemoryDocument, memoryWordRunner } from "../../src/word-memory/memory-word";
import { createReferencesOps } from "../../src/word/references-ops";
import { SOURCES } from "../harvard/library/fixtures/sources";

const entries = createFormatter(SOURCES.slice(0, 3)).bibliography();

describe("replace reference list confirmation", () => {
  it("says a new list was added under a new heading, then that it was updated", async () => {
    const ops = createReferencesOps(memoryWordRunner(buildMemoryDocument([{ text: "My answer (Covey, 1989)." }])));
    expect(await ops.replaceReferenceList(entries)).toEqual({ message: "Added a reference list of 3 entries under a new References heading." });
    expect(await ops.replaceReferenceList(entries.slice(0, 1))).toEqual({ message: "Updated the reference list: 1 entry in Cite Them Right Harvard order." });
  });

  it("says a typed list was replaced", async () => {
    const doc = buildMemoryDocument([
      { text: "My answer (Covey, 1989)." },
      { text: "References", style: "Heading1" },
      { text: "Covey, S. (1989) The 7 habits. London: Simon & Schuster." },
    ]);
    expect(await createReferencesOps(memoryWordRunner(doc)).replaceReferenceList(entries)).toEqual({
      message: "Replaced your reference list with 3 entries in Cite Them Right Harvard order.",
    });
  });
});

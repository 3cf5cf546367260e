/**
 * Defect 4 of issue 10: Track Changes. With tracking on, an insertion into a control that is then
 * locked is a revision nobody can accept or reject (office-js #2886), and deletions only mark the
 * blocks as deleted (office-js #1299). Each operation decides what to do, and never says
 * "Removed N" when nothing was removed.
 */
import { Tags } from "../../src/model/document";
import { insertTemplate } from "../../src/word/insert-template";
import { insertMissingSections } from "../../src/word/insert-missing";
import { removeGuidance } from "../../src/word/remove-guidance";
import { updateReferenceList } from "../../src/word/reference-list";
import { WordActionError } from "../../src/word/word-runner";
import { controlsSnapshot, snapshot } from "../../src/word-memory/memory-word";
import { setup, templateDraft, unit } from "./helpers";

const U = unit("8580-500");
const OPTS = { guidance: true, coverSheet: true, lockHeadings: true };

describe("Track Changes (defect 4)", () => {
  test("inserting the template with tracking on locks nothing, so every insertion can be accepted, and says why", async () => {
    const { doc, word } = setup([], { changeTrackingMode: "TrackAll" });
    const r = await insertTemplate(word, U, OPTS);
    expect(r.outcome).toBe("inserted");
    expect(doc.lockedRevisions).toBe(0);
    expect(controlsSnapshot(doc).some((c) => c.cannotEdit)).toBe(false);
    expect(r.message).toMatch(/Track Changes/);
    // Tracking stays as the learner had it.
    expect(doc.changeTrackingMode).toBe("TrackAll");
  });

  test("inserting missing sections with tracking on: no locked revisions either", async () => {
    const { doc, word } = setup(templateDraft(U, { ...OPTS, skip: ["1.2", "2.1"] }), { changeTrackingMode: "TrackAll" });
    const r = await insertMissingSections(word, U, { guidance: true, lockHeadings: true });
    expect(r.inserted).toEqual(["1.2", "2.1"]);
    expect(doc.lockedRevisions).toBe(0);
    expect(r.message).toMatch(/Track Changes/);
  });

  test("removing guidance with tracking on removes nothing and says so, instead of 'Removed N'", async () => {
    const { doc, word } = setup(templateDraft(U, { ...OPTS, lockHeadings: false }), { changeTrackingMode: "TrackAll" });
    const before = snapshot(doc);
    await expect(removeGuidance(word, U)).rejects.toMatchObject({ name: "WordActionError", reason: "track-changes" });
    expect(snapshot(doc)).toEqual(before);
  });

  test("removing guidance with tracking off for this one operation removes it, then turns tracking back on", async () => {
    const { doc, word } = setup(templateDraft(U, { ...OPTS, lockHeadings: false }), { changeTrackingMode: "TrackMineOnly" });
    const r = await removeGuidance(word, U, { trackChangesOff: true });
    expect(r.removed).toBeGreaterThan(0);
    expect(controlsSnapshot(doc).some((c) => c.tag.startsWith("ilm:guidance:"))).toBe(false);
    expect(snapshot(doc).some((p) => p.trackedDeletion)).toBe(false);
    expect(doc.changeTrackingMode).toBe("TrackMineOnly");
  });

  test("updating the reference list with tracking on asks first; with tracking off for it, one clean list", async () => {
    const { doc, word } = setup([{ text: "Essay" }, { text: "References", style: "Heading1" }], { changeTrackingMode: "TrackAll" });
    // A first list written while tracking was off.
    doc.changeTrackingMode = "Off";
    await updateReferenceList(word, [{ text: "Alpha (2001) A." }]);
    doc.changeTrackingMode = "TrackAll";
    const err = await updateReferenceList(word, [{ text: "Beta (2002) B." }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WordActionError);
    expect((err as WordActionError).reason).toBe("track-changes");
    await updateReferenceList(word, [{ text: "Beta (2002) B." }], { trackChangesOff: true });
    expect(snapshot(doc).filter((p) => p.tags.includes(Tags.references)).map((p) => [p.text, !!p.trackedDeletion])).toEqual([["Beta (2002) B.", false]]);
    expect(doc.changeTrackingMode).toBe("TrackAll");
  });
});

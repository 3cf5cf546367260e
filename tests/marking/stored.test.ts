/**
 * The tutor's entries in the document store: grades and the add-in's comment list, read back as
 * written; a damaged entry reported (and replaced by the next save); a newer version left alone.
 */
import { isStorePart, parseStore, serializeStore, storeFromParts } from "../../src/model/document-store";
import type { Marking } from "../../src/marking/marking";
import {
  commentMarkersEntry,
  markingEntry,
  MARKING_KEY,
  storedCommentMarkers,
  storedMarking,
} from "../../src/marking/stored";

const marking: Marking = {
  unit: "8580-500",
  tutor: "Ms Ó Briain <tutor> & co",
  date: "2025-03-04",
  grades: { "1.10": { grade: "pass", rationale: "a" }, "1.2": { grade: "referral", rationale: 'Only two factors; "evaluate" needs judgement.' } },
};

describe("the marking entry", () => {
  test("round-trips through the store's XML, grades in AC order", () => {
    const xml = serializeStore({ [MARKING_KEY]: markingEntry(marking), ticks: { "1.1": [0] } });
    const back = parseStore(xml);
    expect(back.ticks).toEqual({ "1.1": [0] });
    expect(storedMarking(back[MARKING_KEY])).toEqual({ state: "ok", value: marking });
    expect(Object.keys((markingEntry(marking) as { grades: object }).grades)).toEqual(["1.2", "1.10"]);
    expect(markingEntry({ ...marking, passPer: "criterion" })).toMatchObject({ version: 1, passPer: "criterion" });
  });

  test("absent: none; damaged: the field named; newer: left alone with a message", () => {
    expect(storedMarking(undefined)).toEqual({ state: "none" });
    const damaged = storedMarking({ version: 1, unit: "8580-500", tutor: "T", date: "2025-03-04", grades: { "1.1": { mark: -3, rationale: "" } } });
    expect(damaged.state).toBe("damaged");
    expect(damaged.state === "damaged" && damaged.message).toMatch(/^The grades saved in this document could not be read \(grades\.1\.1\.mark: .+\), so marking starts afresh and saving replaces them\.$/);
    expect(storedMarking("not an object").state).toBe("damaged");
    expect(storedMarking({ version: 2, whatever: true })).toMatchObject({ state: "newer", version: 2 });
  });

  test("fields a later version 1 adds are ignored, a missing rationale reads as empty", () => {
    const read = storedMarking({ version: 1, unit: "8581-700", tutor: "T", date: "2025-03-04", note: "x", grades: { "2.1": { mark: 9, colour: "red" } } });
    expect(read).toEqual({ state: "ok", value: { unit: "8581-700", tutor: "T", date: "2025-03-04", grades: { "2.1": { mark: 9, rationale: "" } } } });
  });
});

describe("the comments entry", () => {
  test("round-trips; damaged and newer are reported", () => {
    const items = [{ id: "{C1}", key: "ac-short|belowShare|1.2|heading|1.2 Evaluate" }];
    expect(storedCommentMarkers(commentMarkersEntry(items))).toEqual({ state: "ok", value: items });
    expect(storedCommentMarkers(undefined)).toEqual({ state: "none" });
    expect(storedCommentMarkers({ version: 1, items: [{ key: "no id" }] }).state).toBe("damaged");
    expect(storedCommentMarkers({ version: 3, items: [] }).state).toBe("newer");
  });
});

describe("finding the store among a .docx's custom XML parts", () => {
  test("the first part in the add-in's namespace, whatever its file name; other parts ignored", () => {
    const ours = serializeStore({ [MARKING_KEY]: markingEntry(marking) });
    const bibliography = '<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>';
    expect(isStorePart(bibliography)).toBe(false);
    expect(isStorePart("not xml <")).toBe(false);
    expect(isStorePart(ours)).toBe(true);
    expect(storedMarking(storeFromParts([bibliography, ours, serializeStore({})])[MARKING_KEY])).toEqual({ state: "ok", value: marking });
    expect(storeFromParts([bibliography])).toEqual({});
  });
});

/**
 * The in-memory Word's comments (WordApi 1.4), tables and paragraph search behave as Word's
 * reference pages say: queued until sync, unloaded properties throw, the author is the signed-in
 * user, 1.3 hosts refuse, read-only documents refuse.
 */
import {
  addMemoryComment,
  buildMemoryDocument,
  commentsSnapshot,
  controlsSnapshot,
  memoryRun,
  setCommentUser,
  snapshot,
  tableParagraphs,
  type MemoryDocument,
} from "../../src/word-memory/memory-word";

function doc(options: Parameters<typeof buildMemoryDocument>[1] = {}): MemoryDocument {
  return buildMemoryDocument(
    [
      { text: "1.1 Define coaching", style: "Heading2", controls: [{ tag: "ilm:heading:1.1", cannotEdit: true, cannotDelete: true }] },
      { text: "Coaching helps people (Starr, 2016) and STARR agrees (Starr, 2016)." },
      { text: "A second paragraph." },
    ],
    options,
  );
}

describe("comments", () => {
  test("insertComment is queued: the comment exists after the sync, its id readable only once loaded", async () => {
    const d = doc();
    setCommentUser(d, { name: "Dr A. Tutor", email: "tutor@example.ac.uk" });
    await memoryRun(d)(async (context) => {
      const c = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const comment = c.items[1]!.getRange("Content").insertComment("Say more.");
      expect(commentsSnapshot(d)).toEqual([]);
      await context.sync();
      expect(commentsSnapshot(d)).toHaveLength(1);
      expect(() => comment.id).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      comment.load("id,authorName,authorEmail,content,resolved,creationDate");
      await context.sync();
      expect(comment.authorName).toBe("Dr A. Tutor");
      expect(comment.authorEmail).toBe("tutor@example.ac.uk");
      expect(comment.content).toBe("Say more.");
      expect(comment.resolved).toBe(false);
      expect(comment.creationDate).toBeInstanceOf(Date);
      expect(comment.id).toBe(commentsSnapshot(d)[0]!.id);
    });
    expect(commentsSnapshot(d)[0]).toMatchObject({ author: "Dr A. Tutor", quote: "Coaching helps people (Starr, 2016) and STARR agrees (Starr, 2016).", paragraph: d.paragraphs[1]!.uid });
  });

  test("a comment on a locked side-heading is allowed and leaves every character of the text alone", async () => {
    const d = doc();
    const before = snapshot(d);
    await memoryRun(d)(async (context) => {
      const ps = context.document.body.paragraphs.load("items/text");
      await context.sync();
      ps.items[0]!.getRange("Content").insertComment("Heading note.");
    });
    expect(snapshot(d)).toEqual(before);
    expect(commentsSnapshot(d).map((c) => c.quote)).toEqual(["1.1 Define coaching"]);
  });

  test("the body's collection lists comments in document order; a range's lists those on it", async () => {
    const d = doc();
    const [h, p1, p2] = d.paragraphs;
    addMemoryComment(d, { start: p2!, so: 0, end: p2!, eo: 1 }, "third", { name: "Learner", email: "" });
    addMemoryComment(d, { start: h!, so: 0, end: h!, eo: 3 }, "first", { name: "Tutor", email: "" });
    addMemoryComment(d, { start: p1!, so: 22, end: p1!, eo: 35 }, "second", { name: "Tutor", email: "" }, true);
    await memoryRun(d)(async (context) => {
      const all = context.document.body.getComments().load("items/content,items/authorName,items/resolved");
      const ps = context.document.body.paragraphs.load("items/text");
      await context.sync();
      expect(all.items.map((c) => [c.content, c.authorName, c.resolved])).toEqual([
        ["first", "Tutor", false],
        ["second", "Tutor", true],
        ["third", "Learner", false],
      ]);
      const onSecond = ps.items[1]!.getRange("Whole").getComments().load("items/content");
      const section = ps.items[0]!.getRange("Whole").expandTo(ps.items[1]!.getRange("Whole")).getComments().load("items/content");
      await context.sync();
      expect(onSecond.items.map((c) => c.content)).toEqual(["second"]);
      expect(section.items.map((c) => c.content)).toEqual(["first", "second"]);
    });
  });

  test("content and resolved are writable, delete removes it; getRange is the text it is on; contentRange its text", async () => {
    const d = doc();
    const p1 = d.paragraphs[1]!;
    addMemoryComment(d, { start: p1, so: 22, end: p1, eo: 35 }, "old", { name: "T", email: "" });
    addMemoryComment(d, { start: p1, so: 0, end: p1, eo: 8 }, "other", { name: "T", email: "" });
    await memoryRun(d)(async (context) => {
      const all = context.document.body.getComments().load("items/id");
      await context.sync();
      const [other, mine] = all.items;
      mine!.content = "new";
      mine!.resolved = true;
      const range = mine!.getRange().load("text");
      const text = mine!.contentRange.load("text");
      other!.delete();
      await context.sync();
      expect(range.text).toBe("(Starr, 2016)");
      expect(text.text).toBe("new");
    });
    expect(commentsSnapshot(d).map((c) => [c.content, c.resolved])).toEqual([["new", true]]);
  });

  test("deleting the paragraph a comment is on deletes the comment, as in Word", async () => {
    const d = doc();
    const p2 = d.paragraphs[2]!;
    addMemoryComment(d, { start: p2, so: 0, end: p2, eo: 5 }, "gone soon");
    await memoryRun(d)(async (context) => {
      const ps = context.document.body.paragraphs.load("items/text");
      await context.sync();
      ps.items[2]!.delete();
    });
    expect(commentsSnapshot(d)).toEqual([]);
  });

  test("a WordApi 1.3 host has no comments: every call fails at sync with ApiNotFound", async () => {
    const d = doc({ requirements: { WordApi: "1.3" } });
    await expect(
      memoryRun(d)(async (context) => {
        context.document.body.getComments().load("items/id");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(
      memoryRun(d)(async (context) => {
        context.document.getSelection().insertComment("x");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(commentsSnapshot(d)).toEqual([]);
  });

  test("a read-only document refuses new comments, changes and deletions; an empty comment is refused", async () => {
    const d = doc();
    const p1 = d.paragraphs[1]!;
    addMemoryComment(d, { start: p1, so: 0, end: p1, eo: 5 }, "kept");
    await expect(
      memoryRun(d)(async (context) => {
        context.document.getSelection().insertComment("   ");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    d.readOnly = true;
    for (const op of ["insert", "edit", "delete"] as const) {
      await expect(
        memoryRun(d)(async (context) => {
          const all = context.document.body.getComments().load("items/id");
          await context.sync();
          if (op === "insert") context.document.getSelection().insertComment("x");
          if (op === "edit") all.items[0]!.content = "changed";
          if (op === "delete") all.items[0]!.delete();
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "AccessDenied" });
    }
    expect(commentsSnapshot(d).map((c) => c.content)).toEqual(["kept"]);
  });
});

describe("paragraph search", () => {
  test("finds every match in order, ignoring case unless matchCase is set", async () => {
    const d = doc();
    await memoryRun(d)(async (context) => {
      const ps = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const any = ps.items[1]!.search("starr").load("items/text");
      const exact = ps.items[1]!.search("(Starr, 2016)", { matchCase: true }).load("items/text");
      await context.sync();
      expect(any.items.map((r) => r.text)).toEqual(["Starr", "STARR", "Starr"]);
      expect(exact.items).toHaveLength(2);
    });
  });

  test("over 255 characters, or an unescaped ^ code, fails at sync; ^^ finds a caret", async () => {
    const d = buildMemoryDocument([{ text: "x^2 grows" }]);
    const run = (text: string) =>
      memoryRun(d)(async (context) => {
        const ps = context.document.body.paragraphs.load("items/text");
        await context.sync();
        const found = ps.items[0]!.search(text).load("items/text");
        await context.sync();
        return found.items.map((r) => r.text);
      });
    await expect(run("x".repeat(256))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(run("x^2")).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(await run("x^^2")).toEqual(["x^2"]);
  });
});

describe("tables", () => {
  test("insertTable after a paragraph: one paragraph per cell with its position, a paragraph kept after a final table", async () => {
    const d = buildMemoryDocument([{ text: "Learner text." }, { text: "Heading", style: "Heading1" }]);
    await memoryRun(d)(async (context) => {
      const ps = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const t = ps.items[1]!.insertTable(2, 2, "After", [
        ["AC", "Grade"],
        ["1.1", "Pass"],
      ]);
      t.headerRowCount = 1;
      t.load("values,rowCount,headerRowCount");
      await context.sync();
      expect(t.values).toEqual([
        ["AC", "Grade"],
        ["1.1", "Pass"],
      ]);
      expect([t.rowCount, t.headerRowCount]).toEqual([2, 1]);
      const after = t.insertParagraph("Total", "After");
      after.load("text");
      await context.sync();
    });
    expect(snapshot(d).map((p) => [p.text, p.table ? `${p.table.row},${p.table.cell}` : "", p.style])).toEqual([
      ["Learner text.", "", "Normal"],
      ["Heading", "", "Heading 1"],
      ["AC", "0,0", "Normal"],
      ["Grade", "0,1", "Normal"],
      ["1.1", "1,0", "Normal"],
      ["Pass", "1,1", "Normal"],
      ["Total", "", "Normal"],
      ["", "", "Normal"],
    ]);
  });

  test("values that do not match the size, or a style that is not built in, fail; a control may hold a whole table, not part of one", async () => {
    const d = buildMemoryDocument([{ text: "Before" }, { text: "After" }]);
    await expect(
      memoryRun(d)(async (context) => {
        const ps = context.document.body.paragraphs.load("items/text");
        await context.sync();
        ps.items[0]!.insertTable(2, 2, "After", [["only one row", "x"]]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await memoryRun(d)(async (context) => {
      const ps = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const t = ps.items[0]!.insertTable(1, 2, "After", [["a", "b"]]);
      await context.sync();
      t.styleBuiltIn = "Heading1";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    const id = d.paragraphs[1]!.table!.table;
    expect(tableParagraphs(d, id).map((p) => p.text)).toEqual(["a", "b"]);
    await expect(
      memoryRun(d)(async (context) => {
        const ps = context.document.body.paragraphs.load("items/text");
        await context.sync();
        ps.items[0]!.getRange("Whole").expandTo(ps.items[1]!.getRange("Whole")).insertContentControl();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await memoryRun(d)(async (context) => {
      const ps = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const cc = ps.items[0]!.getRange("Whole").expandTo(ps.items[3]!.getRange("Whole")).insertContentControl();
      cc.tag = "whole";
      await context.sync();
    });
    expect(controlsSnapshot(d)).toEqual([expect.objectContaining({ tag: "whole", paragraphs: 4 })]);
  });
});

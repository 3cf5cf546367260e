import { buildMemoryDocument, memoryWordRunner, memoryRun, MemoryDocument, parseLoad, snapshot, controlsSnapshot } from "../../src/word-memory/memory-word";
import type { MemoryRequestContext } from "../../src/word-memory/memory-word";

/** The fake must behave like Office.js where the add-in could get it wrong. */

function doc3(): MemoryDocument {
  return buildMemoryDocument([
    { text: "Title", style: "Title" },
    { text: "1.1 Define coaching", style: "Heading2", controls: ["ilm:heading:1.1"] },
    { text: "My answer", bold: true },
  ]);
}

describe("in-memory Word: loading", () => {
  test("reading a property that was never loaded throws PropertyNotLoaded", async () => {
    const doc = doc3();
    await memoryRun(doc)(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load("items/text");
      await context.sync();
      expect(ps.items[0]!.text).toBe("Title");
      expect(() => ps.items[0]!.style).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("load without a sync afterwards throws, the same load after sync works", async () => {
    const doc = doc3();
    await memoryRun(doc)(async (context) => {
      const ps = context.document.body.paragraphs;
      ps.load("items/text");
      expect(() => ps.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      const first = ps.items[0]!;
      first.load("style");
      expect(() => first.style).toThrow(/not available/);
      await context.sync();
      expect(first.style).toBe("Title");
    });
  });

  test("loaded values are a snapshot taken at sync, not live", async () => {
    const doc = doc3();
    await memoryRun(doc)(async (context) => {
      const ps = context.document.body.paragraphs.load("items/text");
      await context.sync();
      const p = ps.items[2]!;
      p.load("text");
      await context.sync();
      doc.paragraphs[2]!.text = "changed behind our back";
      expect(p.text).toBe("My answer");
    });
  });

  test("load accepts string, array, select/expand and LoadOptions objects, with navigation", async () => {
    expect(parseLoad("text, style")).toEqual(["text", "style"]);
    expect(parseLoad(["items/text", "items/font/bold"])).toEqual(["items/text", "items/font/bold"]);
    expect(parseLoad({ select: "text", expand: "font" })).toEqual(["text", "font"]);
    expect(parseLoad({ text: true, font: { bold: true } })).toEqual(["text", "font/bold"]);
    const doc = doc3();
    await memoryRun(doc)(async (context) => {
      const ps = context.document.body.paragraphs;
      // The memory Word accepts every load form Office.js does; the add-in's typed subset only strings.
      (ps as unknown as { load(o: object): void }).load({ text: true, font: { bold: true } });
      await context.sync();
      expect(ps.items.map((p) => p.font.bold)).toEqual([false, false, true]);
      expect(() => ps.items[0]!.font.italic).toThrow(/not available/);
    });
  });

  test("an unknown property in load fails at sync like Office.js", async () => {
    const doc = doc3();
    await expect(
      memoryRun(doc)(async (context) => {
        context.document.body.paragraphs.load("items/nonsense");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("styleBuiltIn, outlineLevel, parent content control and isNullObject", async () => {
    const doc = doc3();
    await memoryRun(doc)(async (context) => {
      const ps = context.document.body.paragraphs.load("items/styleBuiltIn,items/outlineLevel,items/tableNestingLevel");
      await context.sync();
      expect(ps.items.map((p) => p.styleBuiltIn)).toEqual(["Title", "Heading2", "Normal"]);
      expect(ps.items.map((p) => p.outlineLevel)).toEqual([10, 2, 10]);
      const parents = ps.items.map((p) => p.parentContentControlOrNullObject.load("tag"));
      expect(() => parents[0]!.isNullObject).toThrow(/not available/);
      await context.sync();
      expect(parents.map((p) => p.isNullObject)).toEqual([true, false, true]);
      expect(parents[1]!.tag).toBe("ilm:heading:1.1");
    });
  });
});

describe("in-memory Word: syncs and writes", () => {
  test("every sync is counted per context and per document", async () => {
    const doc = doc3();
    let ctx: MemoryRequestContext | undefined;
    await memoryRun(doc, (c) => (ctx = c))(async (context) => {
      await context.sync();
      await context.sync();
    });
    expect(ctx!.syncCount).toBe(2);
    await memoryRun(doc)(async (context) => {
      await context.sync();
    });
    expect(doc.syncTotal).toBe(3);
    expect(doc.runCount).toBe(2);
  });

  test("writes are queued until sync, and a run flushes what is left", async () => {
    const doc = doc3();
    await memoryRun(doc)(async (context) => {
      context.document.body.insertParagraph("added", "End");
      expect(doc.paragraphs).toHaveLength(3);
      await context.sync();
      expect(doc.paragraphs).toHaveLength(4);
      context.document.body.insertParagraph("flushed", "Start");
    });
    expect(doc.paragraphs[0]!.text).toBe("flushed");
    expect(doc.syncTotal).toBe(2);
  });

  test("a proxy returned by insertParagraph needs load + sync before reading", async () => {
    const doc = doc3();
    await memoryRun(doc)(async (context) => {
      const p = context.document.body.insertParagraph("new", "End");
      expect(() => p.text).toThrow(/not available/);
      p.load("text");
      await context.sync();
      expect(p.text).toBe("new");
    });
  });

  test("an inserted paragraph copies its neighbour's formatting, as in Word", async () => {
    const doc = doc3();
    await memoryRun(doc)(async (context) => {
      context.document.body.insertParagraph("after bold", "End");
      await context.sync();
    });
    expect(snapshot(doc)[3]).toMatchObject({ text: "after bold", bold: true });
  });

  test("content controls: wrap, insert inside and after, tag, lock, delete keeping content", async () => {
    const doc = buildMemoryDocument([{ text: "a" }, { text: "b" }]);
    await memoryRun(doc)(async (context) => {
      const ps = context.document.body.paragraphs.load("items");
      await context.sync();
      const cc = ps.items[0]!.insertContentControl();
      cc.tag = "ilm:guidance:1.1";
      cc.insertParagraph("inside", "End");
      cc.insertParagraph("outside", "After");
      await context.sync();
    });
    expect(snapshot(doc).map((p) => [p.text, p.tags])).toEqual([
      ["a", ["ilm:guidance:1.1"]],
      ["inside", ["ilm:guidance:1.1"]],
      ["outside", []],
      ["b", []],
    ]);
    await memoryRun(doc)(async (context) => {
      const ccs = context.document.body.contentControls.getByTag("ilm:guidance:1.1").load("items/id");
      await context.sync();
      ccs.items[0]!.delete(true);
      await context.sync();
    });
    expect(snapshot(doc).map((p) => p.text)).toEqual(["a", "inside", "outside", "b"]);
    expect(controlsSnapshot(doc)).toEqual([]);
  });

  test("a locked control refuses edits inside it and deletion, at sync", async () => {
    const doc = buildMemoryDocument([{ text: "1.1 Heading", controls: [{ tag: "ilm:heading:1.1", cannotEdit: true, cannotDelete: true }] }, { text: "x" }]);
    await expect(
      memoryRun(doc)(async (context) => {
        const ccs = context.document.body.contentControls.load("items");
        await context.sync();
        ccs.items[0]!.insertParagraph("sneaky", "End");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(
      memoryRun(doc)(async (context) => {
        const ccs = context.document.body.contentControls.load("items");
        await context.sync();
        ccs.items[0]!.delete(false);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(doc.paragraphs.map((p) => p.text)).toEqual(["1.1 Heading", "x"]);
  });

  test("a read-only document refuses writes with AccessDenied", async () => {
    const doc = buildMemoryDocument([{ text: "x" }], { readOnly: true });
    await expect(
      memoryRun(doc)(async (context) => {
        context.document.body.insertParagraph("y", "End");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  test("range.select records the selection; getSelection reads it back", async () => {
    const doc = buildMemoryDocument([{ text: "a" }, { text: "b" }, { text: "c" }]);
    await memoryRun(doc)(async (context) => {
      const ps = context.document.body.paragraphs.load("items");
      await context.sync();
      ps.items[1]!.getRange("Whole").expandTo(ps.items[2]!.getRange("Whole")).select();
      await context.sync();
      const sel = context.document.getSelection();
      sel.load("text");
      await context.sync();
      expect(sel.text).toBe("b\rc");
    });
    expect(doc.selection!.start.text).toBe("b");
  });
});

describe("in-memory Word: runs and table cells", () => {
  test("insertText writes runs with their own font; the paragraph reports mixed formatting as null", async () => {
    const doc = buildMemoryDocument([{ text: "" }, { text: "x" }]);
    await memoryRun(doc)(async (context) => {
      const ps = context.document.body.paragraphs.load("items");
      await context.sync();
      const p = ps.items[0]!;
      p.insertText("Whitmore, J. (2009) ", "End");
      p.insertText("Coaching for performance", "End").font.italic = true;
      // Like typing in Word, new text continues the formatting before it unless told otherwise.
      p.insertText(". London", "End");
      p.insertText(": Nicholas Brealey.", "End").font.italic = false;
      await context.sync();
      p.load("text,font/italic");
      await context.sync();
      expect(p.text).toBe("Whitmore, J. (2009) Coaching for performance. London: Nicholas Brealey.");
      expect(p.font.italic).toBeNull();
    });
    expect(snapshot(doc)[0]!.runs!.map((r) => [r.text, r.italic])).toEqual([
      ["Whitmore, J. (2009) ", false],
      ["Coaching for performance. London", true],
      [": Nicholas Brealey.", false],
    ]);
  });

  test("ranges work in characters: insert at the cursor, after a selection, and format only what was inserted", async () => {
    const doc = buildMemoryDocument([{ text: "Coaching works." }, { text: "Next." }]);
    doc.select(doc.paragraphs[0]!, doc.paragraphs[0]!, 8, 8);
    await memoryRun(doc)(async (context) => {
      const sel = context.document.getSelection();
      sel.load("isEmpty,text");
      await context.sync();
      expect([sel.isEmpty, sel.text]).toEqual([true, ""]);
      const inserted = sel.insertText(" really", "After");
      inserted.font.bold = true;
      inserted.select();
      await context.sync();
      const again = context.document.getSelection().load("text,font/bold");
      await context.sync();
      expect([again.text, again.font.bold]).toEqual([" really", true]);
    });
    expect(snapshot(doc)[0]!.text).toBe("Coaching really works.");
    expect(snapshot(doc)[0]!.bold).toBeNull();
    expect(snapshot(doc)[1]!.text).toBe("Next.");
  });

  test("parentTableCellOrNullObject gives row and cell, and a null object outside tables", async () => {
    const doc = buildMemoryDocument([{ text: "out" }, { text: "in", table: { table: 0, row: 3, cell: 1 } }]);
    await memoryRun(doc)(async (context) => {
      const ps = context.document.body.paragraphs.load("items/tableNestingLevel");
      await context.sync();
      expect(ps.items.map((p) => p.tableNestingLevel)).toEqual([0, 1]);
      const cells = ps.items.map((p) => p.parentTableCellOrNullObject.load("rowIndex,cellIndex"));
      await context.sync();
      expect(cells[0]!.isNullObject).toBe(true);
      expect([cells[1]!.rowIndex, cells[1]!.cellIndex]).toEqual([3, 1]);
    });
  });
});

describe("in-memory Word: requirement sets and custom XML parts", () => {
  test("isSetSupported follows the configured versions", () => {
    const old = new MemoryDocument({ requirements: { WordApi: "1.3" } });
    expect(old.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(old.isSetSupported("WordApi", "1.4")).toBe(false);
    expect(old.isSetSupported("ExcelApi", "1.1")).toBe(false);
    expect(memoryWordRunner(new MemoryDocument()).isSetSupported("WordApi", "1.4")).toBe(true);
  });

  test("custom XML parts fail with ApiNotFound on a WordApi 1.3 host", async () => {
    const doc = buildMemoryDocument([{ text: "x" }], { requirements: { WordApi: "1.3" } });
    await expect(
      memoryRun(doc)(async (context) => {
        context.document.customXmlParts.add('<a xmlns="urn:x"/>');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("custom XML parts: add, find by namespace, getXml after sync", async () => {
    const doc = buildMemoryDocument([{ text: "x" }]);
    await memoryRun(doc)(async (context) => {
      context.document.customXmlParts.add('<?xml version="1.0"?><s:root xmlns:s="urn:test">1</s:root>');
      await context.sync();
      const part = context.document.customXmlParts.getByNamespace("urn:test").getOnlyItemOrNullObject();
      part.load("id,namespaceUri");
      await context.sync();
      expect(part.isNullObject).toBe(false);
      expect(part.namespaceUri).toBe("urn:test");
      const xml = part.getXml();
      expect(() => xml.value).toThrow(/not been loaded/);
      await context.sync();
      expect(xml.value).toContain("<s:root");
    });
  });
});

/**
 * The comment bank: the starter set drawn from the units, search, edits, and import of good and
 * bad files (a bad file is refused whole, naming its wrong field).
 */
import { UNITS, getUnit } from "../../src/units/catalogue";
import {
  BankImportError,
  addSnippet,
  bankFile,
  bankForStorage,
  bankFromStorage,
  deleteSnippet,
  editSnippet,
  mergeSnippets,
  parseBankFile,
  searchSnippets,
  type CommentBank,
} from "../../src/marking/comment-bank";
import { starterSnippets, starterSnippetsFor } from "../../src/marking/comment-bank-starter";

const file = (snippets: unknown, extra: object = {}) => JSON.stringify({ format: "ilm-comment-bank", version: 1, snippets, ...extra });

function refusal(text: string): string {
  try {
    parseBankFile(text, UNITS);
  } catch (e) {
    expect(e).toBeInstanceOf(BankImportError);
    return (e as Error).message;
  }
  throw new Error("the file was accepted");
}

describe("starter snippets", () => {
  test("every AC of every unit gets at least one, drawn from its pass descriptors, command verb or source requirement", () => {
    const all = starterSnippets(UNITS);
    for (const u of UNITS) {
      for (const c of u.criteria) expect(all.some((s) => s.unit === u.id && s.ac === c.id)).toBe(true);
    }
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    expect(all.every((s) => s.starter)).toBe(true);
  });

  test("pass descriptors of 8580-500 AC 1.2 appear word for word; the verb snippet says what 'evaluate' asks", () => {
    const u = getUnit("8580-500")!;
    const mine = starterSnippetsFor(u).filter((s) => s.ac === "1.2").map((s) => s.text);
    for (const d of u.criteria[1]!.passDescriptors) expect(mine.some((t) => t.includes(d))).toBe(true);
    expect(mine).toContain(
      "AC 1.2 asks you to evaluate: judge or calculate the quality, importance, and amount of value of something. So far your answer mostly describes; take it further, as the criterion asks.",
    );
  });

  test("the whole starter bank survives export and import unchanged", () => {
    const bank: CommentBank = { snippets: starterSnippets(UNITS) };
    expect(parseBankFile(bankFile(bank), UNITS)).toEqual(bank.snippets);
    expect(bankFromStorage(bankForStorage(bank), UNITS)).toEqual(bank);
    expect(bankFromStorage({ nonsense: true }, UNITS)).toBeNull();
    // A snippet for a unit the catalogue no longer has is dropped, not the tutor's whole bank.
    const kept = bankFromStorage({ format: "ilm-comment-bank", version: 1, snippets: [{ id: "a", text: "Keep me." }, { id: "b", text: "Old unit.", unit: "9999-999" }] }, UNITS);
    expect(kept).toEqual({ snippets: [{ id: "a", text: "Keep me." }] });
  });

  test("a stored bank written without ids, or with one id twice, keeps every snippet under its own id", () => {
    const stored = bankFromStorage(
      { format: "ilm-comment-bank", version: 1, snippets: [{ text: "First." }, { text: "Second." }, { id: "x", text: "Third." }, { id: "x", text: "Fourth." }] },
      UNITS,
    );
    expect(stored?.snippets.map((s) => s.text)).toEqual(["First.", "Second.", "Third.", "Fourth."]);
    expect(new Set(stored?.snippets.map((s) => s.id)).size).toBe(4);
  });
});

describe("search and edits", () => {
  const bank: CommentBank = {
    snippets: [
      { id: "g", text: "Cite the source of this model." },
      { id: "a", text: "Évaluate the three factors, not just list them.", unit: "8580-500", ac: "1.2" },
      { id: "b", text: "Define mentoring as well.", unit: "8580-500", ac: "1.1" },
      { id: "c", text: "Critique each method.", unit: "8581-700", ac: "2.1" },
    ],
  };

  test("the draft's unit and the general snippets, AC snippets first in AC order; every query word must match (case and accents folded)", () => {
    expect(searchSnippets(bank, { unit: "8580-500" }).map((s) => s.id)).toEqual(["b", "a", "g"]);
    expect(searchSnippets(bank, { unit: "8580-500", ac: "1.2" }).map((s) => s.id)).toEqual(["a", "g"]);
    expect(searchSnippets(bank, { unit: "8580-500", query: "evaluate FACTORS" }).map((s) => s.id)).toEqual(["a"]);
    expect(searchSnippets(bank, { query: "1.1" }).map((s) => s.id)).toEqual(["b"]);
    expect(searchSnippets(bank, {}).map((s) => s.id)).toEqual(["b", "a", "c", "g"]);
  });

  test("add, edit (a starter becomes the tutor's own) and delete", () => {
    let b = addSnippet(bank, { text: "  New one.  ", unit: "8580-500", ac: "1.3" }, "n1");
    expect(b.snippets.at(-1)).toEqual({ id: "n1", text: "New one.", unit: "8580-500", ac: "1.3" });
    expect(addSnippet(b, { text: "   " }, "n2")).toBe(b);
    b = { snippets: [...b.snippets, { id: "s", text: "Starter", starter: true, unit: "8580-500", ac: "1.1" }] };
    b = editSnippet(b, "s", { text: "Mine now", unit: "" });
    expect(b.snippets.find((s) => s.id === "s")).toEqual({ id: "s", text: "Mine now" });
    expect(editSnippet(b, "s", { text: " " }).snippets.find((s) => s.id === "s")!.text).toBe("Mine now");
    expect(deleteSnippet(b, "s").snippets.some((s) => s.id === "s")).toBe(false);
  });
});

describe("import", () => {
  test("a good file: snippets read, trimmed, ids given where missing; merged without duplicates", () => {
    const incoming = parseBankFile(
      file([
        { text: " Use the GROW model here. ", unit: "8580-500", ac: "2.4" },
        { id: "g", text: "Cite the source of this model." },
      ]),
      UNITS,
    );
    expect(incoming).toEqual([
      { id: "imported-1", text: "Use the GROW model here.", unit: "8580-500", ac: "2.4" },
      { id: "g", text: "Cite the source of this model." },
    ]);
    const { bank, added } = mergeSnippets({ snippets: [{ id: "g", text: "Cite the source of this model." }, { id: "imported-1", text: "x" }] }, incoming);
    expect(added).toBe(1);
    expect(bank.snippets.map((s) => s.id)).toEqual(["g", "imported-1", "imported-1-2"]);
  });

  test.each([
    ["not JSON", "{ snippets: [", /^The comment bank was not imported: the file is not JSON/],
    ["another format", JSON.stringify({ format: "csl-json", version: 1, snippets: [] }), /: format must be "ilm-comment-bank"\. Nothing was imported\.$/],
    ["a newer version", file([], { version: 2 }), /: version must be 1\./],
    ["no snippets list", JSON.stringify({ format: "ilm-comment-bank", version: 1 }), /: snippets must be a list of snippets\./],
    ["an empty text", file([{ text: "ok" }, { text: "   " }]), /: snippets\[1\]\.text must not be empty\./],
    ["a number for text", file([{ text: 42 }]), /: snippets\[0\]\.text must be text\./],
    ["a text too long", file([{ text: "x".repeat(2001) }]), /: snippets\[0\]\.text is longer than 2,000 characters\./],
    ["a bad AC number", file([{ text: "t", unit: "8580-500", ac: "one" }]), /: snippets\[0\]\.ac must be an AC number such as "1\.2"\./],
    ["an unknown unit", file([{ text: "t", unit: "9999-999" }]), /: snippets\[0\]\.unit names unit 9999-999, which the add-in does not know\./],
    ["an AC the unit lacks", file([{ text: "t", unit: "8581-700", ac: "5.1" }]), /: snippets\[0\]\.ac names AC 5\.1, which unit 8581-700 does not have\./],
    ["an AC without a unit", file([{ text: "t", ac: "1.1" }]), /: snippets\[0\]\.unit is needed with an AC/],
    ["an unknown field", file([{ text: "t", colour: "red" }]), /: snippets\[0\] has a field the comment bank does not know: colour\./],
    ["a huge file", file([{ text: "x".repeat(2_100_000) }]), /larger than 2 MB/],
  ])("refuses %s, naming what is wrong, and imports nothing", (_name, text, expected) => {
    const message = refusal(text);
    expect(message).toMatch(expected);
    expect(message).toMatch(/Nothing was imported\.$/);
  });

  test("the error carries the field for the pane to point at", () => {
    try {
      parseBankFile(file([{ text: "ok" }, { text: "" }]), UNITS);
    } catch (e) {
      expect((e as BankImportError).field).toBe("snippets[1].text");
    }
    expect.assertions(1);
  });
});

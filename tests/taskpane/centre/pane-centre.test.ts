/**
 * The learner's pane with a centre template, through the pane controller against the in-memory
 * Word (no React): built-in templates preselected, the document's own template followed, the
 * check and the insertion using it, and Centre mode's "Try it in this document".
 */
import { parseCentreTemplate } from "../../../src/centre/parse";
import type { UserStore } from "../../../src/office/storage";
import { createWordEngine } from "../../../src/taskpane/engine";
import { createPaneController, type PaneController, type Prefs } from "../../../src/taskpane/pane-controller";
import { buildMemoryDocument, memoryRun, snapshot, type MemoryDocument } from "../../../src/word-memory/memory-word";
import { serializeStore } from "../../../src/word/doc-store";
import { StoreKeys } from "../../../src/model/document-store";
import { getUnit } from "../../../src/units/catalogue";
import { MARK_SHEET_502, NORTHGATE, clone } from "../../centre/fixtures";
import { prose } from "../../word/helpers";

function prefsWith(initial: Prefs = {}, role?: Prefs["role"]): UserStore<Prefs> {
  const m = new Map<string, Prefs>([["unit", initial], ...(role ? [["role", { role }] as [string, Prefs]] : [])]);
  return { get: (k) => m.get(k), set: (k, v) => void m.set(k, v) };
}

async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !done(); i++) await new Promise((r) => setTimeout(r, 0));
  if (!done()) throw new Error("pane never settled");
}

async function open(memory: MemoryDocument, deployed: unknown[] = [], prefs = prefsWith()): Promise<{ pane: PaneController; stop: () => void }> {
  const engine = await createWordEngine({ run: memoryRun(memory), isSetSupported: memory.isSetSupported, watchChanges: () => () => undefined }, deployed);
  const pane = createPaneController({ loadEngine: async () => engine, prefs });
  const stop = pane.start();
  await until(() => pane.getState().watching);
  return { pane, stop };
}

const texts = (memory: MemoryDocument) => snapshot(memory).map((p) => p.text);

describe("a centre template built into the add-in", () => {
  test("a blank document opens with it chosen; Insert template inserts the centre's version and records it", async () => {
    const memory = buildMemoryDocument([]);
    const { pane, stop } = await open(memory, [clone(NORTHGATE)]);
    expect(pane.getState()).toMatchObject({ centreSource: "deployed", unitSource: "centre", tab: "start" });
    expect(pane.getState().centre?.id).toBe("northgate-8580-500");
    expect(pane.getState().unit?.id).toBe("8580-500");

    // The learner's own options are not what goes in: the centre's are.
    await pane.actions.insertTemplate({ guidance: false, coverSheet: false, lockHeadings: false });
    expect(texts(memory)).toEqual(expect.arrayContaining(["Cohort:", "Centre name: Northgate College", "Use at least two published definitions.", "Appendix 2: Supervision notes"]));
    expect(memory.xmlParts.some((p) => p.xml.includes("northgate-8580-500"))).toBe(true);
    // The check after inserting followed it.
    expect(pane.getState().report?.centre).toMatchObject({ id: "northgate-8580-500" });
    expect(pane.getState().status).toMatch(/Northgate College's version/);
    stop();
  });

  test("a draft of another unit is not given it; picking its unit is", async () => {
    const u503 = getUnit("8580-503")!;
    const memory = buildMemoryDocument([{ text: `${u503.criteria[0]!.id} ${u503.criteria[0]!.wording}`, style: "Heading2" }, ...prose(3)]);
    const { pane, stop } = await open(memory, [clone(NORTHGATE)]);
    expect(pane.getState().unit?.id).toBe("8580-503");
    expect(pane.getState().centre).toBeNull();
    // Another unit than the document's side-headings is asked about first (issue 14); once confirmed, its centre template follows.
    pane.actions.chooseUnit("8580-500");
    expect(pane.getState().unitQuestion?.unit.id).toBe("8580-500");
    expect(pane.getState().centre).toBeNull();
    pane.actions.confirmUnit();
    expect(pane.getState().centre?.id).toBe("northgate-8580-500");
    pane.actions.chooseUnit("8580-501");
    pane.actions.confirmUnit();
    expect(pane.getState().unit?.id).toBe("8580-501");
    expect(pane.getState().centre).toBeNull();
    stop();
  });

  test("the learner may leave it for the standard template, and come back", async () => {
    const { pane, stop } = await open(buildMemoryDocument([]), [clone(NORTHGATE)]);
    await pane.actions.useCentreTemplate(null);
    expect(pane.getState()).toMatchObject({ centre: null, centreSource: null });
    expect(pane.getState().unit?.id).toBe("8580-500");
    await pane.actions.useCentreTemplate(pane.getState().engine!.centre.deployed[0]!);
    expect(pane.getState().centreSource).toBe("chosen");
    stop();
  });

  test("a damaged built-in template is left out with a sentence, not applied", async () => {
    const { pane, stop } = await open(buildMemoryDocument([]), [{ ...clone(NORTHGATE), wordRange: "lots" }]);
    expect(pane.getState().centre).toBeNull();
    expect(pane.getState().error).toMatchObject({ title: "Centre template left out", intent: "warning" });
    expect(pane.getState().error!.message).toMatch(/"wordRange" must be a list/);
    stop();
  });
});

describe("a document made from a centre's template", () => {
  function madeFrom(template: object): MemoryDocument {
    const memory = buildMemoryDocument(prose(4));
    memory.addXmlPart(serializeStore({ [StoreKeys.centreTemplate]: template }));
    return memory;
  }

  test("its own template is followed, whatever is built in", async () => {
    const mine = { ...clone(NORTHGATE), id: "mine", centre: { name: "Mine" } };
    const { pane, stop } = await open(madeFrom(mine), [clone(NORTHGATE)]);
    expect(pane.getState()).toMatchObject({ centreSource: "document" });
    expect(pane.getState().centre?.id).toBe("mine");
    stop();
  });

  test("the unconfirmed unit in the centre's wording: the pane's unit is the centre's", async () => {
    const { pane, stop } = await open(madeFrom(clone(MARK_SHEET_502)));
    expect(pane.getState().unit?.criteria.map((c) => c.id)).toEqual(["1.1", "1.2", "2.1", "2.2"]);
    expect(pane.getState().unit?.wordingStatus).toBe("confirmed");
    stop();
  });

  test("a damaged copy is not used, and the learner is told why in one sentence", async () => {
    const { pane, stop } = await open(madeFrom({ ...clone(NORTHGATE), acGuidance: { "9.9": "?" } }));
    expect(pane.getState().centre).toBeNull();
    expect(pane.getState().error).toMatchObject({ title: "Centre template not used", intent: "warning" });
    expect(pane.getState().error!.message).toMatch(/^The centre template recorded in this document was not used, so the standard settings apply: the centre template's "acGuidance\["9\.9"\]"/);
    stop();
  });
});

test("Centre mode's Try it in this document: the learner's views follow the template being edited", async () => {
  const { pane, stop } = await open(buildMemoryDocument([]), [], prefsWith({}, "centre"));
  expect(pane.getState().role).toBe("centre");
  const t = parseCentreTemplate(MARK_SHEET_502);
  await pane.actions.useCentreTemplate(t);
  expect(pane.getState()).toMatchObject({ role: "learner", tab: "start", centreSource: "chosen" });
  expect(pane.getState().unit?.criteria[0]!.wording).toBe(MARK_SHEET_502.criteria![0]!.wording);
  stop();
});

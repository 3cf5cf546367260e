/** Small units and filler text for the coverage tests (independent of the real catalogue). */
import type { Unit } from "../../src/units/types";

const base = {
  level: 5 as const,
  qualification: "Test qualification for coverage checks",
  markSheet: "test mark sheet",
  wordingStatus: "confirmed" as const,
  introduction: null,
  seeds: ["000"],
};

const criterion = (id: string, wording: string, marks?: number) => ({
  id,
  outcome: id.split(".")[0]!,
  wording,
  verbs: [wording.split(" ")[0]!],
  passDescriptors: [],
  indicativeContent: [],
  ...(marks ? { marks } : {}),
});

/** Four ACs, a word range and marks 10/10/20/60 (shares by marks). */
export const MARKED: Unit = {
  ...base,
  id: "9999-001",
  unitNumber: "9999-001",
  title: "A marked test unit",
  wordRange: [1000, 2000],
  outcomes: [
    { id: "1", title: "Outcome one" },
    { id: "2", title: "Outcome two" },
  ],
  criteria: [
    criterion("1.1", "Define what coaching and mentoring is within an organisational context", 10),
    criterion("1.2", "Evaluate how the organisational context affects coaching or mentoring", 10),
    criterion("2.1", "Review the knowledge, skills and behaviours of an effective coach", 20),
    criterion("2.2", "Analyse why coaches require effective communication skills", 60),
  ],
};

/** Same numbers, different wording, no range: tells the units apart by wording alone. */
export const PLAIN: Unit = {
  ...base,
  id: "9999-001-2017",
  unitNumber: "9999-001",
  title: "An unmarked test unit",
  wordRange: null,
  outcomes: [
    { id: "1", title: "Outcome one" },
    { id: "2", title: "Outcome two" },
  ],
  criteria: [
    criterion("1.1", "Explain the rationale for coaching or mentoring for one or more clients"),
    criterion("1.2", "Identify individual developmental needs and agree goals with clients"),
    criterion("2.1", "Complete a minimum of twelve hours of coaching or mentoring activity"),
    criterion("2.2", "Critically review your use of diagnostic coaching tools and techniques"),
  ],
};

export const TEST_UNITS: readonly Unit[] = [MARKED, PLAIN];

const FILLER = "coaching helps people reflect on practice and plan their next steps at work".split(" ");

/** n words of plausible answer text. */
export function filler(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(FILLER[i % FILLER.length]!);
  return out.join(" ");
}

/** The side-heading of an AC with its exact wording: "1.1 Define ...". */
export function ac(unit: Unit, id: string): string {
  const c = unit.criteria.find((x) => x.id === id);
  if (!c) throw new Error(`fixture unit ${unit.id} has no AC ${id}`);
  return `${id} ${c.wording}`;
}

/** A complete, well-formed draft for MARKED: every AC, in order, each well within its share (1,350 words in all). */
export function completeMarked(): string[] {
  return [
    "title: Unit 9999-001 assignment",
    "# Introduction",
    filler(50),
    "# Task 1",
    `## ${ac(MARKED, "1.1")}`,
    filler(150),
    `## ${ac(MARKED, "1.2")}`,
    filler(150),
    "# Task 2",
    `## ${ac(MARKED, "2.1")}`,
    filler(300),
    `## ${ac(MARKED, "2.2")}`,
    filler(400),
    filler(300),
    "# References",
    "Starr, J. (2016) The coaching manual. 4th edn. Harlow: Pearson.",
  ];
}

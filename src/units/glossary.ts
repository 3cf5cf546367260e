/**
 * Command verbs of the ILM assessment criteria and what each asks of the learner.
 *
 * Where a seed explains the verb, `meaning` follows the seed's own sentence (seed 001's
 * "X means ..." column, seed 002's guidance) and `fromSeed` is true; `seed` says which.
 * Where no seed explains it (Define, Identify, Plan, ...), the meaning is a short plain
 * explanation written for this project and `fromSeed` is false, so the UI can say so.
 *
 * Keys are the verbs as the catalogue's `verbs` arrays use them (capitalised, British spelling);
 * multi-word verbs ("Critically review") are separate entries from their base verb because the
 * seeds give them a different meaning.
 */
export interface VerbEntry {
  meaning: string;
  fromSeed: boolean;
  /** Seed the meaning comes from ("001", "002"); absent when not from the seeds. */
  seed?: string;
}

function seed(seedId: string, meaning: string): VerbEntry {
  return { meaning, fromSeed: true, seed: seedId };
}

function ours(meaning: string): VerbEntry {
  return { meaning, fromSeed: false };
}

export const VERB_GLOSSARY: Readonly<Record<string, VerbEntry>> = {
  // Seed 001 (2017 centre guide), "X means ..." sentences.
  Analyse: seed(
    "001",
    "Examine something in detail to determine the meaning or essential features and draw conclusions.",
  ),
  Assess: seed(
    "001",
    "Examine something (for example your own ability) and make a judgement, based on standard criteria of what is considered effective.",
  ),
  "Critically evaluate": seed(
    "001",
    "Examine the usefulness of something and draw conclusions or make recommendations.",
  ),
  "Critically explore": seed(
    "001",
    "Take evidence from three or more sources and say to what extent you agree or disagree with that evidence.",
  ),
  "Critically review": seed(
    "001",
    "Explore ideas, question the information and take a view based on the evidence, and say why.",
  ),
  Discuss: seed("001", "Examine or analyse carefully, and present considerations."),
  Explain: seed(
    "001",
    "Give some description of the main characteristics, with an account of the characteristics involved.",
  ),
  "Holistically explore": seed("001", "Take an interest in engaging and developing the whole person."),
  Justify: seed(
    "001",
    "Present an argument for a particular action or choice: give good reasons why it is important.",
  ),
  "Present the case": seed("001", "Provide a rationale or argument for a decision, such as the business case."),
  Reflect: seed(
    "001",
    "Use the approach used in coaching and mentoring sessions to define and inform appropriate improvements, linked to feedback from others.",
  ),
  Review: seed(
    "001",
    "Make a judgement which relies on a combination of evidence and some kind of theoretical model or process; a review normally has breadth and looks at the whole.",
  ),

  // Seed 002 (8581-700 assignment notes).
  Evaluate: seed("002", "Judge or calculate the quality, importance, and amount of value of something."),
  "Critically assess": seed(
    "002",
    "Review the contribution of something and make a judgement, supported with evidence and sourced examples, considering different views.",
  ),
  Critique: seed("002", "Explain the strengths and weaknesses: the differences, and the pros and cons."),

  // Not from the seeds: plain explanations written for this project.
  Agree: ours("Reach and record an agreement with the other person, such as a contract or goals."),
  Articulate: ours("Express something clearly and fully in your own words."),
  Collect: ours("Gather information, such as feedback, and keep it as evidence."),
  Complete: ours("Carry out the whole of the activity required and show evidence that it was done."),
  Conduct: ours("Carry out an activity, such as an assessment or review, yourself."),
  Define: ours("State clearly and precisely what something means."),
  Determine: ours("Establish, with reasons, what something is, for example which factors apply."),
  Develop: ours("Work out something new, such as a strategy or plan, and set it out."),
  Differentiate: ours("Show clearly how two or more things differ."),
  Document: ours("Record something in writing so that it can be used as evidence."),
  Execute: ours("Carry out the activity required."),
  Gather: ours("Collect information, such as feedback, from the people concerned."),
  Identify: ours("Recognise and name the relevant points, with enough detail to show what each is."),
  Keep: ours("Maintain something, such as records, over the whole period."),
  Maintain: ours("Keep something, such as records, complete and up to date over time."),
  Negotiate: ours("Discuss terms with the other person until you reach an agreement."),
  Plan: ours("Decide and set out in advance what will be done, when and how."),
  Prepare: ours("Get something ready in advance, such as a programme of sessions."),
  Present: ours("Set out a rationale or argument clearly for the reader (compare 'Present the case')."),
  Provide: ours("Supply what is asked for, such as evidence or a plan."),
  Summarise: ours("Give a brief account of the main points."),
};

/** Verb -> what it asks, for the UI. (The shared contract's shape.) */
export const COMMAND_VERBS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(VERB_GLOSSARY).map(([verb, entry]) => [verb, entry.meaning]),
);

function verbKey(verb: string): string {
  // "summarize" -> "summarise": the seeds mix American and British spellings.
  return verb.trim().replace(/\s+/g, " ").toLowerCase().replace(/iz(e|es|ed|ing)$/, "is$1");
}

const BY_KEY = new Map(Object.entries(VERB_GLOSSARY).map(([verb, entry]) => [verbKey(verb), entry]));

/** The glossary entry for a verb, ignoring case, spacing and -ize/-ise; undefined when unknown. */
export function lookupVerb(verb: string): VerbEntry | undefined {
  return BY_KEY.get(verbKey(verb));
}

/** What a command verb asks, ignoring case, spacing and -ize/-ise; undefined when unknown. */
export function explainVerb(verb: string): string | undefined {
  return lookupVerb(verb)?.meaning;
}

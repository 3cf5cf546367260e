/**
 * Seed 001's "starter checklist before completing all three units": ILM's advice for every
 * Level 5 coaching and mentoring unit it covers (8580-500 under the 2017 mark sheet, 501, 503),
 * kept once and shown with each of those units.
 */
export const SEED_001_STARTER_CHECKLIST: readonly string[] = [
    "Refer to the latest ILM mark sheet for the course, so that it is clear which assessment criteria are being used.",
    "Many learners find that by using the exact wording from the assessment criteria as side-headings in assignments, they ensure that full coverage is made.",
    "If centre-adapted templates have been devised, ensure that every assessment criteria in the units/s is addressed.",
    "The sufficiency descriptors provide additional information e.g. 'Critically explore the knowledge, skills and behaviour of an effective coach or mentor'.",
    "The knowledge that needs to be demonstrated underpins all three Level 5 units in Coaching and Mentoring and is, therefore, much more extensive than for most Level 5 Leadership and Management Units and there are a larger number of assessment criteria.",
    "Look carefully at the assessment requirements for units two and three before planning and completing coaching sessions to make sure that enough detail is captured in diaries and/or logs to support the answers. This evidence should draw on evaluations and reflections.",
    "The practice demonstrated in Assignments 2 and 3, practical coaching units, follows the good practice models referred to in Assignment 1 (8580-500) e.g. the contracting process and the use of supervision.",
    "It is helpful to submit assignments for assessment for Unit's 2 and 3 at the same time in order that common appendices can be referred to e.g. Coaching logs, coaching diaries and feedback sheets.",
];

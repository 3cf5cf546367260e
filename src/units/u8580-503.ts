/*
 * ILM 8580-503 Reviewing own ability as a management coach or mentor.
 *
 * Source: seed 001, "Assignment Three" table. The seed's extraction lost the numbers of 2.2 and
 * 2.3 (restored from the order and marked below). The "Starting points" column -> indicativeContent.
 * Seed 001 gives no pass descriptors, marks or word count. 2.3 mentions the EMCC code of ethics
 * only as an example ("e.g."), so no code-of-practice source is required there. 1.2 asks for no
 * cited source although it is a critical review: its evidence is "this analysis" (1.1, feedback
 * and own reflections) - "take a view based on the evidence available". 2.1 takes a view on
 * evidence in general ("Critically review means ... based on the evidence"), as 501 2.2 does.
 */
import type { UnitInput } from "./types";
import { SEED_001_STARTER_CHECKLIST } from "./seed-001-checklist";

export const unit: UnitInput = {
  id: "8580-503",
  unitNumber: "8580-503",
  title: "Reviewing own ability as a management coach or mentor",
  level: 5,
  qualification: "ILM Level 5 Certificate in Coaching and Mentoring (8580)",
  markSheet: "2017 mark sheet (as in the ILM centre guide, 2017)",
  wordingStatus: "confirmed",
  // Seed 001 gives no word count for this unit.
  wordRange: null,
  // Seed 001: "Mark sheets contain sufficiency descriptors for Referral, Pass and Good Pass grades."
  grading: { kind: "sufficiency" },
  introduction: null,
  notes: [...SEED_001_STARTER_CHECKLIST],
  seeds: ["001"],
  outcomes: [
    {
      // Title not in the seeds (seed 001 gives none): a neutral summary of ACs 1.1–1.2.
      id: "1",
      title: "Assessing own ability as a coach or mentor",
    },
    {
      // Title not in the seeds (seed 001 gives none): a neutral summary of ACs 2.1–2.4.
      id: "2",
      title: "Reviewing coaching or mentoring activity and own skills",
    },
    {
      // Title not in the seeds (seed 001 gives none): a neutral summary of ACs 3.1–3.3.
      id: "3",
      title: "Supervision, records and future development",
    },
  ],
  criteria: [
    {
      id: "1.1",
      outcome: "1",
      wording: "Conduct an evidenced assessment analysis of your own ability as a coach and/or mentor relating to knowledge, skills and behaviours",
      verbs: ["Conduct"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Provide an in-depth assessment of your own ability as a coach or mentor using feedback from others and your own reflections in relation to: Knowledge understanding of information about own ability Skills coming from knowledge, practice and aptitude Behaviour the way in which one acts or conducts oneself.",
      ],
    },
    {
      id: "1.2",
      outcome: "1",
      wording: "Using this analysis critically review your strengths and weaknesses in relation to your skills, behaviours and knowledge as a coach or mentor",
      verbs: ["Critically review"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "A critical review shows your ability to explore your strengths and weaknesses, to question the information and take a view based on the evidence available and say why. Link this specifically to skills, behaviours and knowledge a coach or mentor.",
      ],
    },
    {
      id: "2.1",
      outcome: "2",
      wording: "Critically review the coaching activity undertaken looking at the process, patterns and outcomes",
      verbs: ["Critically review"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Critically review means to explore ideas and to question the information and take a view based on the evidence and say why the activity is helpful using the following theme: Process refers to the systems, order and arrangements that are in place. Patterns refers to the use of coaching models Outcomes refers to the sessions and the contribution to overall goals.",
      ],
      // Seed 001: "Critically review means to explore ideas and to question the information and take a view based on the evidence and say why the activity is helpful".
      sources: {
        min: 1,
        reason: "A critical review takes a view based on the evidence, so cite at least one source.",
      },
    },
    {
      // Number lost in the seed's extraction; restored from the order (after 2.1).
      id: "2.2",
      outcome: "2",
      wording: "Critically evaluate your own skills as a coach or mentor focussing particularly on your self-awareness, approach, communication skills, and relationship management",
      verbs: ["Critically evaluate"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Critically evaluate means to examine the usefulness of specific skills and draw conclusions or make recommendations about your self- awareness, approach, communication skills and relationship management. Relationship management means the skills that are used to inspire, influence and develop other people.",
      ],
    },
    {
      // Number lost in the seed's extraction; restored from the order (before "2.4").
      id: "2.3",
      outcome: "2",
      wording: "Discuss how you ensure your coaching or mentoring is ethical and non-judgemental",
      verbs: ["Discuss"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Discuss means to examine or analyse carefully, and present considerations in relation to behaving in an ethical and non-judgmental manner.",
        "Ethical coaching means e.g. behaving in a fair and reasonable way, meets the values of coaching.",
        "Being non-judgmental e.g. using the E.M.C.C. code of Ethics, covers the areas of competence, context boundary management, integrity and professionalism and these can be applied in very practical terms.",
      ],
    },
    {
      id: "2.4",
      outcome: "2",
      wording: "Provide evidence of reflecting on actual coaching or mentoring activity by using examples and evidence",
      verbs: ["Provide", "Reflect"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Reflect means to use the approach used in coaching and mentoring sessions to define and inform appropriate improvements, this is linked to feedback from others.",
        "You may find referring to an evaluation model helpful.",
      ],
    },
    {
      id: "3.1",
      outcome: "3",
      wording: "Explain and reflect on the effectiveness of tutorial supervision",
      verbs: ["Explain", "Reflect"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Explain means to provide some description of the main characteristics of tutorial supervision applied to all parties within the coaching or mentoring programme.",
        "Reflect means to use the approach used in coaching and mentoring sessions to define and inform appropriate improvements, this is linked to feedback from others.",
      ],
    },
    {
      id: "3.2",
      outcome: "3",
      wording: "Provide evidence of how you have recorded and logged your own progress and development as a coach or mentor",
      verbs: ["Provide"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Evidence the logged coaching process and include reflections on your own development needs and what you are doing to improve.",
        "Specifically address this aspect of coach development in detail giving examples.",
      ],
    },
    {
      id: "3.3",
      outcome: "3",
      wording: "Provide a linked and relevant plan for your future development for a minimum of the next twelve months",
      verbs: ["Provide"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Provide an action plan for your future development with a recognition that the linked areas of e.g. skills, knowledge and behaviours all need to be included for a minimum of twelve months.",
      ],
    },
  ],
};

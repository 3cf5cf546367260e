/*
 * ILM 8580-501 Undertaking management coaching or mentoring in the workplace.
 *
 * Source: seed 001, "Assignment two" table. The seed's extraction lost the number of 2.3
 * (restored from the order and marked below). The "Starting points" column -> indicativeContent.
 * Seed 001 gives no pass descriptors, marks or word count. 1.1, 1.2 and 2.3 are not asked to cite
 * sources: the seed asks for a contract, goals and an assessment of own ability, not for sources.
 */
import type { UnitInput } from "./types";
import { SEED_001_STARTER_CHECKLIST } from "./seed-001-checklist";

export const unit: UnitInput = {
  id: "8580-501",
  unitNumber: "8580-501",
  title: "Undertaking management coaching or mentoring in the workplace",
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
  // Proofread against seed 001: its slips in unit numbers corrected, and a pointer to text the template does not carry replaced by that text.
  seedCorrections: [
    {
      seed: "the final unit 8500-803 Acs 3.2 and 3.3",
      text: "the final unit 8580-503 ACs 3.2 and 3.3",
      reason: "Seed 001's slip: there is no unit 8500-803; the final unit of the 8580 certificate is 8580-503 (Reviewing own ability as a management coach or mentor), seed 001's Assignment Three, whose ACs 3.2 and 3.3 ask for records of progress and a development plan.",
    },
    {
      seed: "the 8500-503 (Reviewing) unit Acs 3.2 and 3.3",
      text: "the 8580-503 (Reviewing) unit ACs 3.2 and 3.3",
      reason: "Seed 001's slip: the reviewing unit is 8580-503, not 8500-503.",
    },
    {
      seed: "Please also refer to initial comments about how common appendices may be used for 501 and 503.",
      text: "If you hand in 8580-501 and 8580-503 together, both can refer to common appendices (coaching logs, coaching diaries and feedback sheets).",
      reason: "The seed points to its own opening checklist, which the template does not carry; the checklist's advice on common appendices is given here instead.",
    },
  ],
  outcomes: [
    {
      // Title not in the seeds (seed 001 gives none): a neutral summary of ACs 1.1–1.3.
      id: "1",
      title: "Planning and agreeing coaching or mentoring with clients",
    },
    {
      // Title not in the seeds (seed 001 gives none): a neutral summary of ACs 2.1–2.4.
      id: "2",
      title: "Undertaking coaching or mentoring activity",
    },
    {
      // Title not in the seeds (seed 001 gives none): a neutral summary of ACs 3.1–3.3.
      id: "3",
      title: "Reviewing feedback and reflecting on own practice",
    },
  ],
  criteria: [
    {
      id: "1.1",
      outcome: "1",
      wording: "Explain the rationale for coaching or mentoring for one or more clients and formally agree a contract with one or more clients",
      verbs: ["Explain", "Agree"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Explain means to Involve some description of coaching and mentoring with an account of the characteristics involved. Rationale means an analysis of the reasons for undertaking coaching or mentoring with the coachees and evidencing the agreed format to be used. Provide an example of a completed contract (anonymised)",
      ],
    },
    {
      id: "1.2",
      outcome: "1",
      wording: "Identify individual developmental needs and agree goals, in line with organisational, divisional and/or team goals",
      verbs: ["Identify", "Agree"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Identify individual goals, linked to organisational behaviours framework, team goals and making the clear links between them. Provide actual goals set with coachees.",
      ],
    },
    {
      id: "1.3",
      outcome: "1",
      wording: "Plan and prepare a short coaching or mentoring programme with one or more clients to complete a minimum of twelve hours of formal coaching activity",
      verbs: ["Plan", "Prepare"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Gather and present evidence to show how the coaching sessions are planned for the clients related to their own development needs. This must include a minimum of 12 planned hours of formal coaching activity.",
      ],
    },
    {
      id: "2.1",
      outcome: "2",
      wording: "Complete a minimum of twelve hours of coaching or mentoring activity with one or more clients",
      verbs: ["Complete"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Provide detailed evidence that 12 hours of coaching has been delivered with three clients. Summarised progress is included for each client at the end of the record.",
      ],
    },
    {
      id: "2.2",
      outcome: "2",
      wording: "Critically review your use of a range of diagnostic coaching and mentoring tools and techniques",
      verbs: ["Critically review"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Critically review means to explore ideas and to question the information and take a view based on the evidence and say why the tools are helpful. Some learners also look at the requirements of the final unit 8580-503 ACs 3.2 and 3.3 at this point to ensure that the review has been fully covered. Include tools and techniques that have been used as part of the coaching and mentoring process and comment on their usefulness including limitations. If you hand in 8580-501 and 8580-503 together, both can refer to common appendices (coaching logs, coaching diaries and feedback sheets). However, assignments must stand alone and references to specific criteria highlighted.",
      ],
      // Seed 001 explains the verb: "Critically review means to explore ideas and to question the information and take a view based on the evidence and say why".
      // Taking a view on the evidence calls for at least one cited source; sample-citations-501 expects section-needs-reference here.
      sources: {
        min: 1,
        reason: "A critical review takes a view based on the evidence and says why, so cite at least one source on the tools and techniques you used.",
      },
    },
    {
      // Number lost in the seed's extraction; restored from the order (after 2.2, before "2.4").
      id: "2.3",
      outcome: "2",
      wording: "Assess your ability to build relationships and use effective communication techniques of questioning, listening and giving feedback",
      verbs: ["Assess"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Assess means to examine your ability and make a judgement, based on standard criteria of what is considered to be effective communication.",
        {
          text: "An assessment will judge each area of:",
          items: [
            "Questioning",
            "Listening",
            "Giving feedback",
          ],
        },
        "The focus is primarily on impact or outcomes.",
      ],
    },
    {
      id: "2.4",
      outcome: "2",
      wording: "Maintain appropriate overview records of goals, discussion and outcomes including progress towards goals",
      verbs: ["Maintain"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Include appropriate records of the coaching process.e.g.Coaching logs, Coaching diaries, feedback sheets.",
        {
          text: "Show (in a summary) how you use the information for further development of yourself and the coachees focusing specifically on:",
          items: [
            "Goals including progress towards",
            "Discussion",
            "Outcomes",
          ],
        },
      ],
    },
    {
      id: "3.1",
      outcome: "3",
      wording: "Collect feedback on own coaching or mentoring practice on the effectiveness of coaching or mentoring interventions in enabling the achievement of agreed goals and show evidence of this within the coaching / mentoring diary",
      verbs: ["Collect"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Collect relevant and helpful feedback from your coachees or mentees and summarise the main points to contribute to your own development.",
        "Effective coaching or mentoring refers to the degree to which the objectives are achieved.",
      ],
    },
    {
      id: "3.2",
      outcome: "3",
      wording: "Review coaching or mentoring activity and holistically explore this for patterns and personal learning and areas for improvement",
      verbs: ["Review", "Holistically explore"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Review your coaching activity and highlight some main points for yourself. This could be explained as observable characteristics or growth in something that happens in a regular and repeated way or themes.",
        "Holistically explore means to take an interest in engaging and developing the whole person. This can be evidenced in reflections and reviews showing awareness of your continuing development needs. This could include any alternative /changes in thinking which could be repeated in the future.",
      ],
    },
    {
      id: "3.3",
      outcome: "3",
      wording: "Reflect on own coaching or mentoring practice (including evidence of supervision / tutorial feedback)",
      verbs: ["Reflect"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Reflect means to use the approach used in coaching and mentoring sessions to define and inform appropriate improvements, this is linked to feedback from others.",
        "At this point, some learners also look at the evidence requirements for the 8580-503 (Reviewing) unit ACs 3.2 and 3.3. This helps to ensure that all information required is collected on an ongoing basis in preparation for the final assignment.",
        "Supervision/tutorial sessions e.g. are group or individual, providing an opportunity to reflect on individual coaching situations with the supervisor and fellow coaches.",
      ],
    },
  ],
};

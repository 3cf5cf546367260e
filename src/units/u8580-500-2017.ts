/*
 * ILM 8580-500 under the 2017 mark sheet (ACs 1.1–1.3, 2.1–2.3, 3.1–3.4, 4.1–4.2).
 *
 * Source: seed 001, "Assignment One" table. The seed's extraction lost some AC numbers (2.3, 4.1)
 * and printed 3.2 as "3 2": restored from the order and marked below. Where a row lost its tab,
 * the wording ends where the "Starting points" text begins (e.g. "... nonjudgemental" | "Review means").
 * The "Starting points" column -> indicativeContent (one item per paragraph or list item).
 * Seed 001 gives no pass descriptors, marks or word count.
 */
import type { UnitInput } from "./types";
import { SEED_001_STARTER_CHECKLIST } from "./seed-001-checklist";

export const unit: UnitInput = {
  id: "8580-500-2017",
  unitNumber: "8580-500",
  title: "Understanding the skills, principles and practice of effective management coaching and mentoring",
  level: 5,
  qualification: "ILM Level 5 Certificate in Coaching and Mentoring (8580)",
  markSheet: "2017 mark sheet (ACs 1.1–1.3, 2.1–2.3, 3.1–3.4, 4.1–4.2)",
  wordingStatus: "confirmed",
  // Seed 001 gives no word count for this unit.
  wordRange: null,
  // Seed 001: "Mark sheets contain sufficiency descriptors for Referral, Pass and Good Pass grades."
  grading: { kind: "sufficiency" },
  introduction: null,
  notes: [
    "This unit covers an extensive range of both the theoretical and practical aspects of the skills and processes involved with coaching and/or mentoring. To some degree the management of the coaching process within an organisation is also covered, however, only material that is relevant to the assessment criteria is required.",
    ...SEED_001_STARTER_CHECKLIST,
  ],
  seeds: ["001"],
  outcomes: [
    {
      // Title not in the seeds (seed 001 gives none): a neutral summary of ACs 1.1–1.3.
      id: "1",
      title: "Coaching and mentoring in an organisational context",
    },
    {
      // Title not in the seeds (seed 001 gives none): a neutral summary of ACs 2.1–2.3.
      id: "2",
      title: "The knowledge, skills and behaviours of an effective coach or mentor",
    },
    {
      // Title not in the seeds (seed 001 gives none): a neutral summary of ACs 3.1–3.4.
      id: "3",
      title: "Models, contracting and supervision in coaching or mentoring",
    },
    {
      // Title not in the seeds (seed 001 gives none): a neutral summary of ACs 4.1–4.2.
      id: "4",
      title: "Effective, integrated coaching or mentoring and its benefits",
    },
  ],
  criteria: [
    {
      id: "1.1",
      outcome: "1",
      wording: "Define what coaching and mentoring is within the context of an organisation and explain the similarities and differences between coaching and mentoring",
      verbs: ["Define", "Explain"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Fully define coaching and mentoring and describe how they might be used within an organisation. Explain the similarities and differences between them.",
      ],
    },
    {
      id: "1.2",
      outcome: "1",
      wording: "Identify potential individual, operational and organisational barriers to using coaching or mentoring and develop appropriate strategies for minimising or overcoming these",
      verbs: ["Identify", "Develop"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Specify three or more potential organisational, operational and individual barriers to coaching within an organisation (i.e. at least one for each). Suggest possible strategies to overcome the barriers.",
      ],
    },
    {
      id: "1.3",
      outcome: "1",
      wording: "Present the case for using coaching or mentoring to benefit individuals and organisation performance",
      verbs: ["Present the case"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Present the case means providing a rationale or argument for the business case decision to use coaching or mentoring within an organisation, in order to improve organisational and individual performance. Benefits refers to bringing about good or helpful effects. Supporting evidence of research or the experience in other organisations is useful.",
      ],
    },
    {
      id: "2.1",
      outcome: "2",
      wording: "Critically explore the knowledge, skills, and behaviour of an effective coach or mentor",
      verbs: ["Critically explore"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Critically explore means to take evidence from three or more sources and to say to what extent you agree or disagree with that evidence. Consider the use of a model for linked examples. Base the decision on what you judge to be the most important factors and justify how you have made your choice. Effective coach or mentor refers to the degree to which the objectives are achieved. Reference to a model is useful e.g. some learners explore how they are demonstrating effective use of their knowledge, skills and behaviours when using that particular model.",
      ],
      // Seed 001: "Critically explore means to take evidence from three or more sources and to say to what extent you agree or disagree with that evidence."
      sources: {
        min: 3,
        reason: "Critically exploring means taking evidence from three or more sources and saying how far you agree with it.",
      },
    },
    {
      id: "2.2",
      outcome: "2",
      wording: "Analyse why coaches or mentors require effective communication skills",
      verbs: ["Analyse"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Analyse means to examine something in detail to determine the meaning or essential features and draw conclusions. Effective communication means the two-way information sharing process. Reference to a model is useful.",
      ],
    },
    {
      // Number lost in the seed's extraction; restored from the order (after 2.2, before "3.1").
      id: "2.3",
      outcome: "2",
      wording: "Review the responsibilities of the coach or mentor to manage relationships (including values and power) and remain ethical and nonjudgemental",
      verbs: ["Review"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Review means making a judgement about the responsibilities of the coach or mentor which relies on a combination of evidence and some kind of theoretical model/s.",
        "The importance of the role of coach in managing the relationship will be part of that responsibility.",
        "Explicitly refer to values, remaining non-judgemental and how to manage the power dynamic in coaching and mentoring scenarios.",
        "Reference a good practice model e.g. EMCC is useful.",
      ],
      // Seed 001: "Review means making a judgement ... which relies on a combination of evidence and some kind of theoretical model/s" - a theoretical model is a cited source.
      sources: {
        min: 1,
        reason: "A review relies on evidence and some kind of theoretical model, so cite at least one source.",
      },
    },
    {
      id: "3.1",
      outcome: "3",
      wording: "Review a model or process which should be followed when formally coaching or mentoring",
      verbs: ["Review"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Review means making a judgement about the responsibilities of the coach or mentor which relies on a combination of evidence and some kind of theoretical model/s or process e.g. GROW, OSKAR.",
        "A review normally has breadth and could include a comparative element, and tends to focus more on the whole. Consider limitations of the model.",
      ],
      // Seed 001: "Review means making a judgement ... which relies on a combination of evidence and some kind of theoretical model/s or process e.g. GROW, OSKAR."
      sources: {
        min: 1,
        reason: "A review relies on evidence and a theoretical model or process (e.g. GROW, OSKAR), so cite at least one source.",
      },
    },
    {
      // The seed prints this number as "3 2".
      id: "3.2",
      outcome: "3",
      wording: "Analyse the rationale for and the characteristics of effective contracting within coaching or mentoring",
      verbs: ["Analyse"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Analyse means to examine something in detail to determine the meaning or essential features and draw conclusions.",
        "Rationale means the purpose of having coaching contracting.",
        "Effective means that the outcomes, boundaries roles and responsibilities have been agreed and used to fruition.",
        "As part of this analysis, effective feedback will have been provided by both parties within the overall evaluation process.",
        "Use of an example of a contract to show contract content is useful.",
      ],
    },
    {
      id: "3.3",
      outcome: "3",
      wording: "Explain the necessity of exploring the expectations and boundaries of a coaching or mentoring programme with all stakeholders",
      verbs: ["Explain"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Explain why it is necessary to explore the expectations and boundaries of the coaching or mentoring programme.",
        "This usually involves some description of the main characteristics and applies to all parties within the coaching programme i.e. coaches and coachees.",
        "The stakeholders are those with an interest in the outcomes of the process e.g. those responsible for managing performance, usually line managers.",
      ],
    },
    {
      id: "3.4",
      outcome: "3",
      wording: "Justify the rationale for supervision of coaches and mentors in practice",
      verbs: ["Justify"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Justify means to present an argument for a particular action or choice, in this case of supervision.",
        "Rationale means to describe its purpose, suggest benefits and to describe ways in which effective supervision can be provided e.g. individual/group.",
        {
          text: "It may be helpful to look at the following information for further guidance:",
          items: [
            "'Coaching supervision is a term that is used in organisations to describe a situation where the coach ('the supervisee') engages another coach ('the supervisor') to support the supervisee's overall development as a coach and their coaching practice'.",
            "www.coachfederation.org.uk/professional.../coach-supervision/[8.8.15]",
          ],
        },
      ],
    },
    {
      // Number lost in the seed's extraction; restored from the order (after 3.4, before "4.2").
      id: "4.1",
      outcome: "4",
      wording: "Critically review the elements required for effective and integrated coaching or mentoring",
      verbs: ["Critically review"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Critically review means to explore ideas and to question the information and take a view based on the evidence and say why.",
        "An element is a feature which in this case relates to the organisational dimension e.g. senior management buy-in, clear link to business issue etc.",
        "Use of a model is helpful, look at integrated as well as effective coaching e.g. some learners critically review two elements from both effective and integrated, in relation to knowledge, skills and behaviours.",
      ],
      // Seed 001 explains the verb: "Critically review means to explore ideas and to question the information and take a view based on the evidence and say why".
      sources: {
        min: 1,
        reason: "A critical review takes a view based on the evidence, so cite at least one source.",
      },
    },
    {
      id: "4.2",
      outcome: "4",
      wording: "Analyse how the benefits of coaching or mentoring should be evaluated",
      verbs: ["Analyse"],
      passDescriptors: [],
      // Seed 001 "Starting points for each section" column.
      indicativeContent: [
        "Analyse means to examine something in detail to determine the meaning or essential features and draw conclusions.",
        "Benefits refers to bringing about good or helpful effects an example could be for the individual and the organisation.",
        "Reference could be made to a model or own organisational system but it is important that conclusions or recommendations are included, including any improvements that could be made.",
      ],
    },
  ],
};

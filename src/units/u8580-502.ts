/*
 * ILM 8580-502 Undertaking an extended period of management coaching or mentoring in the workplace.
 *
 * Source: seed 004 (a unit summary), its "Learning Outcomes" list: twelve items, each a short label
 * ("Provide a Rationale and Contract:" -> `label`, in sentence case) and a sentence (-> `wording`,
 * verbatim but for the seed's American spellings, put into British English and listed in
 * `seedCorrections`). The seed gives no AC numbers, so wordingStatus is "to-be-confirmed".
 * Outcome titles are the seed's "Key Learning Areas" in sentence case, like every other unit's.
 *
 * Grouping: the seed's four "Key Learning Areas", in the seed's order, numbered in list order:
 *   1 Creating a Program for Coaching            items 1-3  (rationale/contract, needs, programmes)
 *   2 Implementing the Formal ... Activity       items 4-7  (hours, tools, communication, records)
 *   3 Reflecting on Personal ... Practice        items 8-9  (feedback, review of patterns)
 *   4 Supervision and Reflective Learning        items 10-12 (supervisor contract, reflection, impact)
 * Why: the areas are the only structure the seed gives, they come in the same order as the items, and
 * the split mirrors 8580-501 (plan, do, review), the shorter version of this unit. One outcome per
 * item was rejected: twelve Heading 1s with one AC each would make a poor template.
 * Seed 004 gives no pass descriptors, marks, word count or source requirements.
 */
import type { UnitInput } from "./types";

export const unit: UnitInput = {
  id: "8580-502",
  unitNumber: "8580-502",
  title: "Undertaking an extended period of management coaching or mentoring in the workplace",
  level: 5,
  qualification: "ILM Level 5 Certificate in Coaching and Mentoring (8580)",
  markSheet: "Unit summary (AC numbers and wording to be confirmed against the ILM mark sheet)",
  // Seed 004 is a third-party unit summary without AC numbers: numbering is ours.
  wordingStatus: "to-be-confirmed",
  // Seed 004 gives no word count.
  wordRange: null,
  // Seed 004 gives no mark sheet; seed 001 says the 8580 mark sheets use Referral / Pass / Good Pass.
  grading: { kind: "sufficiency" },
  introduction: null,
  notes: [
    "The primary assessment method in this unit is supervised practice, wherein the learner’s proficiency in conducting mentoring activities for more than six clients is observed, and their reflective logs are evaluated. Additionally, a written assessment is employed to ensure that the learner can adeptly grasp and apply theoretical information covered in the unit.",
  ],
  seeds: ["004"],
  // Seed 004 is written in American English; the add-in's text is British (ILM is a UK awarding body).
  seedCorrections: [
    ["organizational", "organisational"],
    ["programs", "programmes"],
    ["program", "programme"],
    ["Programs", "Programmes"],
    ["Program", "Programme"],
    ["Summarize", "Summarise"],
    ["utilization", "utilisation"],
    ["behavior", "behaviour"],
    ["analyze", "analyse"],
  ].map(([seed, text]) => ({ seed, text, reason: "British spelling for the seed's American spelling." })),
  outcomes: [
    {
      id: "1",
      title: "Creating a programme for coaching",
      intro: "This section focuses on the ability to identify effective goals and targets for a coaching or mentoring programme involving more than six clients. Learners gain insights into understanding intended learning and development outcomes in various formal coaching or mentoring activities.",
    },
    {
      id: "2",
      title: "Implementing the formal mentoring or coaching activity",
      intro: "Here, the emphasis is on the actual process of implementing a formal coaching and mentoring activity. Learners are guided on effective approaches to coaching and mentoring, understanding models of learning and personality preferences (such as Kolb’s learning cycle, Belbin, Myers Briggs, and Argyris’s double learning), and improving theoretical mastery. Planning and implementing mentoring or coaching sessions are covered, with learners receiving guidance from assessors in supervised practice.",
    },
    {
      id: "3",
      title: "Reflecting on personal management coaching or mentoring practice",
      intro: "This learning area helps learners understand strategies for building effective relationships. Guidance is provided on encouraging openness, honesty, and trust throughout mentoring and coaching activities, fostering the receipt of feedback. The use of a personal reflection log is introduced to evaluate social interaction strategies and reflect on the theory and behaviour of the learner as a practitioner.",
    },
    {
      id: "4",
      title: "Supervision and reflective learning",
      intro: "Learners actively participate in the mentoring or coaching programme as mentees in this learning area. They develop an understanding of the diverse nature and value of networks, learning how to analyse personal networks and use them to support personal and others’ continuous professional development.",
    },
  ],
  criteria: [
    {
      // Seed item 1 of 12 ("Provide a Rationale and Contract").
      id: "1.1",
      outcome: "1",
      wording: "Articulate a compelling rationale for coaching or mentoring a minimum of six clients and negotiate a valid contract with each client.",
      verbs: ["Articulate", "Negotiate"],
      label: "Provide a rationale and contract",
      passDescriptors: [],
      indicativeContent: [],
    },
    {
      // Seed item 2 of 12 ("Assess Developmental Needs").
      id: "1.2",
      outcome: "1",
      wording: "Conduct a comprehensive assessment of the individual developmental needs of each client in alignment with organisational, departmental, or team goals and objectives.",
      verbs: ["Conduct"],
      label: "Assess developmental needs",
      passDescriptors: [],
      indicativeContent: [],
    },
    {
      // Seed item 3 of 12 ("Create Coaching and Mentoring Programs").
      id: "1.3",
      outcome: "1",
      wording: "Develop and prepare tailored coaching and mentoring programmes for a minimum of six clients.",
      verbs: ["Develop", "Prepare"],
      label: "Create coaching and mentoring programmes",
      passDescriptors: [],
      indicativeContent: [],
    },
    {
      // Seed item 4 of 12 ("Complete Coaching or Mentoring Activity").
      id: "2.1",
      outcome: "2",
      wording: "Execute a minimum of one hundred hours of coaching or mentoring activity with at least six clients.",
      verbs: ["Execute"],
      label: "Complete coaching or mentoring activity",
      passDescriptors: [],
      indicativeContent: [],
    },
    {
      // Seed item 5 of 12 ("Evaluate Tools and Techniques").
      id: "2.2",
      outcome: "2",
      wording: "Evaluate the utilisation of various coaching and mentoring tools and techniques during formal mentoring or coaching activities.",
      verbs: ["Evaluate"],
      label: "Evaluate tools and techniques",
      passDescriptors: [],
      indicativeContent: [],
    },
    {
      // Seed item 6 of 12 ("Assess Communication Skills").
      id: "2.3",
      outcome: "2",
      wording: "Assess personal ability to establish relationships using effective communication skills and techniques.",
      verbs: ["Assess"],
      label: "Assess communication skills",
      passDescriptors: [],
      indicativeContent: [],
    },
    {
      // Seed item 7 of 12 ("Maintain Effective Records").
      id: "2.4",
      outcome: "2",
      wording: "Keep accurate records of goal discussions and document progress toward achieving goals and objectives.",
      verbs: ["Keep", "Document"],
      label: "Maintain effective records",
      passDescriptors: [],
      indicativeContent: [],
    },
    {
      // Seed item 8 of 12 ("Collect Feedback").
      id: "3.1",
      outcome: "3",
      wording: "Gather feedback from clients and other stakeholders on the effectiveness of coaching interventions in accomplishing set goals.",
      verbs: ["Gather"],
      label: "Collect feedback",
      passDescriptors: [],
      indicativeContent: [],
    },
    {
      // Seed item 9 of 12 ("Summarize Coaching Activities").
      id: "3.2",
      outcome: "3",
      wording: "Summarise coaching activities, conduct a personal review, and assess patterns and areas of learning.",
      verbs: ["Summarise", "Conduct", "Assess"],
      label: "Summarise coaching activities",
      passDescriptors: [],
      indicativeContent: [],
    },
    {
      // Seed item 10 of 12 ("Discuss and Agree on Learning Goals").
      id: "4.1",
      outcome: "4",
      wording: "Engage in a discussion with the coaching supervisor/tutor to agree on a contract outlining realistic personal learning and development goals for one hundred hours of management and mentoring practice.",
      verbs: ["Discuss", "Agree"],
      label: "Discuss and agree on learning goals",
      passDescriptors: [],
      indicativeContent: [],
    },
    {
      // Seed item 11 of 12 ("Reflect on Activities and Challenges").
      id: "4.2",
      outcome: "4",
      wording: "Summarise the coaching or mentoring activity, referencing the undertaken activities and addressing the challenges within the process.",
      verbs: ["Summarise"],
      label: "Reflect on activities and challenges",
      passDescriptors: [],
      indicativeContent: [],
    },
    {
      // Seed item 12 of 12 ("Evaluate Impact").
      id: "4.3",
      outcome: "4",
      wording: "Evaluate the impact of the coaching or mentoring activity at both individual and organisational levels.",
      verbs: ["Evaluate"],
      label: "Evaluate impact",
      passDescriptors: [],
      indicativeContent: [],
    },
  ],
};

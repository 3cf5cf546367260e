/*
 * ILM 8580-500 under the current mark sheet (ACs 1.1–1.5, 2.1–2.5, 3.1–3.2).
 *
 * Source: seed 000 (AC wording; "To pass this question, make sure your answer includes" ->
 * passDescriptors; "Your answer should cover" -> indicativeContent; "Task N" intros -> outcome intro)
 * and seed 003 (the task brief: per-AC brief, section briefs, the report introduction, word count).
 * Nested bullets in seed 000 (AC 1.2) are kept as separate items, parent first, so every item is
 * seed text verbatim (tests/units/seed-wording.test.ts checks that).
 */
import type { UnitInput } from "./types";

export const unit: UnitInput = {
  id: "8580-500",
  unitNumber: "8580-500",
  title: "Understanding the skills, principles and practice of effective management coaching and mentoring",
  level: 5,
  qualification: "ILM Level 5 Certificate in Coaching and Mentoring (8580)",
  markSheet: "Current mark sheet (ACs 1.1–1.5, 2.1–2.5, 3.1–3.2)",
  wordingStatus: "confirmed",
  // Seed 003: "The suggested word count for this unit is 4,000 to 5,500 words, not including appendices."
  wordRange: [4000, 5500],
  // Seed 001: ILM 8580 mark sheets grade each AC by sufficiency descriptors (Referral, Pass, Good Pass).
  grading: { kind: "sufficiency" },
  introduction: {
    prompt: "As an introduction to the report, briefly outline the situation in which you either work or intend to work, as a Coach or Mentor.",
  },
  brief: "You have been asked to present a report on the business rationale for Coaching and Mentoring, within either your organisation or one that you are proposing to work in, to the Senior Management Team (SMT). This report will help the SMT to further develop their understanding of the role of Coaching and Mentoring and its benefits to individuals, teams and the organisation as a whole.\n\nThere are some potential factors which would reduce the chance of success and the SMT has requested you to set out strategies for addressing how these potential factors can be addressed so that a successful programme can be achieved.",
  notes: [
    "This is a formal assessment for which the quality and accuracy of your work will be assessed. It is therefore important that you carry your work out to the highest standard you can. You should show how well you know and understand the subject and how you are able to use your knowledge and skills to complete the tasks below.",
    "You may want to relate your answers to an organisation that you work in. This could include experience of working in a voluntary capacity. Alternatively, if you are not currently working within an organisation, or proposing to work in a freelance capacity, then you may complete the tasks in relation to an organisation with which you are familiar.",
    "You must carry out the tasks by yourself. You may research and collect the information you want to use under unsupervised conditions.",
    "The work submitted should be your own work. You must acknowledge any work that is not your own using a recognised referencing notation and present direct quotes from other sources in quotation marks.",
    "You must make a formal declaration of authenticity (ie that the work is your own). This is a prerequisite for an assessment to take place because no investigation for plagiarism can be carried out without this confirmation.",
    "A declaration of authenticity is included in the ILM submission cover sheet, included in the ILM Plagiarism Policy and Guidance.",
    "A written report is the main way to complete the task. If an alternative assessment method is used (eg a presentation, professional discussion, etc.), approval must be gained in advance from the ILM Quality & Compliance Manager.",
    "The suggested word count for this unit is 4,000 to 5,500 words, not including appendices.",
    "You should complete all of the following tasks in the order listed below. Each of the descriptions and explanations given should be detailed, correct and appropriate to your context.",
    "Provide an answer for ALL of the following tasks:",
    "Must Read: 8580-500 Understanding the Skills, Principles and Practice of Effective Management Coaching and Mentoring",
  ],
  seeds: ["000", "003"],
  outcomes: [
    {
      // Title not in the seeds: derived from the "Task 1" intro of seed 000.
      id: "1",
      title: "The purpose of coaching and mentoring in an organisation",
      intro: "This first learning outcome asks you to deeply understand the purpose of coaching and mentoring in an organisation. You’ll need to explore the differences between coaching and mentoring, and how they can benefit and improve organisational performance.\n\nThere are five specific parts to this learning outcome. Please answer the questions in detail as listed below. The Marking Descriptors are included to guide you on what the Assessor will be looking for to pass.",
      brief: "The opening section of your report demonstrates your ability to be able to apply knowledge and understanding of best practice to your current context.",
    },
    {
      // Title not in the seeds: derived from the "Task 2" intro of seed 000.
      id: "2",
      title: "The knowledge, skills and behaviours of an effective coach or mentor",
      intro: "This second learning outcome asks you to consider the knowledge, skills, and behaviours needed to effectively coach or mentor.\n\nThere are five specific parts to this question. Please answer each part in detail. The Marking Descriptors are included to guide you on what the Assessor will be looking for to pass.",
      brief: "In the second section of your report, create a ‘fit for purpose’ training proposal that will support individuals in their development as an effective coach or mentor. This proposal may be based on the theoretical aspects required for aspiring coaches or mentors.",
    },
    {
      // Title not in the seeds: derived from the "Task 3" intro of seed 000.
      id: "3",
      title: "Contracting and managing the coaching or mentoring process",
      intro: "This last learning outcome wants you to know why it’s important to have good agreements and handle the coaching or mentoring process well. There are two main parts to this. Answer them carefully, making sure you explain everything in enough detail. The Marking Descriptors will help you understand what’s needed to pass.",
      brief: "In order to provide a pool of established coaches and mentors within the organisation, prepare the necessary guidance and documentation that will be used as part of the contracting process and ensure a consistent approach across the organisation.",
    },
  ],
  criteria: [
    {
      id: "1.1",
      outcome: "1",
      wording: "Define what coaching and mentoring is within an organisational context, explaining the similarities and differences between coaching and mentoring.",
      verbs: ["Define", "Explain"],
      passDescriptors: [
        "Clear and detailed definitions of both coaching and mentoring within an organisational context.",
        "Accurate descriptions of both the similarities and differences between coaching and mentoring.",
        "At least two similarities and two differences between coaching and mentoring.",
      ],
      indicativeContent: [
        "Current definitions of coaching and mentoring (e.g., from experts like Rogers, Starr, etc.).",
        "The differences and overlaps between coaching and mentoring.",
        "Situations where coaching or mentoring is the best or most suitable approach.",
      ],
      brief: "Starting with definitions to base your evidence on for both coaching and mentoring, explain both their similarities and differences. You must provide a minimum of two similarities and two differences.",
      // Seed 000 (should cover): "Current definitions of coaching and mentoring (e.g., from experts like Rogers, Starr, etc.)";
      // seed 003: "Starting with definitions to base your evidence on".
      sources: {
        min: 1,
        reason: "Base your definitions of coaching and mentoring on at least one recognised source (e.g. Rogers or Starr).",
      },
    },
    {
      id: "1.2",
      outcome: "1",
      wording: "Evaluate how the organisational context affects coaching or mentoring",
      verbs: ["Evaluate"],
      passDescriptors: [
        "A correct evaluation of how organisational factors affect coaching or mentoring.",
        "An evaluation of at least three factors showing how the organisational context affects coaching or mentoring.",
      ],
      indicativeContent: [
        {
          text: "Organisational factors that may affect coaching or mentoring, such as:",
          items: [
            "Structure, culture, and performance, and the role coaching or mentoring has in supporting effective performance.",
            "Values, ethics, and principles within the organisation.",
            "Internal support for coaching or mentoring (e.g., policies, procedures, strategies, and senior-level support).",
          ],
        },
        "A review and evaluation of current evidence and research in coaching or mentoring.",
      ],
      brief: "Provide an evaluation of how the organisational context affects coaching or mentoring, include at least three of these for either coaching or mentoring.",
      // Seed 000 (should cover): "A review and evaluation of current evidence and research in coaching or mentoring."
      sources: {
        min: 1,
        reason: "The evaluation should draw on current evidence and research in coaching or mentoring.",
      },
    },
    {
      id: "1.3",
      outcome: "1",
      wording: "Present the business rationale for using coaching or mentoring to benefit individuals and organisations.",
      verbs: ["Present"],
      passDescriptors: [
        "A clear and appropriate rationale for using coaching or mentoring.",
        "At least two benefits for individuals and at least two benefits for organisations.",
      ],
      indicativeContent: [
        "The business rationale for coaching or mentoring, such as professional development, strategic goals, personal development, problem-solving, and improving individual or organisational performance.",
      ],
      brief: "Present the business rationale for either coaching or mentoring, including at least two benefits to individuals and at least two benefits to organisations.",
    },
    {
      id: "1.4",
      outcome: "1",
      wording: "Assess how the impact of coaching or mentoring can be measured for individuals and organisations.",
      verbs: ["Assess"],
      passDescriptors: [
        "A thorough and accurate assessment of how to measure the impact of coaching or mentoring for both individuals and organisations.",
        "At least one example of an effective measure for individuals and one for the organisation.",
      ],
      indicativeContent: [
        "Measurement against individual and organisational objectives related to coaching or mentoring.",
        "Methods to assess the impact of coaching or mentoring, such as financial returns or the Kirkpatrick model.",
      ],
      brief: "Make an assessment of how the impact of coaching and mentoring will be measured for both individuals and the organisation. Include at least one example of a measure for individuals and one example of a measure for the organisation",
    },
    {
      id: "1.5",
      outcome: "1",
      wording: "Identify potential barriers to coaching or mentoring and develop appropriate strategies to minimise these barriers.",
      verbs: ["Identify", "Develop"],
      passDescriptors: [
        "A clear and accurate identification of at least two potential barriers for individuals and two for organisations in using coaching or mentoring.",
        "Appropriate strategies to minimise these identified barriers for both individuals and organisations.",
      ],
      indicativeContent: [
        "Potential barriers to effective coaching or mentoring, such as time, resources, attitudes, beliefs, values, and ownership.",
        "Barriers may be individual or organisational.",
        "Strategies to minimise or overcome these barriers.",
        "Organisational context and receptiveness to coaching or mentoring.",
        "For example, a common barrier for individuals might be a lack of time or negative attitudes toward coaching. For organisations, barriers could include limited resources or insufficient support from leadership. Strategies to address these barriers might involve scheduling dedicated coaching times or gaining executive buy-in to support coaching initiatives.",
      ],
      brief: "Looking ahead, identify at least two potential individual barriers and at least two potential organisational barriers to coaching or mentoring and develop strategies to overcome or minimise each of these potential barriers.",
    },
    {
      id: "2.1",
      outcome: "2",
      wording: "Review the knowledge, skills and behaviours required to be an effective coach or mentor.",
      verbs: ["Review"],
      passDescriptors: [
        "A thorough and accurate review of the knowledge, skills, and behaviours of an effective coach or mentor.",
        "A referenced example from recognized sources for each of the three areas: knowledge, skills, and behaviours.",
      ],
      indicativeContent: [
        "Knowledge, skills, and behaviours, including attitudes, beliefs, and values.",
        "Theories about the relevant knowledge, skills, and behaviours needed to be an effective coach or mentor.",
        "Models of coaching competencies from professional bodies or recognized texts and research (e.g., AC, ICF, EMCC).",
        "Learning styles and preferences and their impact on coaching or mentoring.",
        "Diagnostic and other tools/techniques to support learning and performance (e.g., Myers-Briggs, 180º Feedback, 360º Feedback, Emotional Intelligence, Competency Measures).",
        "Giving and receiving feedback.",
        "The source and potential impact of personal beliefs and values on the coaching or mentoring process.",
        "The importance of general self-awareness for coaches or mentors.",
        "Transactional Analysis.",
      ],
      brief: "Review the required knowledge and skills and behaviours for future course content, in order for each individual to become an effective coach or mentor. Provide one referenced example for each of knowledge and skills and behaviours to support the review.",
      // Seed 000 (pass): "A referenced example from recognized sources for each of the three areas: knowledge, skills, and behaviours."
      // seed 003: "Provide one referenced example for each of knowledge and skills and behaviours".
      sources: {
        min: 3,
        reason: "Give a referenced example for each of knowledge, skills and behaviours.",
      },
    },
    {
      id: "2.2",
      outcome: "2",
      wording: "Analyse the communication skills required by an effective coach or mentor",
      verbs: ["Analyse"],
      passDescriptors: [
        "A suitable analysis of the communication skills needed by an effective coach or mentor.",
        "Consideration of at least four communication skills in the analysis.",
        "Drawing conclusions based on the analysis conducted.",
      ],
      indicativeContent: [
        "Communication skills such as non-verbal communication, use of silence, types of questioning, listening, and giving feedback.",
        "Social and interpersonal skills, including remaining ethical and non-judgmental.",
        "Communication theories like Discourse Analysis and Sociolinguistics.",
      ],
      brief: "Communication skills are an essential part of the coaching and mentoring role, in order for the coach or mentor to be effective, conduct an analysis of the required communication skills, including at least four skills.",
    },
    {
      id: "2.3",
      outcome: "2",
      wording: "Review the responsibilities of the coach or mentor to manage relationships effectively.",
      verbs: ["Review"],
      passDescriptors: [
        "A suitable review of the responsibilities of the coach or mentor in managing relationships.",
        "The review should be based on appropriate evidence from recognized sources.",
        "Forming appropriate judgments based on the review.",
        "Including ethical and non-judgmental behaviours as part of the review.",
      ],
      indicativeContent: [
        "The importance of trust, remaining non-judgmental, empathy, and support in building and maintaining effective coaching or mentoring relationships.",
        "Legal and ethical considerations for effective relationship management.",
        "Confidentiality, in accordance with current legislation.",
      ],
      brief: "The report should include a review of the responsibilities of the coach or mentor to manage effective relationships in order to inform the job and role description of the coach or mentor. The report should also include how the coach or mentor remains ethical and non-judgmental.",
      // Seed 000 (pass): "The review should be based on appropriate evidence from recognized sources."
      sources: {
        min: 1,
        reason: "The review should be based on appropriate evidence from recognised sources.",
      },
    },
    {
      id: "2.4",
      outcome: "2",
      wording: "Review an effective coaching or mentoring model which can be followed within an organisational context.",
      verbs: ["Review"],
      passDescriptors: [
        "A thorough, accurate, and appropriate review of a model or process used for formal coaching or mentoring within an organization.",
        "The essential features of the model are clearly outlined.",
        "The review is based on appropriate recognized sources.",
        "Conclusions and/or recommendations are drawn based on the review conducted.",
      ],
      indicativeContent: [
        "A model for effective coaching and mentoring, such as GROW or OSCAR.",
      ],
      brief: "Select and review a coaching or mentoring model that can be followed within an organisational context.",
      // Seed 000 (pass): "The review is based on appropriate recognized sources."
      sources: {
        min: 1,
        reason: "The review of the model should be based on appropriate recognised sources.",
      },
    },
    {
      id: "2.5",
      outcome: "2",
      wording: "Justify the importance of reflective practice and supervision for an effective coach or mentor.",
      verbs: ["Justify"],
      passDescriptors: [
        "A sufficient, correct, and appropriate justification of the importance of reflective practice and individual, peer, and group supervision for an effective coach or mentor.",
        "A rationale supporting the justification is presented.",
        "Reflective practice and individual, peer, and group supervision are considered in the justification.",
      ],
      indicativeContent: [
        "Self-evaluation for the coach, including acting on feedback from clients, peers, tutors, and supervisors.",
        "Reflection in action and reflection on action.",
        "The rationale for the need and benefit of reflective practice as a coach or mentor.",
        "The rationale for individual, group, and peer supervision of coaches or mentors in practice.",
      ],
      brief: "Provide a justification for reflective practice and individual and peer and group supervision as part of the ongoing professional development requirements of the coaches or mentors to ensure competent practice",
    },
    {
      id: "3.1",
      outcome: "3",
      wording: "Analyse the reasons for and the characteristics of effective contracting in coaching or mentoring.",
      verbs: ["Analyse"],
      passDescriptors: [
        "A good, accurate, and suitable analysis of effective contracting within coaching or mentoring.",
        "Analysing a variety of characteristics of effective contracting within coaching or mentoring.",
        "Making the essential features of the reasons and characteristics of effective contracting clear.",
        "Including a reference to a code of practice from a coaching or membership body in the analysis.",
      ],
      indicativeContent: [
        "Characteristics of effective contracting, such as the physical environment, confidentiality, boundaries, stakeholder involvement (like two-way and three-way contracting), contracts, timescales, and frequency.",
        "Links to membership body codes of practice.",
        "Goal setting when contracting.",
        "Knowing when not to contract and how to handle situations where contracting is not appropriate, like conflicts of interest or lack of commitment.",
      ],
      brief: "Analyse the reasons for and the characteristics of an effective contracting process. Reference must be made to a membership body’s code of practice to inform the analysis.",
      // Seed 000 (pass): "Including a reference to a code of practice from a coaching or membership body in the analysis.";
      // seed 003: "Reference must be made to a membership body’s code of practice to inform the analysis."
      sources: {
        min: 1,
        kind: "code-of-practice",
        reason: "Refer to a coaching or membership body's code of practice (e.g. EMCC, ICF or the Association for Coaching).",
      },
    },
    {
      id: "3.2",
      outcome: "3",
      wording: "Explain how to manage the coaching or mentoring process within an organisation",
      verbs: ["Explain"],
      passDescriptors: [
        "A clear explanation of how to manage the coaching or mentoring process within an organisation.",
        "Including the main stages of the process.",
      ],
      indicativeContent: [
        "Managing the process continuously, including ongoing coaching or mentoring, mid-way reviews, evaluation, and conclusion.",
        "Reviewing any selected model or process within the organisation.",
      ],
      brief: "Provide an explanation of how to manage the coaching or mentoring process and include the main stages of the process, from initial contracting to final evaluation.",
    },
  ],
};

/*
 * ILM 8581-700 Understanding the context of coaching and mentoring in a strategic business environment
 * (Level 7).
 *
 * Source: seed 002 (assignment notes). LO titles and AC wording as printed (the seed numbers ACs
 * "1.1."; the trailing "{max N Marks}" note -> `marks`). The {curly} guidance under each AC ->
 * indicativeContent, one item per paragraph or list item, braces removed. Page markers dropped.
 * Marks total 100. The unit-level notes on referencing -> `notes`.
 */
import type { UnitInput } from "./types";

export const unit: UnitInput = {
  id: "8581-700",
  unitNumber: "8581-700",
  title: "Understanding the context of coaching and mentoring in a strategic business environment",
  level: 7,
  qualification: "ILM Level 7 Certificate in Executive Coaching and Mentoring",
  markSheet: "ILM assignment notes for 8581-700 (marks per AC, 100 in all)",
  wordingStatus: "confirmed",
  // Seed 002: "Suggested word count 4000-5000 words".
  wordRange: [4000, 5000],
  // Seed 002: "{Pass Mark is a minimum of 50% for each section}".
  passRule: "A minimum of 50% for each section",
  // Seed 002: marks per AC (100 in all); a section is a learning outcome, its ACs' marks added.
  grading: { kind: "marks", passPercent: 50, passPer: "outcome" },
  // Seed 002 asks for no introduction.
  introduction: null,
  notes: [
    "Pass Mark is a minimum of 50% for each section",
    "Suggested word count 4000-5000 words",
    "To maximise your marks, please ensure you use ‘references’ whenever appropriate to show the source of any theory or models you have used. Please use Harvard Referencing which looks like the words in brackets in the following sentence - The OSCAR Model (Gilbert and Whittleworth, 2009) is a good model to help solve everyday workplace problems. You should also list all your references at the end of the assignment",
    "List all the references you have used in your assignment using Harvard Referencing.",
    "List all the books and articles you have read as part of your assignment compilation.",
  ],
  seeds: ["002"],
  outcomes: [
    {
      id: "1",
      title: "Know how to recognise and establish the organisational context, strategy, culture and processes for coaching or mentoring at a senior and strategic level",
    },
    {
      id: "2",
      title: "Know how to compare and contrast a number of contextual applications in coaching or mentoring in organisations and business environments",
    },
    {
      id: "3",
      title: "Know how to review the necessary conditions, skills and practices for effective and ethical coaching or mentoring at a senior and strategic level",
    },
    {
      id: "4",
      title: "Know how to evaluate the contribution of coaching and mentoring relating both to the individual client and to organisational performance",
    },
  ],
  criteria: [
    {
      id: "1.1",
      outcome: "1",
      wording: "Define and differentiate between the different focus, roles, processes and environment for the two different disciplines of coaching and mentoring.",
      verbs: ["Define", "Differentiate"],
      passDescriptors: [],
      // Seed 002 guidance text ({curly} notes; 1.4 uses round brackets).
      indicativeContent: [
        {
          text: "There are several different elements to this criterion. Participants should review the four areas and make some comparisons between them. Specific focus should be given to:",
          items: [
            "Different focus between coaching and mentoring",
            "Difference in roles between coaching and mentoring",
            "Different processes between coaching and mentoring",
            "Different environment between coaching and mentoring",
          ],
        },
        "Discuss what the theory says and reflect on whether you agree or disagree with the theory. Give reasons and specific examples from your own workplace and coaching/mentoring experience.",
      ],
      marks: 12,
      // Seed 002: "Discuss what the theory says and reflect on whether you agree or disagree with the theory."
      sources: {
        min: 1,
        reason: "Discuss what the theory says and whether you agree with it, so cite at least one source for the theory.",
      },
    },
    {
      id: "1.2",
      outcome: "1",
      wording: "Critically review the organisational context, strategy, characteristics, culture and conditions for effective coaching or mentoring.",
      verbs: ["Critically review"],
      passDescriptors: [],
      // Seed 002 guidance text ({curly} notes; 1.4 uses round brackets).
      indicativeContent: [
        "Identify and critically review the organisational context, strategy, characteristics, culture and conditions for effective executive coaching and mentoring. One way of showing a critical review is to carryout research then compare and contrast theories / models.",
        "For example:",
        {
          text: "Roberts and Jarrett (2006) set out a helpful set of characteristics or what they call “elements of good practice” for executive coaching. These include:",
          items: [
            "genuine commitment to the client and their success: the coach must place the coachee at the centre of the work and all their efforts must be in service of the coachee and the achievement of their desired outcomes.",
            "clear contracting so coach, client and organisation have clarity around shared expectations and objectives: contracting is an essential element of coaching. Clear goals, outcomes, timeframes and review processes should be explicit up front, with all parties signed up to any agreement.",
            "commitment to confidentiality: without absolute confidentiality there can be no meaningful coaching relationship.",
            "honesty - no secret agendas between coach and organisation: any 3-way contract between coach, coachee and organisation (or sponsor) has to be open yet the coachee’s issues must remain confidential. Any mechanisms for reporting back to the sponsor by the coach must be agreed in advance and done with the input and explicit agreement of the coachee.",
          ],
        },
        {
          text: "This viewpoint is also supported by Mary Beth O’Neill’s (2008) 3 Key Factors Methodology which suggests that the three necessary conditions for a successful coaching contract are:",
          items: [
            "Willingness of the client to see themselves honestly.",
            "To own their part in the patterns they play.",
            "Be receptive to immediate feedback.",
          ],
        },
        "Then bring the theory to life with your own examples and explain whether you agree or disagree with the theories outlined.",
        "Good points of reference are Developing a Coaching Culture by Peter Hawkins, Making Coaching Work by David Clutterbuck and David Megginson, The Manager as Coach: The New Way to Get Results by Jenny Rogers, Andrew Gilbert and Karen Whittleworth.",
        "Compare and contrast the different theories and bring to life with examples of what works, and what doesn’t, in practice within your own, or your client’s, organisation.",
      ],
      marks: 8,
      // Seed 002: "One way of showing a critical review is to carryout research then compare and contrast theories / models."
      // "Compare and contrast the different theories" - comparing needs at least two.
      sources: {
        min: 2,
        reason: "Compare and contrast theories or models, so cite at least two sources.",
      },
    },
    {
      id: "1.3",
      outcome: "1",
      wording: "Evaluate alternative organisational strategies other than coaching or mentoring.",
      verbs: ["Evaluate"],
      passDescriptors: [],
      // Seed 002 guidance text ({curly} notes; 1.4 uses round brackets).
      indicativeContent: [
        "What you basically need to do here is evaluate coaching against other development interventions, in-house and external training, secondments, e-learning, action learning etc",
        "As this is an evaluation more than just an overview, a description or an explanation of the differences must be made. To evaluate you need to judge or calculate the quality, importance, and amount of value of something. You should try to keep this in mind as you are writing your assignment and wherever possible you should try and quantify the differences may be in terms of cost, quality, time… etc. You should follow your evaluation with a conclusion about how coaching compares with and/or supports other strategies",
      ],
      marks: 8,
    },
    {
      id: "1.4",
      outcome: "1",
      wording: "Determine the factors which impact on how coaching or mentoring are integrated at a senior, strategic and organisational level.",
      verbs: ["Determine"],
      passDescriptors: [],
      // Seed 002 guidance text ({curly} notes; 1.4 uses round brackets).
      indicativeContent: [
        "Here you need to talk about the importance of having a clearly defined coaching strategy that is supported at the top, is aligned with key performance indicators and clearly spells out the business benefits for the organisation in developing a coaching culture and using executive coaching and mentoring to develop it’s current and future leaders.",
      ],
      marks: 8,
    },
    {
      id: "2.1",
      outcome: "2",
      wording: "Define and critique the distinctions between various methods of coaching or mentoring including (as a minimum) executive, leadership, professional and business coaching or mentoring.",
      verbs: ["Define", "Critique"],
      passDescriptors: [],
      // Seed 002 guidance text ({curly} notes; 1.4 uses round brackets).
      indicativeContent: [
        "Talk here about different types of coaching and mentoring: critique each approach, ensuring that you explain their strengths and weaknesses.",
        "You need to provide us with clear definitions of the various methods or coaching and mentoring together with a critique i.e. the differences, and the pros V cons.",
        "In this section you need to show us that you know how to compare and contrast the contextual applications, giving specific examples of what you’ve applied in your own practice and organisation with the reasoning behind to bring this section to life",
      ],
      marks: 16,
    },
    {
      id: "3.1",
      outcome: "3",
      wording: "Critically review the skills and behaviours required for ethical practice in coaching or mentoring at a senior and strategic level.",
      verbs: ["Critically review"],
      passDescriptors: [],
      // Seed 002 guidance text ({curly} notes; 1.4 uses round brackets).
      indicativeContent: [
        "For this section you will need to research and review different views around the topic and make a personal judgement based on your review, the discussions on the workshop, and your experience. Explain what you consider to be the most important skills and behaviours and most importantly explain why.",
        "Explain if you agree or disagree with the authors suggestions and why you have taken the viewpoint you have.",
        "Good reference books and sites are Mary Beth O’Neil’s Executive Coaching with Backbone and Heart, Peter Hawkins Developing a Coaching Culture. Julie Starr’s Coaching Manual and the EMCC and Coaching Association’s website",
      ],
      marks: 16,
      // Seed 002: "research and review different views around the topic" and "Explain if you agree or disagree with the authors suggestions".
      sources: {
        min: 2,
        reason: "Research and review different views on the topic and say whether you agree with the authors, so cite at least two sources.",
      },
    },
    {
      id: "3.2",
      outcome: "3",
      wording: "Justify the importance and role of codes of practice, contracting and supervision at this level of coaching or mentoring practice.",
      verbs: ["Justify"],
      passDescriptors: [],
      // Seed 002 guidance text ({curly} notes; 1.4 uses round brackets).
      indicativeContent: [
        "Here you will need to justify why the role of Codes of Practice, Contracting and Supervision are important at this senior level of coaching and mentoring.",
        "To justify please provide good reasons why you think these three things are important.",
      ],
      marks: 16,
    },
    {
      id: "4.1",
      outcome: "4",
      wording: "Critically assess the contribution of coaching or mentoring to improve both individual and organisational strategic performance.",
      verbs: ["Critically assess"],
      passDescriptors: [],
      // Seed 002 guidance text ({curly} notes; 1.4 uses round brackets).
      indicativeContent: [
        "To critically assess you can review the contribution coaching or mentoring has made in your organisation to improve both individual and organisational strategic performance.",
        "As this is a critical review you will need to support this with evidence e.g. has coaching made a stronger contribution compared to other OD methods used in the organisation?",
        "If so explain how it has made a stronger contribution in comparison to other methods.",
        "Provide quantitative and qualitative data where possible.",
        "A critical review can also be undertaken through research by comparing the contribution of coaching and mentoring to improve individual and organisational strategic performance against other methods and making a judgement.",
        "You should support this with sourced examples to support your judgement. To demonstrate criticality please consider different views on this subject",
      ],
      marks: 8,
      // Seed 002: "You should support this with sourced examples to support your judgement. To demonstrate criticality please consider different views on this subject".
      sources: {
        min: 2,
        reason: "Support your judgement with sourced examples and consider different views, so cite at least two sources.",
      },
    },
    {
      id: "4.2",
      outcome: "4",
      wording: "Evaluate the application of coaching or mentoring within a specific organisation or business environment.",
      verbs: ["Evaluate"],
      passDescriptors: [],
      // Seed 002 guidance text ({curly} notes; 1.4 uses round brackets).
      indicativeContent: [
        "This section focuses on evaluation (making a judgement) e.g. how successful was the coaching and mentoring? Did it deliver the required outcomes? Based on the results of the coaching and mentoring would you recommend coaching and mentoring?",
        "An actual evaluation is required here so techniques for evaluating are important and application should be demonstrated.",
      ],
      marks: 8,
    },
  ],
};

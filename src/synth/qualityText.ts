/** Synthetic wording for case audits and the improvement plan (issue 6 parts 5 and 6; no real cases). */

/** The QA team's two templates: the monthly practice audit and the neglect thematic audit. */
export const practiceQuestions = [
  { id: 'q1', text: 'Is the child’s voice, wishes and feelings evident and do they shape the plan?', scale: 'GRADE' },
  { id: 'q2', text: 'Is the assessment analytical, up to date and clear about risk?', scale: 'GRADE' },
  { id: 'q3', text: 'Is the plan SMART, and is it making a difference for the child?', scale: 'GRADE' },
  { id: 'q4', text: 'Is management oversight recorded at each key decision?', scale: 'YES_NO' },
  { id: 'q5', text: 'Has the case been discussed in supervision in the last six weeks?', scale: 'YES_NO' },
] as const
export const neglectQuestions = [
  { id: 'q1', text: 'Has the impact of neglect on the child been assessed with a recognised tool?', scale: 'GRADE' },
  { id: 'q2', text: 'Is there evidence of drift, with the same concerns repeating?', scale: 'YES_NO' },
  { id: 'q3', text: 'Are partner agencies contributing to the plan?', scale: 'GRADE' },
] as const

/** Findings by overall grade: what a QA officer writes. */
export const findingsByGrade = {
  OUTSTANDING: ['Exemplary practice: the child’s lived experience is vivid in the recording and the plan is clearly improving outcomes.'],
  GOOD: [
    'Good, timely work; the child is seen regularly and their views are recorded. Plan outcomes could be more measurable.',
    'Risks are understood and managed; partners are engaged. Chronology needs updating.',
  ],
  REQUIRES_IMPROVEMENT: [
    'Visits are on time but the child’s voice is thin; the plan lists services rather than outcomes.',
    'Assessment is descriptive rather than analytical; management oversight is not recorded at the step-down.',
    'Some drift between reviews; actions repeat from one plan to the next.',
  ],
  INADEQUATE: [
    'Drift: the same neglect concerns recur over two years with no escalation. No recorded management direction.',
    'The child has not been seen alone for three months; the plan is out of date and the case was not discussed in supervision.',
  ],
} as const

export const moderationNotes = [
  'Moderated: agree with the grade and the findings.',
  'Moderated: the evidence supports a different grade; discussed with the auditor.',
  'Moderated: grade agreed; actions sharpened with clear timescales.',
]

export const auditActionTexts = [
  'Update the chronology and the assessment within four weeks.',
  'Complete direct work with the child and record their wishes and feelings.',
  'Rewrite the plan’s outcomes as measurable, time-bound steps.',
  'Record management oversight of the step-down decision.',
  'Discuss the case in the next supervision and record the decision.',
  'Hold a professionals’ meeting to agree the neglect toolkit scoring.',
]

/**
 * The improvement plan: seventeen recommendations in the shape of a 2016 inspection of services
 * for children in need of help and protection (synthetic wording, ARCHITECTURE.md §1 findings),
 * each with the KPIs (ids in src/domain/kpis) that show progress. The supervision recommendation has
 * none yet: the catalogue has no supervision-on-time KPI, so its progress is shown by evidence only.
 */
export const recommendations: readonly { text: string; kpiIds: readonly string[]; actions: readonly string[] }[] = [
  { text: 'Ensure that all contacts are screened and decided within one working day and recorded accurately.', kpiIds: ['FD_DECISION_1WD', 'FD_RECORDED_SAME_DAY'], actions: ['Daily MASH huddle to clear contacts awaiting a decision', 'Audit of front-door recording timeliness'] },
  { text: 'Ensure that thresholds are understood and applied consistently by all staff and partners.', kpiIds: ['TH_REFERRAL_AFTER_NFA', 'REF_REREFERRAL'], actions: ['Relaunch the threshold document with partners', 'Monthly dip sample of NFA decisions'] },
  { text: 'Ensure that all referrals are allocated promptly to a named, qualified social worker.', kpiIds: ['WF_UNALLOCATED'], actions: ['Weekly allocation meeting in every team', 'Report unallocated work to the head of service each week'] },
  { text: 'Ensure that assessments are timely and analytical, and that the child is seen.', kpiIds: ['ASSESS_45WD', 'ASSESS_CHILD_SEEN'], actions: ['Assessment quality workshop for all social workers', 'Managers track assessments due in 10 working days'] },
  { text: 'Ensure that strategy discussions lead to an initial child protection conference when thresholds are met, within 15 working days.', kpiIds: ['CP_ICPC_15WD', 'CP_NOT_CONVENED_UNAUTHORISED'], actions: ['Conference booking within 2 days of the section 47 outcome', 'Authorisation required to not convene a conference'] },
  { text: 'Ensure that children subject to child protection plans are visited and seen alone within timescales.', kpiIds: ['CP_VISITS_IN_TIME', 'CP_SEEN_ALONE'], actions: ['Visit tracker reviewed in supervision', 'Record whether the child was seen alone at every visit'] },
  { text: 'Ensure that child protection plans are not ended prematurely and that step-down is safe.', kpiIds: ['CP_STEPDOWN_REESCALATION', 'CP_ENDED_UNDER_3M'], actions: ['Service manager sign-off of every step-down', 'Review of re-escalations within 6 months'] },
  { text: 'Ensure that children in need are seen and their plans reviewed within timescales.', kpiIds: ['CIN_VISITS_IN_TIME', 'CIN_REVIEWS_ON_TIME', 'CIN_NOT_SEEN'], actions: ['CIN plan review schedule in every team', 'Children not seen in 6 weeks reported monthly'] },
  { text: 'Ensure that plans are SMART, record the child’s wishes and feelings, and address their identity.', kpiIds: ['WF_PLAN_SMART', 'WF_PLAN_VOICE'], actions: ['Plan template with outcomes and timescales', 'Practice standard for the child’s voice in plans'] },
  { text: 'Ensure that neglect is recognised and that drift in cases of long-standing neglect is prevented.', kpiIds: ['CP_OPEN_OVER_2Y', 'CP_REPEAT_2Y'], actions: ['Adopt a neglect assessment toolkit', 'Thematic audit of neglect cases open over 18 months'] },
  { text: 'Ensure that children who go missing are offered a return home interview within 72 hours.', kpiIds: ['MISSING_RHI_72H'], actions: ['Commission the return home interview service', 'Daily missing report to team managers'] },
  { text: 'Ensure that the risk of child sexual exploitation is recognised, screened and acted on.', kpiIds: ['MISSING_RHI_72H'], actions: ['CSE screening tool used for every child missing 3 times in 90 days', 'CSE champions in each team'] },
  { text: 'Ensure that children placed in unregistered settings are visited weekly and the placement is overseen by senior leaders.', kpiIds: ['CLA_UNREGISTERED', 'CLA_VISITS_ON_TIME'], actions: ['Director sign-off of every unregistered placement', 'Weekly visit tracker for unregistered placements'] },
  { text: 'Ensure that care leavers, including those in custody, are kept in touch with and visited.', kpiIds: ['CL_IN_TOUCH', 'CL_SUITABLE_ACCOMMODATION', 'CL_EET'], actions: ['Personal adviser visit standard for young people in custody', 'Quarterly care leaver survey'] },
  { text: 'Reduce social worker caseloads and the number of changes of social worker for children.', kpiIds: ['WF_AVG_CASELOAD', 'WF_OVER_THRESHOLD', 'WF_3PLUS_WORKERS'], actions: ['Recruit permanent social workers to replace agency staff', 'Caseload threshold reported to the improvement board monthly'] },
  { text: 'Ensure that supervision and management oversight are regular, reflective and recorded.', kpiIds: [], actions: ['Supervision policy relaunched with frequency by experience', 'Oversight recorded at every key decision point'] },
  { text: 'Ensure that leaders know the quality of practice through an effective audit programme and performance information.', kpiIds: ['ASSESS_45WD', 'CP_REVIEWS_ON_TIME', 'CLA_REVIEWS_ON_TIME'], actions: ['Monthly case audit programme with moderation', 'Performance scorecard to the improvement board'] },
]

export const evidenceTexts = [
  'Reported to the improvement board; the trend is improving for three months.',
  'Dip sample completed; findings shared with team managers.',
  'Policy agreed and launched; attendance recorded.',
  'Data shows some improvement but not yet sustained.',
]

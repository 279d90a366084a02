/**
 * The cohorts KPIs are counted over (SHAPES.md §2). A cohort is a named set of records — one row
 * per assessment, contact, plan… — that the performance engine turns into one SQL fragment
 * (src/features/performance/cohorts/). Here is only what the catalogue needs to know about each:
 * what it is, whether it is a flow (events in the period) or a stock (records open at the period
 * end), and the columns a KPI's numerator or measure may use. defineKpi checks every column a KPI
 * names against this list, so a typo fails at start-up rather than as a SQL error on the scorecard.
 *
 * Every cohort row also has the standard columns the drill-down shows: child_id, worker_id,
 * team_id, event_on, due_on, done_on, days_late.
 */
export const standardColumns = ['child_id', 'worker_id', 'team_id', 'event_on', 'due_on', 'done_on', 'days_late'] as const

export type CohortInfo = {
  readonly description: string
  /** flow: records whose event falls in the period; stock: records open on the period's last day. */
  readonly kind: 'flow' | 'stock'
  /** Column headings for the drill-down's event, due and done dates. */
  readonly labels: { readonly event: string; readonly due?: string; readonly done?: string }
  readonly columns: readonly string[]
}

export const cohorts = {
  contacts_received: {
    description: 'Contacts received at the front door in the period (by the London date of receipt), with the screening worker and their team',
    kind: 'flow',
    labels: { event: 'Received', due: 'Decision due', done: 'Decided' },
    columns: ['decision', 'decided', 'in_time', 'recorded_same_day', 'recording_delay_days', 'overdue_at_end'],
  },
  referrals_in_period: {
    description: 'Referrals (DfE CIN census) with a referral date in the period, with the worker allocated on the referral date',
    kind: 'flow',
    labels: { event: 'Referral date' },
    columns: ['is_re_referral', 'has_assessment', 'nfa_without_assessment', 'prior_nfa_12m'],
  },
  assessments_authorised: {
    description: 'Child and family assessments authorised (completed, CIN census AssessmentAuthorisationDate) in the period',
    kind: 'flow',
    labels: { event: 'Authorised', due: 'Due (45 working days from referral)', done: 'Authorised' },
    columns: ['wd_from_referral', 'wd_from_start', 'within_45_referral', 'within_45_start', 'child_seen', 'seen_alone', 'outcome'],
  },
  assessments_open: {
    description: 'Child and family assessments started and not authorised on the last day of the period',
    kind: 'stock',
    labels: { event: 'Referral date', due: 'Due (45 working days from referral)' },
    columns: ['overdue'],
  },
  s47_started: {
    description: 'Section 47 enquiries started in the period, with whether an initial conference followed',
    kind: 'flow',
    labels: { event: 'Started', due: 'Conference due', done: 'Initial conference' },
    columns: ['substantiated', 'has_icpc', 'icpc_due_passed', 'not_convened_authorised'],
  },
  icpcs_held: {
    description: 'Initial child protection conferences held in the period, with the s47 enquiry and strategy discussion before them',
    kind: 'flow',
    labels: { event: 'Conference held', due: 'Due (15 working days from s47 start)', done: 'Conference held' },
    columns: ['wd_from_s47', 'wd_from_strategy', 'within_15_s47', 'within_15_strategy'],
  },
  cp_plans_started: {
    description: 'Child protection plans that started in the period, with the child’s earlier plans and the first core group',
    kind: 'flow',
    labels: { event: 'Plan started', due: 'First core group due', done: 'First core group' },
    columns: ['previous_plans', 'repeat_within_2y', 'first_core_group_in_time', 'first_core_group_due_passed'],
  },
  cp_plans_ended: {
    description: 'Child protection plans that ended in the period, with how long they lasted',
    kind: 'flow',
    labels: { event: 'Plan ended', done: 'Plan started' },
    columns: ['length_days', 'over_2_years', 'under_3_months'],
  },
  cp_plans_open: {
    description: 'Child protection plans open on the last day of the period, with their visit, review and core group clocks',
    kind: 'stock',
    labels: { event: 'Plan started', due: 'Next visit due', done: 'Last seen' },
    columns: ['visit_overdue', 'last_seen_alone', 'review_overdue', 'core_group_overdue', 'over_2_years'],
  },
  step_downs_authorised: {
    description: 'Step-downs from a child protection plan to a child in need plan authorised in the period, with any later plan within 6 months',
    kind: 'flow',
    labels: { event: 'Stepped down', done: 'New protection plan' },
    columns: ['re_escalated_6m'],
  },
  pre_proceedings_ended: {
    description: 'Pre-proceedings (Public Law Outline) that ended in the period',
    kind: 'flow',
    labels: { event: 'Ended', done: 'Started' },
    columns: ['length_days'],
  },
  pre_proceedings_open: {
    description: 'Pre-proceedings (Public Law Outline) open on the last day of the period',
    kind: 'stock',
    labels: { event: 'Started', due: 'Review point (16 weeks)' },
    columns: ['over_16_weeks'],
  },
  care_proceedings_concluded: {
    description: 'Care proceedings that reached a final order in the period',
    kind: 'flow',
    labels: { event: 'Final order', due: 'Due (26 weeks from issue)', done: 'Final order' },
    columns: ['within_26_weeks', 'length_days'],
  },
  cin_plans_open: {
    description: 'Child in need plans open on the last day of the period, with their visit and review clocks and the plan’s content',
    kind: 'stock',
    labels: { event: 'Plan started', due: 'Next visit due', done: 'Last seen' },
    columns: ['visit_overdue', 'review_overdue', 'disabled', 'has_voice', 'has_smart_action'],
  },
  cin_episodes_open: {
    description: 'Children with an open child-in-need episode (DfE CIN census) on the last day of the period',
    kind: 'stock',
    labels: { event: 'Episode started' },
    columns: ['allocated'],
  },
  allocations_live: {
    description: 'Children allocated to a named worker on the last day of the period (one row per live allocation)',
    kind: 'stock',
    labels: { event: 'Allocated since' },
    columns: ['worker_load', 'over_threshold', 'workers_12m'],
  },
  adoptions_made: {
    description: 'Adoption orders made in the period (not reversed), with the child’s entry to care, placement order, match and placement with the adopters (DfE Adoption scorecard)',
    kind: 'flow',
    labels: { event: 'Adoption order', done: 'Placed with adopters' },
    columns: ['entry_to_placed_days', 'order_to_match_days', 'adjusted_entry_days', 'foster_carer_adoption'],
  },
  cla_open: {
    description: 'Children looked after on the last day of the period (SSDA903), with their current placement, placement moves in the 12 months before, and their review and visit clocks',
    kind: 'stock',
    labels: { event: 'Entered care', due: 'Next review due', done: 'Last review' },
    columns: [
      'placements_12m', 'three_plus_placements', 'distance_miles', 'over_20_miles', 'out_of_area', 'unregistered',
      'under_16', 'looked_after_2_5y', 'same_placement_2y', 'review_overdue', 'visit_overdue',
    ],
  },
  missing_returned: {
    description: 'Missing (M) and away-without-authorisation (A) episodes that ended (the child returned) in the period, with the return home interview offered for each',
    kind: 'flow',
    labels: { event: 'Returned', due: 'Interview offer due (72 hours)', done: 'Interview offered' },
    columns: ['rhi_offered', 'rhi_offered_72h', 'away'],
  },
  care_leaver_outcomes_year: {
    description: 'Care leaver outcomes (SSDA903 OC3) recorded for the collection year (1 April to 31 March) that contains the period’s last day',
    kind: 'stock',
    labels: { event: 'Year ending' },
    columns: ['in_touch', 'suitable_accommodation', 'eet'],
  },
  pf_arrangements_open: {
    description: 'Private fostering arrangements open on the last day of the period, with their visit clock',
    kind: 'stock',
    labels: { event: 'Notified', due: 'Next visit due', done: 'Last visited' },
    columns: ['visit_overdue', 'visited'],
  },
} as const satisfies Record<string, CohortInfo>

export type CohortName = keyof typeof cohorts
export const cohortNames = Object.keys(cohorts) as CohortName[]

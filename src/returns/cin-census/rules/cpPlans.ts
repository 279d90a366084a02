/** ChildProtectionPlans and Reviews rules (CIN census guide, module 6: child protection plans). */
import type { CensusChild, CinEpisode, CpPlan } from '../types.js'
import {
  after,
  before,
  defineRule,
  ep,
  hitIf,
  inPeriod,
  isYes,
  outsidePeriod,
  type Hit,
  type RuleContext,
} from './define.js'

const at = (e: CinEpisode, p: CpPlan) => `${ep(e)}/ChildProtectionPlans[${p.position}]`

const perPlan =
  (field: string, bad: (p: CpPlan, e: CinEpisode, c: CensusChild, ctx: RuleContext) => boolean) =>
  (c: CensusChild, ctx: RuleContext): Hit[] =>
    c.episodes.flatMap((e) =>
      e.cpPlans.filter((p) => bad(p, e, c, ctx)).map((p) => ({ field, at: at(e, p) })),
    )

const allPlans = (c: CensusChild) => c.episodes.flatMap((e) => e.cpPlans)
export const abuseCategories = ['NEG', 'PHY', 'SAB', 'EMO', 'MUL']

export const rule1105 = defineRule({
  code: '1105',
  type: 'ERROR',
  module: 'ChildProtectionPlans',
  fields: ['CPPstartDate', 'CINreferralDate'],
  message: 'The child protection plan start date cannot be before the referral date',
  check: perPlan('CPPstartDate', (p, e) => before(p.startDate, e.referralDate)),
})

/**
 * 2885: a CP plan starting in the year starts on the day of its ICPC: one of the episode's S47
 * conferences, or, where the episode has no S47 needing one, the CINdetails-level ICPC.
 */
export const rule2885 = defineRule({
  code: '2885',
  type: 'ERROR',
  module: 'ChildProtectionPlans',
  fields: ['CPPstartDate', 'DateOfInitialCPC'],
  message:
    'Child protection plan shown as starting a different day to the initial child protection conference.',
  check: perPlan('CPPstartDate', (p, e, _c, ctx) => {
    if (!inPeriod(p.startDate, ctx)) return false
    const s47s = e.section47s.filter((s) => !isYes(s.icpcNotRequired))
    if (s47s.length > 0) return !s47s.some((s) => s.icpcDate === p.startDate)
    return e.dateOfInitialCpc !== p.startDate
  }),
})

export const rule8720 = defineRule({
  code: '8720',
  type: 'ERROR',
  module: 'ChildProtectionPlans',
  fields: ['CPPstartDate', 'ReferenceDate'],
  message: 'Child Protection Plan Start Date missing or out of data collection period',
  check: perPlan('CPPstartDate', (p, _e, _c, ctx) => p.startDate === null || p.startDate > ctx.referenceDate),
})

export const rule8730 = defineRule({
  code: '8730',
  type: 'ERROR',
  module: 'ChildProtectionPlans',
  fields: ['NumberOfPreviousCPP'],
  message: 'Total Number of previous Child Protection Plans missing',
  check: perPlan(
    'NumberOfPreviousCPP',
    (p) => p.numberOfPreviousCpp === null || !/^\d+$/.test(p.numberOfPreviousCpp),
  ),
})

export const rule8832 = defineRule({
  code: '8832',
  type: 'ERROR',
  module: 'ChildProtectionPlans',
  fields: ['CINdetailsID', 'ReferralNFA'],
  message: 'Child Protection details provided for a referral with no further action.',
  check: (c) =>
    c.episodes
      .filter((e) => isYes(e.referralNfa) && e.cpPlans.length > 0)
      .map((e) => ({ field: 'ReferralNFA', at: ep(e) })),
})

export const rule8840 = defineRule({
  code: '8840',
  type: 'ERROR',
  module: 'ChildProtectionPlans',
  fields: ['ChildProtectionPlans', 'CPPstartDate', 'CPPendDate'],
  message: 'Child Protection Plan cannot start and end on the same day',
  check: perPlan('CPPendDate', (p) => p.startDate !== null && p.startDate === p.endDate),
})

export const rule8841 = defineRule({
  code: '8841',
  type: 'ERROR',
  module: 'ChildProtectionPlans',
  fields: ['CPPstartDate', 'CPPreviewDate'],
  message: 'The review date cannot be on the same day or before the Child protection Plan start date.',
  check: perPlan(
    'CPPreviewDate',
    (p) => p.startDate !== null && p.reviews.some((r) => r.date !== null && r.date <= (p.startDate ?? '')),
  ),
})

export const rule8842Q = defineRule({
  code: '8842Q',
  type: 'QUERY',
  module: 'Reviews',
  fields: ['CPPreviewDate'],
  message: 'Please check and either amend or provide a reason: Review Record has a missing date',
  check: perPlan('CPPreviewDate', (p) => p.reviews.some((r) => r.date === null)),
})

export const rule8905 = defineRule({
  code: '8905',
  type: 'ERROR',
  module: 'ChildProtectionPlans',
  fields: ['InitialCategoryOfAbuse'],
  message:
    'Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)',
  check: perPlan('InitialCategoryOfAbuse', (p) => !abuseCategories.includes(p.initialCategory ?? '')),
})

export const rule8910 = defineRule({
  code: '8910',
  type: 'ERROR',
  module: 'ChildProtectionPlans',
  fields: ['LatestCategoryOfAbuse'],
  message:
    'Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)',
  check: perPlan('LatestCategoryOfAbuse', (p) => !abuseCategories.includes(p.latestCategory ?? '')),
})

export const rule8915 = defineRule({
  code: '8915',
  type: 'ERROR',
  module: 'ChildProtectionPlans',
  fields: ['CPPstartDate', 'PersonDeathDate'],
  message: 'Child Protection Plan shown as starting after the child’s Date of Death',
  check: perPlan('CPPstartDate', (p, _e, c) => after(p.startDate, c.deathDate)),
})

export const rule8920 = defineRule({
  code: '8920',
  type: 'ERROR',
  module: 'ChildProtectionPlans',
  fields: ['PersonDeathDate', 'CPPendDate'],
  message: 'Child Protection Plan cannot end after the child’s Date of Death',
  check: perPlan('CPPendDate', (p, _e, c) => after(p.endDate, c.deathDate)),
})

export const rule8925 = defineRule({
  code: '8925',
  type: 'ERROR',
  module: 'ChildProtectionPlans',
  fields: ['CPPstartDate', 'CPPendDate'],
  message: 'Child Protection Plan End Date earlier than Start Date',
  check: perPlan('CPPendDate', (p) => before(p.endDate, p.startDate)),
})

export const rule8930 = defineRule({
  code: '8930',
  type: 'ERROR',
  module: 'ChildProtectionPlans',
  fields: ['CPPendDate', 'ReferenceDate'],
  message: 'Child Protection Plan End Date must fall within the census year',
  check: perPlan('CPPendDate', (p, _e, _c, ctx) => outsidePeriod(p.endDate, ctx)),
})

/** 8935: a child may have only one open CP plan. */
export const rule8935 = defineRule({
  code: '8935',
  type: 'ERROR',
  module: 'ChildProtectionPlans',
  fields: ['CPPendDate'],
  message: 'This child is showing more than one open Child Protection plan, i.e. with no End Date',
  check: (c) => hitIf(allPlans(c).filter((p) => p.endDate === null).length > 1, 'CPPendDate'),
})

/** 8940: a CP plan starting on or after another began and on or before it ended (or while it is open). */
export const rule8940 = defineRule({
  code: '8940',
  type: 'ERROR',
  module: 'ChildProtectionPlans',
  fields: ['CPPstartDate', 'CPPendDate'],
  message: 'Child Protection Plan data contains overlapping dates',
  check: perPlan('CPPstartDate', (a, _e, c, ctx) =>
    allPlans(c).some((b) => {
      if (a === b || a.startDate === null || b.startDate === null || a.startDate < b.startDate) return false
      return b.endDate !== null ? a.startDate <= b.endDate : a.startDate <= ctx.referenceDate
    }),
  ),
})

export const cpPlanRules = [
  rule1105,
  rule2885,
  rule8720,
  rule8730,
  rule8832,
  rule8840,
  rule8841,
  rule8842Q,
  rule8905,
  rule8910,
  rule8915,
  rule8920,
  rule8925,
  rule8930,
  rule8935,
  rule8940,
]

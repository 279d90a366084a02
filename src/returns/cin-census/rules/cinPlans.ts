/** CINPlanDates rules (CIN census guide, module 4: CIN plans). */
import type { CensusChild, CinEpisode, CinPlan } from '../types.js'
import { before, defineRule, ep, hitIf, isYes, outsidePeriod, type Hit, type RuleContext } from './define.js'

const at = (e: CinEpisode, p: CinPlan) => `${ep(e)}/CINPlanDates[${p.position}]`

const perPlan =
  (field: string, bad: (p: CinPlan, e: CinEpisode, c: CensusChild, ctx: RuleContext) => boolean) =>
  (c: CensusChild, ctx: RuleContext): Hit[] =>
    c.episodes.flatMap((e) =>
      e.cinPlans.filter((p) => bad(p, e, c, ctx)).map((p) => ({ field, at: at(e, p) })),
    )

const allPlans = (c: CensusChild) => c.episodes.flatMap((e) => e.cinPlans)
const allCpPlans = (c: CensusChild) => c.episodes.flatMap((e) => e.cpPlans)

/** Whether `d` falls on or after `start` and before `end` (or, for an open period, by the reference date). */
const startsWithin = (
  d: string | null,
  start: string | null,
  end: string | null,
  ctx: RuleContext,
  endInclusive: boolean,
) => {
  if (d === null || start === null || d < start) return false
  if (end === null) return d <= ctx.referenceDate
  return endInclusive ? d <= end : d < end
}

export const rule4000 = defineRule({
  code: '4000',
  type: 'ERROR',
  module: 'CINplanDates',
  fields: ['ReferralNFA'],
  message: 'CIN Plan details provided for a referral with no further action',
  check: (c) =>
    c.episodes
      .filter((e) => isYes(e.referralNfa) && e.cinPlans.length > 0)
      .map((e) => ({ field: 'ReferralNFA', at: ep(e) })),
})

/** 4001: in one episode, an open CP plan and an open CIN plan. */
export const rule4001 = defineRule({
  code: '4001',
  type: 'ERROR',
  module: 'CINplanDates',
  fields: ['CINPlanEndDate', 'CPPendDate'],
  message: 'A CIN Plan cannot run concurrently with a Child Protection Plan',
  check: (c) =>
    c.episodes
      .filter(
        (e) =>
          e.cpPlans.some((p) => p.endDate === null) &&
          e.cinPlans.some((p) => p.startDate !== null && p.endDate === null),
      )
      .map((e) => ({ field: 'CINPlanEndDate', at: ep(e) })),
})

/** 4003: a CP review held while a (closed) CIN plan was running, other than on the CP plan's last day. */
export const rule4003 = defineRule({
  code: '4003',
  type: 'ERROR',
  module: 'Reviews',
  fields: ['CINPlanStartDate', 'CINPlanEndDate', 'CPPreviewDate'],
  message: 'A CPP review date is shown as being held at the same time as an open CIN Plan.',
  check: (c) => {
    const hits: Hit[] = []
    for (const cp of allCpPlans(c))
      for (const r of cp.reviews)
        for (const cin of allPlans(c)) {
          if (r.date === null || cin.startDate === null || cin.endDate === null || cp.endDate === null)
            continue
          if (r.date >= cin.startDate && r.date < cin.endDate && r.date !== cp.endDate)
            hits.push({ field: 'CPPreviewDate' })
        }
    return hits
  },
})

/** 4004: a child may have only one open CIN plan (no end date). */
export const rule4004 = defineRule({
  code: '4004',
  type: 'ERROR',
  module: 'CINplanDates',
  fields: ['CINPlanEndDate'],
  message: 'This child is showing more than one open CIN Plan, i.e. with no End Date',
  check: (c) => hitIf(allPlans(c).filter((p) => p.endDate === null).length > 1, 'CINPlanEndDate'),
})

export const rule4010 = defineRule({
  code: '4010',
  type: 'ERROR',
  module: 'CINplanDates',
  fields: ['CINPlanStartDate'],
  message: 'CIN Plan start date is missing or out of data collection period',
  check: perPlan(
    'CINPlanStartDate',
    (p, _e, _c, ctx) => p.startDate === null || p.startDate > ctx.referenceDate,
  ),
})

export const rule4011 = defineRule({
  code: '4011',
  type: 'ERROR',
  module: 'CINplanDates',
  fields: ['CINPlanEndDate', 'CINPlanStartDate'],
  message: 'CIN Plan End Date earlier than Start Date',
  check: perPlan('CINPlanEndDate', (p) => before(p.endDate, p.startDate)),
})

export const rule4012Q = defineRule({
  code: '4012Q',
  type: 'QUERY',
  module: 'CINplanDates',
  fields: ['CINPlanStartDate', 'CINPlanEndDate'],
  message:
    'Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day',
  check: perPlan('CINPlanEndDate', (p) => p.startDate !== null && p.startDate === p.endDate),
})

export const rule4013 = defineRule({
  code: '4013',
  type: 'ERROR',
  module: 'CINplanDates',
  fields: ['CINPlanEndDate', 'ReferenceDate'],
  message: 'CIN Plan end date must fall within the census year',
  check: perPlan('CINPlanEndDate', (p, _e, _c, ctx) => outsidePeriod(p.endDate, ctx)),
})

/** 4014: a CIN plan starting on or after another began and on or before it ended (or while it is open). */
export const rule4014 = defineRule({
  code: '4014',
  type: 'ERROR',
  module: 'CINplanDates',
  fields: ['CINPlanStartDate', 'CINPlanEndDate'],
  message: 'CIN Plan data contains overlapping dates',
  check: perPlan('CINPlanStartDate', (a, _e, c, ctx) =>
    allPlans(c).some((b) => a !== b && startsWithin(a.startDate, b.startDate, b.endDate, ctx, true)),
  ),
})

export const rule4015 = defineRule({
  code: '4015',
  type: 'ERROR',
  module: 'CINplanDates',
  fields: ['CINPlanStartDate', 'CINreferralDate'],
  message: 'The CIN Plan start date cannot be before the referral date',
  check: perPlan('CINPlanStartDate', (p, e) => before(p.startDate, e.referralDate)),
})

/** 4016: a CIN plan starting while a CP plan is running (from its start, before its end). */
export const rule4016 = defineRule({
  code: '4016',
  type: 'ERROR',
  module: 'CINplanDates',
  fields: ['CINPlanStartDate', 'CPPstartDate', 'CPPendDate'],
  message: 'A CIN Plan has been reported as open at the same time as a Child Protection Plan.',
  check: perPlan('CINPlanStartDate', (p, _e, c, ctx) =>
    allCpPlans(c).some((cp) => startsWithin(p.startDate, cp.startDate, cp.endDate, ctx, false)),
  ),
})

/** 4017: a CP plan starting while a CIN plan is running. */
export const rule4017 = defineRule({
  code: '4017',
  type: 'ERROR',
  module: 'CINplanDates',
  fields: ['CINPlanStartDate', 'CINPlanEndDate', 'CPPstartDate'],
  message: 'A CIN Plan has been reported as open at the same time as a Child Protection Plan.',
  check: perPlan('CINPlanStartDate', (p, _e, c, ctx) =>
    allCpPlans(c).some((cp) => startsWithin(cp.startDate, p.startDate, p.endDate, ctx, false)),
  ),
})

export const cinPlanRules = [
  rule4000,
  rule4001,
  rule4003,
  rule4004,
  rule4010,
  rule4011,
  rule4012Q,
  rule4013,
  rule4014,
  rule4015,
  rule4016,
  rule4017,
]

/**
 * One child protection chain inside a CIN episode (casework.ts): strategy discussion → s47 enquiry →
 * ICPC → CP plan with review conferences, visits and the step-down at its end (Working Together 2023
 * ch.2). The ICPC is on a working day (CIN rule 8875: never at a weekend) from the shared working-day
 * calendar, about 80% within the 15 working days (domain.md §4.1); the CP plan starts on its ICPC date.
 * Planted: ICPCs not convened, with and without a manager's authorisation.
 */
import type { IsoDate } from '../domain/timescales/index.js'
import { daysFrom, plusDays } from './days.js'
import type { planMaker } from './plans.js'
import type { Rng } from './random.js'
import type { ConferenceRow, CpPlanRow, S47Row, StepDownRow, StrategyRow } from './rows.js'
import { caseworkRates as rates } from './caseworkRates.js'
import { londonInstant } from './time.js'
import type { CaseworkRows } from './casework.js'

const categories: readonly (readonly [string, number])[] = [
  ['NEG', 50],
  ['EMO', 37],
  ['PHY', 7],
  ['SAB', 4],
  ['MUL', 2],
]
/** CP plan lengths in days (CIN 2025 D7, domain.md §4.1). */
const cpPlanDays: readonly (readonly [readonly [number, number], number])[] = [
  [[30, 90], 16],
  [[91, 180], 11],
  [[181, 365], 43.5],
  [[366, 730], 25],
  [[731, 900], 4.5],
]

export type CaseContext = {
  rng: Rng
  ids: Rng
  rows: CaseworkRows
  plans: ReturnType<typeof planMaker>
  chairs: string[]
  yesterday: IsoDate
  at: (date: IsoDate, from?: number, to?: number) => Date
  wd: (date: IsoDate, n: number) => IsoDate
  /** The allocated worker and their manager on a date. */
  who: (date: IsoDate) => { workerId: string; managerId: string }
  common: { childId: string; cinEpisodeId: string }
  referral: { childId: string }
  epEnd: IsoDate | null
  youngerThanTwo: boolean
}

export type ChainResult = { plan: CpPlanRow; end: IsoDate | null; stepDown: StepDownRow | null }

/**
 * From `from`, inside the episode (≤ `last`). `mustPlan` makes the chain end in a plan (a
 * re-escalation, a demo case); `keepOpen` keeps that plan open. Returns null when no plan came of it.
 */
export function cpChain(
  ctx: CaseContext,
  from: IsoDate,
  last: IsoDate,
  mustPlan: boolean,
  keepOpen: boolean,
): ChainResult | null {
  const { rng, ids, rows, plans, chairs, yesterday, at, wd, who, common, referral, epEnd, youngerThanTwo } =
    ctx
  const next = wd(from, rng.int(0, 1))
  const heldOn = next <= last ? next : from
  const worker = who(heldOn)
  const agencies = ['POLICE', 'HEALTH']
  if (rng.chance(0.85)) agencies.push('EDUCATION')
  if (rng.chance(0.25)) agencies.push('OTHER')
  const s47 = mustPlan || rng.chance(rates.s47)
  const strategy: StrategyRow = {
    id: ids.uuid(),
    ...common,
    heldOn,
    agencies,
    decision: s47 ? 'S47' : 'NO_S47',
    createdBy: worker.workerId,
    createdAt: at(heldOn),
  }
  rows.strategyDiscussions.push(strategy)
  if (!s47) return null
  const icpcTargetOn = wd(heldOn, 15)
  const icpcOn = wd(heldOn, rng.int(...rng.weighted(rates.icpcWorkingDays)))
  const before = plusDays(icpcOn, -rng.int(1, 5))
  const enquiryEnds = before > heldOn ? before : heldOn
  const enquiry: S47Row = {
    id: ids.uuid(),
    ...common,
    strategyDiscussionId: strategy.id,
    startDate: heldOn,
    icpcTargetOn,
    outcome: null,
    notConvenedReason: null,
    notConvenedRequestedBy: null,
    notConvenedRequestedAt: null,
    notConvenedAuthorisedBy: null,
    notConvenedAuthorisedAt: null,
    createdBy: worker.workerId,
    createdAt: at(heldOn),
  }
  rows.s47Enquiries.push(enquiry)
  // An episode that closed before the enquiry could reach an ICPC ended the enquiry there: it is
  // not left open in a closed episode (CIN rule 8868).
  if (enquiryEnds > last) {
    if (epEnd) enquiry.outcome = 'NOT_SUBSTANTIATED'
    return null // still under way
  }
  const substantiated = mustPlan || rng.chance(rates.substantiated)
  enquiry.outcome = substantiated ? 'SUBSTANTIATED' : 'NOT_SUBSTANTIATED'
  if (!substantiated) return null
  if (!mustPlan && rng.chance(rates.notConvened)) {
    // Planted: a decision not to convene the ICPC, authorised by a manager or not.
    enquiry.notConvenedReason =
      'Family engaging well with a child in need plan; risks reduced by the safety plan.'
    enquiry.notConvenedRequestedBy = worker.workerId
    const requestedAt = at(enquiryEnds)
    enquiry.notConvenedRequestedAt = requestedAt
    if (rng.chance(rates.notConvenedAuthorised)) {
      enquiry.notConvenedAuthorisedBy = worker.managerId
      enquiry.notConvenedAuthorisedAt = new Date(requestedAt.getTime() + rng.int(1, 48) * 3_600_000)
    }
    return null
  }
  if (icpcOn > last) {
    if (epEnd) enquiry.outcome = 'NOT_SUBSTANTIATED'
    return null // awaiting the ICPC (an open case with a substantiated s47)
  }
  const chair = rng.pick(chairs)
  const conference = (kind: 'ICPC' | 'RCPC', on: IsoDate): ConferenceRow => {
    const row: ConferenceRow = {
      id: ids.uuid(),
      ...common,
      kind,
      s47EnquiryId: kind === 'ICPC' ? enquiry.id : null,
      heldOn: on,
      chairId: chair,
      attendance: 'Parents, social worker, school, health visitor, police; GP sent a report.',
      childViews: rng.pick([
        'Shared through a three houses worksheet completed with the social worker.',
        'Child attended part of the conference with an advocate.',
        'Too young to share views; observations of the child shared by the health visitor.',
      ]),
      viewsGatheredHow: rng.pick(['Direct work', 'Advocate', 'Observation']),
      createdBy: worker.workerId,
      createdAt: at(on),
    }
    rows.cpConferences.push(row)
    return row
  }
  const icpc = conference('ICPC', icpcOn)
  if (!mustPlan && !rng.chance(rates.cpPlan)) return null
  const category = rng.weighted(categories)
  let end: IsoDate | null = plusDays(icpcOn, rng.int(...rng.weighted(cpPlanDays)))
  if (keepOpen || end > last) end = last === yesterday && !epEnd ? null : last
  if (end && end < icpcOn) end = icpcOn
  const plan: CpPlanRow = {
    id: ids.uuid(),
    ...common,
    icpcId: icpc.id,
    startDate: icpcOn,
    initialCategory: category,
    latestCategory: rng.chance(0.9) ? category : rng.weighted(categories),
    endDate: end,
    endReason: null,
    safetyPlan: null,
    parentsHistory: null,
    createdBy: worker.workerId,
    createdAt: at(icpcOn),
  }
  rows.cpPlans.push(plan)
  // Review conferences: the first within 3 months, then every 6 months (Working Together 2023).
  const planLast = end ?? yesterday
  for (let d = wd(icpcOn, rng.int(55, 65)); d < planLast; d = wd(d, rng.int(120, 130))) conference('RCPC', d)
  if (!end) {
    plans.visits({ childId: referral.childId, kind: 'CP', start: icpcOn, who, youngerThanTwo })
    // A few open plans have a step-down request waiting for the manager.
    if (rng.chance(0.04) && daysFrom(icpcOn, yesterday) > 120) {
      const asked = plusDays(yesterday, -rng.int(0, 10))
      rows.stepDowns.push({
        id: ids.uuid(),
        childId: referral.childId,
        cpPlanId: plan.id,
        rationale: 'Risks reduced: core group agrees the plan can continue as child in need.',
        requestedBy: who(asked).workerId,
        requestedAt: at(asked),
        decision: null,
        decidedBy: null,
        decidedAt: null,
        steppedDownOn: null,
        rejectReason: null,
        cinPlanId: null,
      })
    }
    return { plan, end: null, stepDown: null }
  }
  const caseContinues = end < last
  let stepDown: StepDownRow | null = null
  if (caseContinues && rng.chance(rates.stepDown)) {
    const asked = plusDays(end, -rng.int(1, 10)) > icpcOn ? plusDays(end, -rng.int(1, 10)) : icpcOn
    const requestedAt = at(asked)
    if (rng.chance(0.08)) {
      // A rejected earlier request.
      rows.stepDowns.push({
        id: ids.uuid(),
        childId: referral.childId,
        cpPlanId: plan.id,
        rationale: 'Parents engaging; worker proposes stepping down to child in need.',
        requestedBy: who(asked).workerId,
        requestedAt: new Date(requestedAt.getTime() - 86_400_000),
        decision: 'REJECTED',
        decidedBy: who(asked).managerId,
        decidedAt: new Date(requestedAt.getTime() - 3_600_000),
        rejectReason: 'Not yet: the core group has not seen sustained change. Review at the next RCPC.',
        steppedDownOn: null,
        cinPlanId: null,
      })
    }
    stepDown = {
      id: ids.uuid(),
      childId: referral.childId,
      cpPlanId: plan.id,
      rationale: 'RCPC agreed risks have reduced; the family will continue on a child in need plan.',
      requestedBy: who(asked).workerId,
      requestedAt,
      decision: 'AUTHORISED',
      decidedBy: who(asked).managerId,
      decidedAt: new Date(Math.max(requestedAt.getTime() + 3_600_000, londonInstant(end, 9 * 60).getTime())),
      steppedDownOn: end,
      rejectReason: null,
      cinPlanId: null, // set when the CIN plan is made
    }
    rows.stepDowns.push(stepDown)
    plan.endReason = 'Stepped down to a child in need plan'
  } else plan.endReason = caseContinues ? 'No longer at risk of significant harm' : 'Case closed'
  return { plan, end, stepDown }
}

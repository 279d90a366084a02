/**
 * Plans, SMART actions, reviews and statutory visits for the synthetic council (ARCHITECTURE.md §8).
 * Visits follow the local standards of the plan clocks (src/features/plans/planClocks.ts: a CP visit
 * every 10 working days, a CIN visit every 20), with planted drift: some children are not seen within
 * the standard. Some plans lack the child's wishes and feelings or identity (a planted weakness that
 * src/domain/plans/completeness.ts reports).
 */
import type { IsoDate } from '../domain/timescales/index.js'
import { plusDays, type WorkingDays } from './days.js'
import type { Rng } from './random.js'
import type { PlanActionRow, PlanReviewRow, PlanRow, VisitRow } from './rows.js'
import { caseworkRates } from './caseworkRates.js'
import { londonInstant } from './time.js'

export type PlanRows = {
  plans: PlanRow[]
  planActions: PlanActionRow[]
  planReviews: PlanReviewRow[]
  visits: VisitRow[]
}

export const emptyPlanRows = (): PlanRows => ({ plans: [], planActions: [], planReviews: [], visits: [] })

const wishes = [
  'Says she feels safe at home now that things are calmer, and wants to keep going to her after-school club.',
  'Told me he worries when mum is unwell and wants someone to talk to at school.',
  'Wants more time with her grandparents and does not want to move schools.',
  'Drew a picture of his family and said he likes it when dad takes him to football.',
  'Says the shouting at home has stopped and she wants her bedroom to stay hers.',
  'Too young to say; observed to be relaxed and responsive with mum during the visit.',
]
const identities = [
  'Of Gujarati Hindu heritage; attends temple with grandparents; speaks English and Gujarati at home.',
  'White British; proud of his football team and his role as big brother.',
  'Of Somali heritage; Muslim; attends madrasa on weekends; bilingual in Somali and English.',
  'Mixed White and Black Caribbean heritage; enjoys music and wants to learn about her dad’s family.',
  'Of Polish heritage; Catholic; attends Saturday Polish school.',
  'Of Punjabi Sikh heritage; identity and culture are important to the family.',
]
const actionTexts: readonly (readonly [string, string])[] = [
  [
    'Attend the Freedom Programme',
    'Mum completes all 12 sessions and can describe the impact of abuse on the children',
  ],
  [
    'Register with the GP and attend the health review',
    'Health review completed and immunisations up to date',
  ],
  ['Support school attendance', 'Attendance above 90% for the half term'],
  [
    'Referral to the drug and alcohol service',
    'Dad attends appointments and tests are negative for three months',
  ],
  ['Home conditions improved', 'Home is clean and safe at every unannounced visit for six weeks'],
  [
    'Direct work with the child about feelings and safety',
    'Six sessions completed and the child can name a trusted adult',
  ],
  ['Parenting programme', 'Parents complete the course and routines are in place at bedtime'],
  ['Housing application', 'Family has a suitable tenancy offer'],
]
const namedOwners = [
  'Mum',
  'Dad',
  'Class teacher',
  'School designated safeguarding lead',
  'Health visitor',
  'School nurse',
]
const reviewSummaries = [
  'Progress against the plan reviewed with the family and professionals; actions updated.',
  'Some progress; school attendance improved but home conditions remain a concern. Plan continues.',
  'Good progress on most actions; the family engaging well. Plan continues with two new actions.',
  'Limited progress; the parents missed appointments. Escalation to be considered if no change.',
]
const visitNotes = [
  'Home visit. Child seen in their bedroom; home conditions adequate.',
  'Visit at school. Child spoke about home and friends.',
  'Unannounced visit. Parents present; the child was at nursery, so not seen.',
  'Home visit. Child seen with siblings; spoke about the plan.',
  'Visit with the family support worker. Child seen alone in the garden.',
]

type Who = (date: IsoDate) => { workerId: string; managerId: string }

export function planMaker(input: {
  rng: Rng
  ids: Rng
  calendar: WorkingDays
  today: IsoDate
  rows: PlanRows
}) {
  const { rng, ids, calendar, today, rows } = input
  const yesterday = plusDays(today, -1)
  const at = (date: IsoDate) => londonInstant(date, rng.int(9 * 60, 17 * 60))

  /** A CIN plan with SMART actions and three-monthly reviews; ends on `end` (null: open). */
  function cinPlan(p: {
    childId: string
    episodeId: string
    start: IsoDate
    end: IsoDate | null
    endReason: string | null
    who: Who
  }): PlanRow {
    const { workerId } = p.who(p.start)
    const plan: PlanRow = {
      id: ids.uuid(),
      childId: p.childId,
      cinEpisodeId: p.episodeId,
      kind: 'CIN',
      startDate: p.start,
      endDate: p.end,
      endReason: p.end ? p.endReason : null,
      wishesAndFeelings: rng.chance(caseworkRates.missingWishes) ? null : rng.pick(wishes),
      identity: rng.chance(caseworkRates.missingIdentity) ? null : rng.pick(identities),
      safetyPlan: null,
      parentsHistory: null,
      createdBy: workerId,
      createdAt: at(p.start),
    }
    rows.plans.push(plan)
    const last = p.end ?? yesterday
    const count = rng.int(2, 4)
    for (let i = 0; i < count; i++) {
      const [action, outcome] = rng.pick(actionTexts)
      const dueOn = plusDays(p.start, rng.int(20, 120))
      const byUser = rng.chance(0.4)
      rows.planActions.push({
        id: ids.uuid(),
        planId: plan.id,
        childId: p.childId,
        action,
        outcome,
        ownerUserId: byUser ? workerId : null,
        ownerName: byUser ? null : rng.pick(namedOwners),
        dueOn,
        status:
          dueOn < last
            ? rng.weighted([
                ['DONE', 70],
                ['IN_PROGRESS', 15],
                ['DROPPED', 10],
                ['NOT_STARTED', 5],
              ])
            : rng.weighted([
                ['IN_PROGRESS', 60],
                ['NOT_STARTED', 40],
              ]),
        createdBy: workerId,
        createdAt: at(p.start),
      })
    }
    // Reviews every 3 months (CIN_PLAN_REVIEW_3M); some slip by weeks, a few are missed.
    for (let d = plusDays(p.start, rng.int(80, 95)); d <= last; d = plusDays(d, rng.int(80, 120))) {
      if (rng.chance(0.06)) continue
      rows.planReviews.push({
        id: ids.uuid(),
        planId: plan.id,
        childId: p.childId,
        reviewedOn: d,
        summary: rng.pick(reviewSummaries),
        createdBy: p.who(d).workerId,
        createdAt: at(d),
      })
    }
    return plan
  }

  /**
   * Statutory visits from `start` to yesterday under an open plan, every `every` working days or
   * a little sooner; a drifting child is visited late, and the last visit may be long ago.
   */
  function visits(p: {
    childId: string
    kind: 'CP' | 'CIN'
    start: IsoDate
    who: Who
    youngerThanTwo: boolean
  }) {
    const every = p.kind === 'CP' ? 10 : 20
    const drifting = rng.chance(caseworkRates.driftingVisits)
    let d = calendar.addWorkingDays(p.start, rng.int(1, Math.round(every * 0.7)))
    while (d <= yesterday) {
      const seen = rng.chance(caseworkRates.childSeen)
      rows.visits.push({
        id: ids.uuid(),
        childId: p.childId,
        kind: p.kind,
        visitedOn: d,
        childSeen: seen,
        seenAlone: seen && !p.youngerThanTwo && rng.chance(caseworkRates.seenAlone),
        notes: rng.pick(visitNotes),
        createdBy: p.who(d).workerId,
        createdAt: at(d),
      })
      const gap = drifting ? rng.int(every + 2, every * 2 + 5) : rng.int(Math.round(every * 0.5), every)
      d = calendar.addWorkingDays(d, gap)
    }
  }

  return { cinPlan, visits }
}

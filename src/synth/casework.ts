/**
 * Casework after the front door (ARCHITECTURE.md §8): an assessment for every referral, strategy
 * discussions, s47 enquiries, initial and review conferences, CP plans, CIN plans, visits,
 * step-downs and re-escalations, and the closure of each episode with a reason that fits what
 * happened (RC8/RC9 only after an authorised assessment and no plan). Rates: research/domain.md §4
 * (about one assessment per referral; CP plans ≈ 41 and children in need ≈ 330 per 10,000 children;
 * 81% of ICPCs within 15 working days), in caseworkRates.ts.
 *
 * Planted weaknesses, for the pages and reports to find: late assessments with a reason, older
 * assessments awaiting sign-off, ICPCs beyond 15 working days, ICPCs not convened with and without a
 * manager's authorisation, plans missing wishes or identity, children not seen within the visiting
 * standard, and CP plans within 6 months of a step-down.
 */
import type { IsoDate } from '../domain/timescales/index.js'
import { closureNotes, factorCodes, lateReasons, nextSteps, plannedClosures } from './caseworkText.js'
import { cpChain, type CaseContext } from './childProtection.js'
import { daysFrom, plusDays, type WorkingDays } from './days.js'
import type { ReferralInfo } from './flow.js'
import { emptyPlanRows, planMaker, type PlanRows } from './plans.js'
import type { Rng } from './random.js'
import type {
  AllocationRow,
  AssessmentRow,
  ClosureRow,
  ConferenceRow,
  CpPlanRow,
  S47Row,
  StepDownRow,
  StrategyRow,
  UserRow,
} from './rows.js'
import { caseworkRates as rates } from './caseworkRates.js'
import { londonInstant } from './time.js'
import type { Workforce } from './workforce.js'

export type CaseworkRows = PlanRows & {
  assessments: AssessmentRow[]
  strategyDiscussions: StrategyRow[]
  s47Enquiries: S47Row[]
  cpConferences: ConferenceRow[]
  cpPlans: CpPlanRow[]
  stepDowns: StepDownRow[]
  cinClosures: ClosureRow[]
}

/** Live cases of the demo social worker forced onto each path, so that their pages have content. */
export const DEMO_CP_CASES = 4
export const DEMO_CIN_CASES = 7

type Path = 'CP' | 'CIN' | null

export function simulateCasework(input: {
  infos: ReferralInfo[]
  allocations: AllocationRow[]
  workforce: Workforce
  iros: UserRow[]
  rng: Rng
  ids: Rng
  calendar: WorkingDays
  today: IsoDate
}): CaseworkRows {
  const { infos, allocations, workforce, rng, ids, calendar, today } = input
  const yesterday = plusDays(today, -1)
  const rows: CaseworkRows = {
    ...emptyPlanRows(),
    assessments: [],
    strategyDiscussions: [],
    s47Enquiries: [],
    cpConferences: [],
    cpPlans: [],
    stepDowns: [],
    cinClosures: [],
  }
  const plans = planMaker({ rng, ids, calendar, today, rows })
  const chairs = [...input.iros.map((u) => u.id), workforce.demo.iro]
  const at = (date: IsoDate, from = 9 * 60, to = 17 * 60) => londonInstant(date, rng.int(from, to))
  const wd = (date: IsoDate, n: number) => calendar.addWorkingDays(date, n)

  const byReferral = new Map<string, AllocationRow[]>()
  for (const a of allocations) {
    if (!a.referralId) continue
    const list = byReferral.get(a.referralId)
    if (list) list.push(a)
    else byReferral.set(a.referralId, [a])
  }
  for (const list of byReferral.values())
    list.sort((x, y) => (x.startDate < y.startDate ? -1 : x.startDate > y.startDate ? 1 : 0))
  const assessmentTeams = workforce.byService.get('assessment') ?? []

  // The demo social worker's live cases, oldest first: the first few go onto CP and CIN plans.
  const forced = new Map<string, Path>()
  const demoLive = infos
    .filter(
      (i) =>
        !i.episode.endDate &&
        byReferral
          .get(i.referral.id)
          ?.some((a) => a.workerId === workforce.demo.social_worker && a.endDate === null),
    )
    .filter((i) => i.referral.referralDate < plusDays(today, -70))
  demoLive.forEach((i, n) => {
    if (n < DEMO_CP_CASES) forced.set(i.referral.id, 'CP')
    else if (n < DEMO_CP_CASES + DEMO_CIN_CASES) forced.set(i.referral.id, 'CIN')
  })

  for (const info of infos) {
    const { referral, episode, child } = info
    const ref = referral.referralDate
    const epEnd = episode.endDate ?? null
    const limit = epEnd ?? yesterday
    const force = forced.get(referral.id) ?? null
    const allocs = byReferral.get(referral.id)
    const fallbackTeam = rng.pick(assessmentTeams)
    const fallback = { workerId: rng.pick(fallbackTeam.workerIds), managerId: fallbackTeam.managerId }
    const who = (date: IsoDate) => {
      if (!allocs) return fallback
      let current = allocs[0] as AllocationRow
      for (const a of allocs) if (a.startDate <= date) current = a
      return { workerId: current.workerId, managerId: current.allocatedBy }
    }
    const common = { childId: referral.childId, cinEpisodeId: episode.id }
    const youngerThanTwo =
      (child.row.dateOfBirth ?? child.row.expectedDateOfBirth ?? '') > plusDays(today, -730)

    // --- Assessment: every referral has one (domain.md §4.1: about one per referral). ---
    const planStart = wd(ref, rng.int(0, 2))
    const start = planStart <= limit ? planStart : ref
    const due = wd(ref, 45)
    const late = rng.chance(rates.lateAssessment)
    let authorisedOn: IsoDate | null = wd(ref, late ? rng.int(46, 75) : rng.int(8, 45))
    if (force && authorisedOn > yesterday) authorisedOn = wd(ref, rng.int(10, 40))
    if (epEnd && authorisedOn > epEnd) authorisedOn = epEnd
    if (authorisedOn < start) authorisedOn = start
    const generatedOn = authorisedOn
    if (!epEnd && (authorisedOn > yesterday || (!force && rng.chance(rates.unsignedOlder)))) authorisedOn = null
    // Planted: assessments left unsigned, and the case run on as if they were not done. Only recent
    // ones stay unsigned: one open for over a year breaks CIN rule 8736, and the census exports must
    // raise no ERROR (issue 4). An older one is signed late, on its date, with nothing else changed
    // (the random draws below follow `authorisedOn` as drawn, so the rest of the council is stable).
    const signedOn =
      authorisedOn ?? (generatedOn <= yesterday && start < plusDays(yesterday, -90) ? generatedOn : null)
    const path: Path =
      force ??
      (info.strategy
        ? 'CP'
        : authorisedOn && (!epEnd || daysFrom(ref, epEnd) >= 90) && rng.chance(rates.cinPlan)
          ? 'CIN'
          : null)
    const seenOn = plusDays(start, rng.int(0, 6))
    const seen = rng.chance(0.96) && seenOn <= (authorisedOn ?? limit)
    const outcome =
      path === 'CP' ? 'STRATEGY' : path === 'CIN' ? 'CIN_PLAN' : rng.chance(0.65) ? 'NFA' : 'EARLY_HELP'
    const factors =
      outcome === 'NFA' && rng.chance(0.3)
        ? ['21']
        : [...new Set(Array.from({ length: rng.int(1, 3) }, () => rng.pick(factorCodes)))]
    const assessor = who(start)
    rows.assessments.push({
      id: ids.uuid(),
      ...common,
      referralId: referral.id,
      startDate: start,
      childSeenOn: seen ? seenOn : null,
      childSeenAloneOn: seen && !youngerThanTwo && rng.chance(0.7) ? seenOn : null,
      // A longer assessment has its internal review at 15 working days (a local practice; no draw,
      // so the rest of the council is unchanged).
      internalReviewOn: signedOn && signedOn > wd(start, 20) ? wd(start, 15) : null,
      factors: authorisedOn || rng.chance(0.5) || signedOn ? factors : [],
      outcome: signedOn ? outcome : null,
      nextStep: signedOn ? (nextSteps[outcome] ?? null) : null,
      lateReason: authorisedOn && authorisedOn > due ? rng.pick(lateReasons) : signedOn && signedOn > due ? lateReasons[0]! : null,
      authorisedBy: signedOn ? who(signedOn).managerId : null,
      authorisedOn: signedOn,
      createdBy: assessor.workerId,
      createdAt: at(start),
    })

    // --- Child protection, then CIN plans, in time order within the episode. ---
    const ctx: CaseContext = {
      rng,
      ids,
      rows,
      plans,
      chairs,
      yesterday,
      at,
      wd,
      who,
      common,
      referral,
      epEnd,
      youngerThanTwo,
    }
    let hadPlan = false
    let cpFrom: IsoDate | null = path === 'CP' ? ref : null
    let cinFrom: IsoDate | null =
      path === 'CIN' && authorisedOn ? plusDays(authorisedOn, rng.int(0, 7)) : null
    for (let round = 0; round < 3 && (cpFrom || cinFrom); round++) {
      if (cpFrom) {
        // A re-escalation is certain to end in a plan; a forced demo case's plan stays open.
        const r = cpChain(ctx, cpFrom, limit, round > 0 || force === 'CP', force === 'CP')
        cpFrom = null
        if (!r) break
        hadPlan = true
        if (r.end && r.end < limit && (r.stepDown || rng.chance(0.3))) cinFrom = r.end
        if (r.stepDown && r.end) {
          // Re-escalation within 6 months of a step-down (planted, the 2024 Leicester finding).
          const back = plusDays(r.end, rng.int(30, 170))
          if (back < limit && rng.chance(rates.reEscalation)) cpFrom = back
        }
        if (cinFrom) {
          const end = cpFrom ? cpFrom : epEnd
          const plan = plans.cinPlan({
            ...common,
            episodeId: episode.id,
            start: cinFrom,
            end,
            endReason: cpFrom ? 'Escalated to a child protection plan' : 'Case closed',
            who,
          })
          if (r.stepDown) r.stepDown.cinPlanId = plan.id
          if (!end)
            plans.visits({ childId: referral.childId, kind: 'CIN', start: cinFrom, who, youngerThanTwo })
          cinFrom = null
        }
      } else if (cinFrom) {
        if (cinFrom > limit) break
        hadPlan = true
        plans.cinPlan({
          ...common,
          episodeId: episode.id,
          start: cinFrom,
          end: epEnd,
          endReason: 'Case closed',
          who,
        })
        if (!epEnd)
          plans.visits({ childId: referral.childId, kind: 'CIN', start: cinFrom, who, youngerThanTwo })
        cinFrom = null
      }
    }

    // --- Closure: a reason consistent with what happened (RC8/RC9 only after an assessment with no
    // s47 or plan after it: CIN rule 2990). ---
    if (epEnd) {
      const afterAssessment =
        hadPlan || !authorisedOn
          ? rng.weighted(plannedClosures)
          : outcome === 'EARLY_HELP'
            ? 'RC9'
            : rng.chance(0.85)
              ? 'RC8'
              : 'RC7'
      // A strategy discussion that led to no plan still rules out "closed after assessment".
      const reason = path === 'CP' && (afterAssessment === 'RC8' || afterAssessment === 'RC9') ? 'RC7' : afterAssessment
      episode.closureReason = reason
      rows.cinClosures.push({
        id: ids.uuid(),
        ...common,
        closedOn: epEnd,
        reason,
        note: closureNotes[reason] ?? 'Case closed.',
        signedOffBy: who(epEnd).managerId,
        createdAt: at(epEnd, 14 * 60, 17 * 60 + 30),
      })
    }
  }
  return rows
}

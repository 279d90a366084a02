/**
 * The statutory record of each child in care (issue 5 part 3–4), drawn after care.ts: the IRO and
 * reviews (CPPCR 2010 reg 33: 20 working days, 3 months, then 6-monthly), visits (reg 28: a week
 * after each placement starts, then about every 6 weeks, 3 months in a long-term placement), health
 * (initial assessment, yearly reviews, dental, SDQ), PEPs each term, the care and placement plans,
 * the permanence plan, and the OC2 facts for each year a child was in care 12 months at 31 March.
 * Planted weaknesses: some first reviews and visits late, some health assessments missed.
 */
import type { IsoDate } from '../domain/timescales/index.js'
import type { CareChild } from './care.js'
import { daysFrom, plusDays, type WorkingDays } from './days.js'
import type { Rng } from './random.js'
import type { AnnualOutcomeRow, ClaReviewRow, HealthRecordRow, IroAllocationRow, PepRow, PermanencePlanRow, PlanActionRow, PlanRow, UserRow, VisitRow } from './rows.js'

export type CareRecordsInput = { cared: readonly CareChild[]; iros: readonly UserRow[]; rng: Rng; ids: Rng; calendar: WorkingDays; today: IsoDate }

const at = (d: IsoDate) => new Date(`${d}T12:00:00Z`)
const ageOn = (dob: IsoDate, on: IsoDate) => Math.floor(daysFrom(dob, on) / 365.25)
const plusMonths = (d: IsoDate, n: number): IsoDate => {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number]
  const t = new Date(Date.UTC(y, m - 1 + n, day))
  return t.toISOString().slice(0, 10) as IsoDate
}

export function simulateCareRecords(input: CareRecordsInput) {
  const { rng, ids, calendar, today } = input
  const yesterday = plusDays(today, -1)
  const rows = {
    iroAllocations: [] as IroAllocationRow[],
    claReviews: [] as ClaReviewRow[],
    visits: [] as VisitRow[],
    healthRecords: [] as HealthRecordRow[],
    educationPlanReviews: [] as PepRow[],
    permanencePlans: [] as PermanencePlanRow[],
    claAnnualOutcomes: [] as AnnualOutcomeRow[],
    plans: [] as PlanRow[],
    planActions: [] as PlanActionRow[],
  }

  for (const c of input.cared) {
    const { period, dob, workerId } = c
    const start = period.startedOn
    const until = period.endedOn && period.endedOn < yesterday ? period.endedOn : yesterday
    const iro = rng.pick(input.iros)
    const by = { createdBy: workerId }
    rows.iroAllocations.push({ id: ids.uuid(), childId: c.child.id, iroId: iro.id, startDate: start, endDate: period.endedOn ?? null, ...by, createdAt: at(start) })

    // Reviews: first within 20 working days (planted: 12% late), second 3 months on, then 6-monthly.
    const reviews: ClaReviewRow[] = []
    let review = rng.chance(0.12) ? calendar.addWorkingDays(start, rng.int(21, 30)) : calendar.addWorkingDays(start, rng.int(12, 20))
    for (let n = 0; review <= until; n++) {
      const age = ageOn(dob, review)
      const participation = age < 4 ? 'PN0' : rng.weighted([['PN1', 45], ['PN2', 8], ['PN3', 5], ['PN4', 5], ['PN5', 10], ['PN6', 20], ['PN7', 7]])
      reviews.push({ id: ids.uuid(), childId: c.child.id, periodId: period.id, heldOn: review, participation, iroId: iro.id, recommendations: 'Care plan endorsed; actions agreed with the child and carers.', imported: false, ...by, createdAt: at(review) })
      review = n === 0 ? plusDays(plusMonths(review, 3), -rng.int(0, 14)) : plusDays(plusMonths(review, 6), rng.chance(0.08) ? rng.int(5, 40) : -rng.int(0, 20))
    }

    // Visits: a week after each placement starts (planted: 10% late), then every 6 weeks or 3 months.
    const placements = c.episodes.filter((e) => e.change !== 'LEGAL_STATUS')
    placements.forEach((p, i) => {
      const ends = placements[i + 1]?.startsOn ?? until
      let visit = plusDays(p.startsOn, rng.chance(0.1) ? rng.int(8, 15) : rng.int(1, 7))
      while (visit <= ends && visit <= until) {
        const seen = rng.chance(0.97)
        rows.visits.push({ id: ids.uuid(), childId: c.child.id, kind: 'CLA', visitedOn: visit, childSeen: seen, seenAlone: seen && ageOn(dob, visit) >= 4 && rng.chance(0.75), notes: 'Visited in placement; child’s views recorded.', ...by, createdAt: at(visit) })
        const longTerm = p.longTerm && daysFrom(p.startsOn, visit) > 365
        visit = plusDays(visit, longTerm ? rng.int(70, 92) : rng.chance(0.08) ? rng.int(43, 60) : rng.int(28, 42))
      }
    })

    // Health: the initial assessment within 20 working days (planted: 15% late), then reviews, dental and SDQ.
    const iha = calendar.addWorkingDays(start, rng.chance(0.15) ? rng.int(21, 45) : rng.int(5, 20))
    if (iha <= until) rows.healthRecords.push({ id: ids.uuid(), childId: c.child.id, kind: 'INITIAL_HEALTH_ASSESSMENT', doneOn: iha, sdqScore: null, notes: null, imported: false, ...by, createdAt: at(iha) })
    for (let check = plusMonths(iha, ageOn(dob, iha) < 5 ? 6 : 12); check <= until; check = plusMonths(check, ageOn(dob, check) < 5 ? 6 : 12)) {
      if (rng.chance(0.9)) rows.healthRecords.push({ id: ids.uuid(), childId: c.child.id, kind: 'REVIEW_HEALTH_ASSESSMENT', doneOn: check, sdqScore: null, notes: null, imported: false, ...by, createdAt: at(check) })
      if (rng.chance(0.85)) rows.healthRecords.push({ id: ids.uuid(), childId: c.child.id, kind: 'DENTAL', doneOn: plusDays(check, rng.int(1, 20)), sdqScore: null, notes: null, imported: false, ...by, createdAt: at(check) })
      if (rng.chance(0.9)) rows.healthRecords.push({ id: ids.uuid(), childId: c.child.id, kind: 'IMMUNISATIONS', doneOn: plusDays(check, rng.int(1, 20)), sdqScore: null, notes: null, imported: false, ...by, createdAt: at(check) })
      const age = ageOn(dob, check)
      if (age >= 4 && age <= 16) rows.healthRecords.push({ id: ids.uuid(), childId: c.child.id, kind: 'SDQ', doneOn: plusDays(check, rng.int(1, 25)), sdqScore: Math.round(rng.normal(14, 6, 0, 40)), notes: null, imported: false, ...by, createdAt: at(check) })
    }

    // PEP each term for school-age children.
    if (ageOn(dob, start) >= 4) for (let pep = calendar.addWorkingDays(start, rng.int(5, 12)); pep <= until && ageOn(dob, pep) < 18; pep = plusDays(pep, rng.int(100, 130)))
      rows.educationPlanReviews.push({ id: ids.uuid(), childId: c.child.id, reviewedOn: pep, school: 'Local school (synthetic)', notes: 'Targets reviewed with the designated teacher; pupil premium plus agreed.', ...by, createdAt: at(pep) })

    // Care plan within 10 working days, placement plan within 5 (planted: a few late), and permanence at the second review.
    const carePlanOn = calendar.addWorkingDays(start, rng.chance(0.1) ? rng.int(11, 20) : rng.int(0, 10))
    const placementPlanOn = calendar.addWorkingDays(start, rng.chance(0.1) ? rng.int(6, 12) : rng.int(0, 5))
    for (const [kind, on] of [['CARE', carePlanOn], ['PLACEMENT', placementPlanOn]] as const) {
      if (on > until) continue
      const plan: PlanRow = { id: ids.uuid(), childId: c.child.id, cinEpisodeId: null, kind, startDate: on, endDate: period.endedOn ?? null, endReason: period.endedOn ? 'Ceased to be looked after' : null, wishesAndFeelings: rng.chance(0.92) ? 'Wants to keep seeing their brother and stay at the same school.' : null, identity: rng.chance(0.88) ? 'Heritage, faith and language needs recorded; life-story work started.' : null, safetyPlan: null, parentsHistory: null, createdBy: workerId, createdAt: at(on) }
      rows.plans.push(plan)
      if (kind === 'CARE' && rng.chance(0.9)) rows.planActions.push({ id: ids.uuid(), planId: plan.id, childId: c.child.id, action: 'Arrange family time twice a month', ownerUserId: workerId, ownerName: null, outcome: 'Family time log shows two sessions a month', dueOn: plusDays(on, 28), status: on < plusDays(today, -40) ? 'DONE' : 'IN_PROGRESS', createdBy: workerId, createdAt: at(on) })
    }
    rows.claReviews.push(...reviews)
    const second = reviews[1]
    if (second && rng.chance(0.93)) rows.permanencePlans.push({ id: ids.uuid(), childId: c.child.id, plan: c.episodes.some((e) => e.legalStatus === 'E1') ? 'ADOPTION' : rng.weighted([['LONG_TERM_FOSTERING', 45], ['RETURN_HOME', 20], ['FAMILY_AND_FRIENDS', 15], ['SGO', 10], ['RESIDENTIAL', 5], ['INDEPENDENCE', 5]]), decidedOn: second.heldOn, notes: 'Agreed at the second review.', ...by, createdAt: at(second.heldOn) })

    // OC2: each 31 March by which the child had been looked after for 12 months continuously. The
    // SDQ score comes from the health records; a reason is given only where a score is due and none
    // was recorded in the year (903 rules 186, 188, 189, 197a).
    for (let year = Number(start.slice(0, 4)) + 1; year <= Number(today.slice(0, 4)); year++) {
      const march = `${year}-03-31` as IsoDate
      if (march >= today || daysFrom(start, march) < 365 || (period.endedOn && period.endedOn <= march)) continue
      const age = ageOn(dob, march)
      const april = `${year - 1}-04-01` as IsoDate
      const sdqDue = age >= 4 && ageOn(dob, april) < 17
      const scored = rows.healthRecords.some((h) => h.childId === c.child.id && h.kind === 'SDQ' && h.doneOn >= april && h.doneOn <= march)
      const misuse = age >= 11 && rng.chance(0.06)
      const received = misuse ? rng.chance(0.7) : false
      rows.claAnnualOutcomes.push({ id: ids.uuid(), childId: c.child.id, collectionYear: year, convicted: age >= 10 ? (rng.chance(0.04) ? '1' : '0') : '', substanceMisuse: misuse ? '1' : '0', interventionReceived: misuse ? (received ? '1' : '0') : '', interventionOffered: misuse && !received ? (rng.chance(0.6) ? '1' : '0') : '', sdqReason: sdqDue && !scored ? rng.pick(['SDQ2', 'SDQ4', 'SDQ5']) : null, imported: false, importedSdqScore: null, importedHealthCheck: null, importedImmunisations: null, importedTeethCheck: null, importedHealthAssessment: null, ...by, createdAt: at(march) })
    }
  }
  return rows
}

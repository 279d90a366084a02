/**
 * Care leavers (issue 5 part 6), drawn after care.ts: every young person whose care ended at 18 in
 * the last four years (Children Act 1989 s23C: former relevant children), and those aged 16–17 in
 * care for 13 weeks since 14 (eligible). Each has a personal adviser from the care leavers team, a
 * pathway plan reviewed about every 6 months, PA contact about every 8 weeks (planted gaps), OC3 for
 * each birthday from 17 to 21, staying put for some, and a few in custody (planted: not visited).
 */
import type { IsoDate } from '../domain/timescales/index.js'
import type { CareChild } from './care.js'
import { daysFrom, plusDays } from './days.js'
import type { Rng } from './random.js'
import type { CareLeaverOutcomeRow, CareLeaverRow, CustodySpellRow, PaAllocationRow, PaContactRow, PlanRow } from './rows.js'
import type { Workforce } from './workforce.js'

const at = (d: IsoDate) => new Date(`${d}T12:00:00Z`)
// Born on 29 February: the birthday falls on 1 March in a common year.
const birthday = (dob: IsoDate, age: number) => {
  const year = Number(dob.slice(0, 4)) + age
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return (dob.slice(5) === '02-29' && !leap ? `${year}-03-01` : `${year}${dob.slice(4)}`) as IsoDate
}

export function simulateCareLeavers(input: { cared: readonly CareChild[]; workforce: Workforce; rng: Rng; ids: Rng; today: IsoDate }) {
  const { rng, ids, today, workforce } = input
  const yesterday = plusDays(today, -1)
  const rows = { careLeavers: [] as CareLeaverRow[], paAllocations: [] as PaAllocationRow[], paContacts: [] as PaContactRow[], careLeaverOutcomes: [] as CareLeaverOutcomeRow[], custodySpells: [] as CustodySpellRow[], plans: [] as PlanRow[] }
  const pas = (workforce.byService.get('care_leavers') ?? []).flatMap((t) => t.workerIds.map((id) => ({ id, managerId: t.managerId })))
  if (pas.length === 0) return rows
  for (const c of input.cared) {
    const { dob, period } = c
    const sixteen = birthday(dob, 16)
    const eighteen = birthday(dob, 18)
    const leftAt18 = period.endedOn === eighteen && ['E17', 'E5', 'E6', 'E8'].includes(period.reasonCeased ?? '')
    const eligible = !period.endedOn && sixteen <= yesterday && daysFrom(period.startedOn, yesterday) >= 91
    if (!leftAt18 && !eligible) continue
    const pa = rng.pick(pas)
    const from = sixteen > period.startedOn ? sixteen : period.startedOn
    const needs = plusDays(from, rng.chance(0.1) ? rng.int(95, 150) : rng.int(20, 88))
    rows.careLeavers.push({ childId: c.child.id, eligibility: leftAt18 ? 'FORMER_RELEVANT' : 'ELIGIBLE', needsAssessmentOn: needs <= yesterday ? needs : null, stayingPut: period.reasonCeased === 'E17', apprenticeship: rng.chance(0.08), localOfferUntil: birthday(dob, 25), createdBy: pa.managerId, createdAt: at(from), version: 1 })
    rows.paAllocations.push({ id: ids.uuid(), childId: c.child.id, paId: pa.id, startDate: from, endDate: null, createdBy: pa.managerId, createdAt: at(from) })
    const plan: PlanRow = { id: ids.uuid(), childId: c.child.id, cinEpisodeId: null, kind: 'PATHWAY', startDate: needs <= yesterday ? needs : from, endDate: null, endReason: null, wishesAndFeelings: 'Wants to study and live near friends.', identity: 'Faith and community links in the plan.', safetyPlan: null, parentsHistory: null, createdBy: pa.id, createdAt: at(from) }
    rows.plans.push(plan)
    // PA contact about every 8 weeks (planted: 12% gaps), face to face mostly.
    const custody = leftAt18 && rng.chance(0.04) ? { from: plusDays(eighteen, rng.int(30, 500)), days: rng.int(60, 400) } : null
    for (let on = plusDays(from, rng.int(7, 30)); on <= yesterday; on = plusDays(on, rng.chance(0.12) ? rng.int(60, 120) : rng.int(20, 55))) {
      const inCustody = custody && on >= custody.from && on <= plusDays(custody.from, custody.days)
      if (inCustody && rng.chance(0.6)) continue // planted: young people in custody not visited for long periods (Ofsted 2024)
      rows.paContacts.push({ id: ids.uuid(), childId: c.child.id, contactedOn: on, kind: inCustody ? 'CUSTODY_VISIT' : rng.chance(0.7) ? 'VISIT' : 'CONTACT', faceToFace: inCustody ? true : rng.chance(0.75), notes: 'Pathway plan goals discussed.', createdBy: pa.id, createdAt: at(on) })
    }
    if (custody && custody.from <= yesterday) {
      const end = plusDays(custody.from, custody.days)
      rows.custodySpells.push({ id: ids.uuid(), childId: c.child.id, establishment: 'HMP/YOI (synthetic)', startedOn: custody.from, endedOn: end <= yesterday ? end : null, releasePlan: rng.chance(0.6) ? 'Supported accommodation and education place arranged for release.' : null, createdBy: pa.id, createdAt: at(custody.from), version: 1 })
    }
    // OC3 for each birthday from 17 to 21 in a collection year that has ended or is under way.
    for (let age = 17; age <= 21; age++) {
      const day = birthday(dob, age)
      if (day > yesterday) break
      const year = Number(day.slice(0, 4)) + (day.slice(5) > '03-31' ? 1 : 0)
      // OC3 is for young people who had left care before the birthday (903 rule 1016).
      if (!period.endedOn || period.endedOn >= day) continue
      const inTouch = rng.weighted([['YES', 88], ['NO', 7], ['REFU', 3], ['NREQ', 2]])
      const touching = inTouch === 'YES'
      const activity = touching ? rng.weighted([['F2', 30], ['F5', 10], ['F4', 15], ['P4', 8], ['F1', 7], ['G5', 22], ['G4', 5], ['G6', 3]]) : '0'
      // Rule 3001: around the 17th birthday the young person cannot be with former foster carers.
      const accommodation = touching ? rng.weighted(age === 17 ? [['C1', 30], ['D1', 30], ['E1', 15], ['B1', 15], ['U1', 10]] : [['U1', 30], ['D1', 20], ['Z1', 15], ['B1', 15], ['E1', 10], ['V2', 4], ['W2', 3], ['S2', 3]]) : '0'
      rows.careLeaverOutcomes.push({ id: ids.uuid(), childId: c.child.id, collectionYear: year, inTouch, activity, accommodation, imported: false, createdBy: pa.id, createdAt: at(day) })
    }
  }
  return rows
}

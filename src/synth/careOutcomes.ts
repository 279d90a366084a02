/**
 * Missing episodes, return home interviews and exploitation screening; private fostering; adoption
 * (issue 5 parts 5, 7 and 8), drawn after care.ts with their own streams.
 *
 * - Missing: about 3 in 10 children in care aged 12+ go missing or away, some repeatedly. A return
 *   home interview is offered within 72 hours for most (planted: 15% late or not offered), and
 *   repeat missing brings a CSE/CCE screening for most (planted: some not screened).
 * - Private fostering: a handful of arrangements at once (Leicester had 3–9), notified by schools.
 * - Adoption: children on placement orders (E1) have the agency decision, a match, a placement with
 *   adopters and, for some, the adoption order that ends their care (E11).
 */
import type { IsoDate } from '../domain/timescales/index.js'
import type { CareChild } from './care.js'
import { daysFrom, plusDays } from './days.js'
import type { Rng } from './random.js'
import type { AdopterRow, AdoptionDecisionRow, AdoptionRow, ChildRow, MissingEpisodeRow, PfArrangementRow, PfVisitRow, ReturnInterviewRow, ScreeningRow } from './rows.js'

const at = (d: IsoDate) => new Date(`${d}T12:00:00Z`)
const HOUR = 3_600_000

export function simulateCareOutcomes(input: { cared: readonly CareChild[]; children: readonly ChildRow[]; createdBy: string; rng: Rng; ids: Rng; today: IsoDate }) {
  const { rng, ids, today, createdBy } = input
  const yesterday = plusDays(today, -1)
  const rows = {
    missingEpisodes: [] as MissingEpisodeRow[], returnInterviews: [] as ReturnInterviewRow[], exploitationScreenings: [] as ScreeningRow[],
    privateFosteringArrangements: [] as PfArrangementRow[], privateFosteringVisits: [] as PfVisitRow[],
    adopters: [] as AdopterRow[], adoptionDecisions: [] as AdoptionDecisionRow[], adoptions: [] as AdoptionRow[],
  }
  for (const c of input.cared) {
    const until = c.period.endedOn && c.period.endedOn < yesterday ? c.period.endedOn : yesterday
    const from = plusDays(`${Number(c.dob.slice(0, 4)) + 12}${c.dob.slice(4)}` as IsoDate, 0)
    const start = from > c.period.startedOn ? from : c.period.startedOn
    if (start >= until || !rng.chance(0.3)) continue
    const count = rng.weighted([[1, 40], [2, 20], [3, 15], [5, 12], [8, 8], [12, 5]])
    let cursor = plusDays(start, rng.int(1, 30))
    const episodes: MissingEpisodeRow[] = []
    for (let n = 0; n < count && cursor < until; n++) {
      const started = new Date(at(cursor).getTime() + rng.int(8, 23) * HOUR - 12 * HOUR)
      const ended = new Date(started.getTime() + rng.int(3, 96) * HOUR)
      if (ended.getTime() >= at(until).getTime()) break
      const ep: MissingEpisodeRow = { id: ids.uuid(), childId: c.child.id, kind: rng.chance(0.75) ? 'M' : 'A', startedAt: started, endedAt: ended, whereFound: rng.pick(['With friends in the city centre', 'At a relative’s home', 'Returned to placement by police', 'Found at a train station']), imported: false, createdBy: c.workerId, createdAt: started, version: 1 }
      episodes.push(ep)
      const late = rng.chance(0.15)
      if (!late || rng.chance(0.5)) {
        const offeredAt = new Date(ended.getTime() + (late ? rng.int(73, 140) : rng.int(2, 70)) * HOUR)
        const response = rng.weighted([['ACCEPTED', 65], ['DECLINED', 30], ['AWAITING', 5]])
        rows.returnInterviews.push({ id: ids.uuid(), missingEpisodeId: ep.id, childId: c.child.id, offeredAt, response, heldOn: response === 'ACCEPTED' ? plusDays(offeredAt.toISOString().slice(0, 10) as IsoDate, rng.int(0, 3)) : null, findings: response === 'ACCEPTED' ? 'Went to meet older friends; exploitation risk discussed.' : null, createdBy: c.workerId, createdAt: offeredAt, version: 1 })
      }
      cursor = plusDays(ended.toISOString().slice(0, 10) as IsoDate, rng.int(5, 60))
    }
    rows.missingEpisodes.push(...episodes)
    if (episodes.length >= 2 && rng.chance(0.8)) {
      const on = plusDays(episodes[1]!.endedAt!.toISOString().slice(0, 10) as IsoDate, rng.int(1, 10))
      if (on <= yesterday) {
        const risk = rng.weighted([['LOW', 45], ['MEDIUM', 35], ['HIGH', 15], ['NONE', 5]])
        const referred = risk === 'HIGH' || risk === 'MEDIUM'
        rows.exploitationScreenings.push({ id: ids.uuid(), childId: c.child.id, kind: rng.chance(0.6) ? 'CSE' : 'CCE', screenedOn: on, riskLevel: risk, prompt: 'Repeat missing episodes', meetingReferredOn: referred ? plusDays(on, rng.int(1, 7)) : null, meetingOutcome: referred && rng.chance(0.8) ? 'Disruption plan agreed; safety plan with carers.' : null, notes: null, createdBy: c.workerId, createdAt: at(on), version: 1 })
      }
    }
  }

  // Private fostering: a few children not in care, notified in the last two years.
  const inCare = new Set(input.cared.map((c) => c.child.id))
  const candidates = input.children.filter((c) => c.dateOfBirth && !inCare.has(c.id) && daysFrom(c.dateOfBirth, today) > 6 * 365 && daysFrom(c.dateOfBirth, today) < 15 * 365)
  for (let n = 0; n < Math.min(9, candidates.length); n++) {
    const child = rng.pick(candidates)
    if (rows.privateFosteringArrangements.some((a) => a.childId === child.id)) continue
    const notified = plusDays(today, -rng.int(20, 700))
    const started = plusDays(notified, -rng.int(0, 20))
    const ended = rng.chance(0.4) ? plusDays(notified, rng.int(60, 300)) : null
    const endedOn = ended && ended < yesterday ? ended : null
    const arrangement: PfArrangementRow = { id: ids.uuid(), childId: child.id, notifiedOn: notified, startedOn: started, carerName: 'Family friend (synthetic)', carerRelationship: rng.pick(['Family friend', 'Great-aunt', 'Older cousin', 'Host family for a language school']), assessedOn: plusDays(notified, rng.int(20, 42)) < yesterday ? plusDays(notified, rng.int(20, 42)) : null, assessmentOutcome: null, endedOn, endReason: endedOn ? 'Returned to parents' : null, createdBy, createdAt: at(notified), version: 1 }
    arrangement.assessmentOutcome = arrangement.assessedOn ? 'Arrangement suitable; carers given advice.' : null
    rows.privateFosteringArrangements.push(arrangement)
    const last = endedOn ?? yesterday
    for (let v = plusDays(notified, rng.chance(0.2) ? rng.int(8, 16) : rng.int(2, 7)), n2 = 0; v <= last; v = plusDays(v, n2 < 8 ? rng.int(30, 48) : rng.int(70, 90)), n2++)
      rows.privateFosteringVisits.push({ id: ids.uuid(), arrangementId: arrangement.id, childId: child.id, visitedOn: v, seenAlone: rng.chance(0.8), notes: 'Child seen; carer arrangements checked.', createdBy, createdAt: at(v) })
  }

  // Adoption for children on placement orders: the agency decision came before the order.
  for (const c of input.cared) {
    const track = c.adoption
    if (!track) continue
    const decided = plusDays(track.orderOn, -rng.int(30, 120))
    const reversed = !track.adopted && track.placed > yesterday && rng.chance(0.06)
    rows.adoptionDecisions.push({ id: ids.uuid(), childId: c.child.id, decidedOn: decided, reversedOn: reversed ? yesterday : null, reversalReason: reversed ? 'RD3' : null, imported: false, createdBy: c.workerId, createdAt: at(decided), version: 1 })
    if (reversed) continue
    const couple = rng.chance(0.8)
    // The adopters' legal status agrees with their sexes (903 rules 517–524).
    const sexes = couple ? rng.weighted([['MF', 85], ['MM', 7], ['FF', 8]]) : rng.weighted([['F1', 85], ['M1', 15]])
    const enquiry = plusDays(decided, -rng.int(200, 400))
    const stageOne = plusDays(enquiry, rng.int(10, 40))
    const stageTwo = plusDays(stageOne, rng.int(50, 70))
    const adopter: AdopterRow = { id: ids.uuid(), reference: `ADP-${String(rows.adopters.length + 1).padStart(4, '0')}`, household: couple ? 'Couple' : 'Single adopter', enquiryOn: enquiry, stageOneStartedOn: stageOne, stageTwoStartedOn: stageTwo, approvedOn: plusDays(stageTwo, rng.int(100, 130)), withdrawnOn: null, createdBy: c.workerId, createdAt: at(enquiry), version: 1 }
    rows.adopters.push(adopter)
    rows.adoptions.push({ id: ids.uuid(), childId: c.child.id, decidedOn: decided, placementOrderOn: track.orderOn, matchedOn: track.matched <= yesterday ? track.matched : null, placedOn: track.placed <= yesterday ? track.placed : null, adoptionOrderOn: track.adopted, adopterId: adopter.id, fosterCarers: track.fosterCarers ? '1' : '0', adopterCount: couple ? '2' : '1', adopterSexes: sexes, adopterLegalStatus: couple ? (sexes === 'MF' ? rng.weighted([['L11', 75], ['L3', 25]]) : rng.weighted([['L12', 60], ['L2', 20], ['L4', 20]])) : 'L0', reversedOn: null, imported: false, createdBy: c.workerId, createdAt: at(decided), version: 1 })
  }
  return rows
}

/**
 * Children in care (issue 5) as a pass after the casework, with its own random streams, so the
 * casework drawn before is unchanged. Who comes into care, and how:
 *
 * - Children in care proceedings (court.ts): an interim care order (C1) from the day the application
 *   was issued, then the final order: a care order (C2), a placement order (E1, the adoption track),
 *   or the end of care at a special guardianship, child arrangements or no order.
 * - Others accommodated under section 20 (V2) during a CIN episode; a few are unaccompanied
 *   asylum-seeking children aged 15–17 (category of need N8, absent parenting).
 * - Enough to hold about 67 per 10,000 children in care at once (England 2025: 70 per 10,000;
 *   research/domain.md §4), and young people who left care at 18 in the last four years become the
 *   care leavers (careLeavers pass).
 *
 * Each period is a list of changes (care_episodes): the start, placement moves with the reason the
 * placement ended, and legal status changes. The 903 episodes are derived from them at export.
 */
import type { IsoDate } from '../domain/timescales/index.js'
import { daysFrom, plusDays } from './days.js'
import type { Rng, Weighted } from './random.js'
import type { AllocationRow, CareEpisodeRow, CarePeriodRow, CareProceedingsRow, ChildRow, EpisodeRow, ParenthoodRow, PrevPermRow, UascRow, UnregisteredRow } from './rows.js'
import type { SynthSize } from './sizes.js'
import type { Workforce } from './workforce.js'

/** The adoption track of a child on a placement order (Adoption and Children Act 2002 s21). */
export type AdoptionTrack = { orderOn: IsoDate; matched: IsoDate; placed: IsoDate; adopted: IsoDate | null; fosterCarers: boolean }
export type CareChild = { child: ChildRow; dob: IsoDate; period: CarePeriodRow; episodes: CareEpisodeRow[]; uasc: boolean; workerId: string; adoption: AdoptionTrack | null }

export type CareInput = {
  children: readonly ChildRow[]
  cinEpisodes: readonly EpisodeRow[]
  careProceedings: readonly CareProceedingsRow[]
  allocations: AllocationRow[]
  workforce: Workforce
  rng: Rng
  ids: Rng
  today: IsoDate
  size: SynthSize
}

export const careRates = {
  /** Children in care at once, per referral a year (4,300 referrals → about 550). */
  inCarePerReferral: 0.128,
  /** Care leavers aged 18–21 today, per referral a year (about 200 in Leicester). */
  leaversPerReferral: 0.047,
  uasc: 0.06,
  /** Section 20 periods that end with a return home within about a year. */
  shortStay: 0.4,
  unregistered: 0.02,
}

const HOME_DISTRICTS = ['LE1', 'LE2', 'LE3', 'LE4', 'LE5']
const FAR = ['NG7', 'DE22', 'CV1', 'B15', 'NN1', 'PE1', 'S10', 'M14', 'LE11', 'LE65']
const letters = 'ABDEFGHJLNPQRSTUWXYZ'
const postcodeIn = (rng: Rng, districts: readonly string[]) => `${rng.pick(districts)} ${rng.int(1, 9)}${letters[rng.int(0, 19)]}${letters[rng.int(0, 19)]}`

type Placement = { type: string; provider: string | null; urn: string | null; postcode: string; longTerm: boolean }

const byAge = (age: number, at: IsoDate): Weighted<string> =>
  age < 1 ? [['U6', 60], ['U3', 25], ['U5', 10], ['U2', 5]]
    : age < 12 ? [['U6', 50], ['U4', 18], ['U3', 12], ['U1', 6], ['K2', 5], ['P1', 4], ['U5', 5]]
      : age < 16 ? [['U6', 35], ['U4', 15], ['K2', 30], ['U3', 10], ['U1', 5], ['K1', 1], ['R1', 4]]
        : at >= '2024-04-01' ? [['U6', 30], ['K2', 25], ['K3', 30], ['U4', 10], ['U3', 5]] : [['U6', 40], ['K2', 35], ['U4', 15], ['U3', 10]]

function placement(rng: Rng, age: number, at: IsoDate, legal: string, planned?: string): Placement {
  // Placed with parents (P1) only under a care order: not while accommodated under s20 (903 rule 378).
  const drawn = planned ?? rng.weighted(byAge(age, at))
  const type = drawn === 'P1' && !['C1', 'C2'].includes(legal) ? 'U6' : drawn
  const agency = ['U4', 'U5', 'U6'].includes(type) && rng.chance(0.3)
  const provider = type === 'P1' ? 'PR0' : ['K2', 'K3'].includes(type) ? (rng.chance(0.8) ? 'PR4' : 'PR1') : type === 'R1' ? 'PR3' : type === 'K1' ? 'PR2' : agency ? 'PR4' : 'PR1'
  // Ofsted URNs: children's homes, secure homes, supported accommodation and fostering agencies.
  const urn = ['K1', 'K2', 'K3'].includes(type) || agency ? `SC${String(rng.int(100000, 999999))}` : null
  const far = ['K1', 'K2', 'R1'].includes(type) ? 0.45 : 0.15
  return { type, provider, urn, postcode: postcodeIn(rng, rng.chance(far) ? FAR : HOME_DISTRICTS), longTerm: ['U1', 'U4'].includes(type) }
}

const ageOn = (dob: IsoDate, at: IsoDate) => Math.floor(daysFrom(dob, at) / 365.25)
// A child born on 29 February turns 18 on 1 March in a common year (the leicester seed has no such
// child in care; the county seed does).
const eighteenth = (dob: IsoDate) => {
  const year = Number(dob.slice(0, 4)) + 18
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return (dob.slice(5) === '02-29' && !leap ? `${year}-03-01` : `${year}${dob.slice(4)}`) as IsoDate
}

export function simulateCare(input: CareInput) {
  const { rng, ids, today, workforce } = input
  const carePeriods: CarePeriodRow[] = []
  const careEpisodes: CareEpisodeRow[] = []
  const uascStatuses: UascRow[] = []
  const unregisteredPlacements: UnregisteredRow[] = []
  const previousPermanence: PrevPermRow[] = []
  const careParenthood: ParenthoodRow[] = []
  const cared: CareChild[] = []
  const yesterday = plusDays(today, -1)
  const lac = workforce.byService.get('looked_after') ?? []
  const childById = new Map(input.children.map((c) => [c.id, c]))

  function record(child: ChildRow, start: IsoDate, legal: string, need: string, uasc: boolean, plan: { changes: { on: IsoDate; legal?: string; placement?: string }[]; end: IsoDate | null; rec: string | null }, adoption: AdoptionTrack | null = null) {
    const dob = child.dateOfBirth as IsoDate
    const team = rng.pick(lac)
    const period: CarePeriodRow = { id: ids.uuid(), childId: child.id, startedOn: start, endedOn: plan.end, reasonCeased: plan.rec, imported: false, createdBy: team.managerId, createdAt: new Date(`${start}T12:00:00Z`), version: 1 }
    carePeriods.push(period)
    // Asked when a child comes into care (903 PrevPerm, rule 630): most had no earlier permanence order.
    previousPermanence.push({ id: ids.uuid(), childId: child.id, collectionYear: Number(start.slice(0, 4)) + (start.slice(5) >= '04-01' ? 1 : 0), prevPerm: 'Z1', laPerm: null, datePerm: null, createdBy: team.managerId, createdAt: period.createdAt })
    // Whether a girl in care is a mother (903 Header MOTHER, rules 393 and 607); a few older girls are.
    if (child.sex === 'F') {
      // Her child was born before she came into care, so the date is within every return she is in (rule 625).
      const mother = ageOn(dob, start) >= 16 && rng.chance(0.05)
      careParenthood.push({ childId: child.id, isMother: mother ? '1' : '0', motherChildDob: mother ? plusDays(start, -rng.int(30, 300)) : null, createdBy: team.managerId, createdAt: period.createdAt })
    }
    const home = postcodeIn(rng, HOME_DISTRICTS)
    const first = placement(rng, ageOn(dob, start), start, legal)
    // A placement at the child's own home address is only a placement with parents (903 rule 392d).
    const awayFromHome = (p: Placement): Placement => (p.postcode === home ? { ...p, postcode: postcodeIn(rng, FAR) } : p)
    const rows: CareEpisodeRow[] = []
    const add = (on: IsoDate, change: string, legalStatus: string, p: Placement, sameCarers: boolean) => {
      const row: CareEpisodeRow = {
        id: ids.uuid(), periodId: period.id, childId: child.id, startsOn: on, change, sameCarers, legalStatus, categoryOfNeed: need,
        placementType: p.type, placementProvider: p.provider, providerName: p.provider === 'PR4' ? 'Independent provider (synthetic)' : null, urn: p.urn,
        placementPostcode: p.postcode, homePostcode: home, distanceMiles: null, outOfArea: !HOME_DISTRICTS.some((d) => p.postcode.startsWith(`${d} `)),
        longTerm: p.longTerm, childAgreedSixMonthly: false, unregistered: false, placementEndReason: null,
        imported: false, importedRne: null, importedDec: null, importedRec: null, createdBy: team.managerId, createdAt: new Date(`${on}T12:00:00Z`), version: 1,
      }
      rows.push(row)
      return row
    }
    let current = awayFromHome(first)
    let legalNow = legal
    add(start, 'START', legal, current, false)
    // Changes on the same day are one change (a move and a new order together is a 'BOTH').
    const byDay = new Map<IsoDate, { on: IsoDate; legal?: string; placement?: string }>()
    for (const c of plan.changes) byDay.set(c.on, { ...byDay.get(c.on), ...c })
    for (const c of [...byDay.values()].sort((a, b) => a.on.localeCompare(b.on))) {
      if (c.on <= rows.at(-1)!.startsOn || (plan.end && c.on >= plan.end) || c.on > yesterday) continue
      const moved = c.placement !== undefined
      if (moved) {
        rows.at(-1)!.placementEndReason = rng.weighted([['CARPL', 45], ['CREQB', 15], ['CREQO', 10], ['CHILD', 8], ['LAREQ', 8], ['STAND', 4], ['CLOSE', 5], ['OTHER', 5]])
        current = awayFromHome(placement(rng, ageOn(dob, c.on), c.on, c.legal ?? legalNow, c.placement === '' ? undefined : c.placement))
      }
      const legalChanged = c.legal !== undefined && c.legal !== legalNow
      if (!moved && !legalChanged) continue
      legalNow = c.legal ?? legalNow
      add(c.on, moved && legalChanged ? 'BOTH' : moved ? 'PLACEMENT' : 'LEGAL_STATUS', legalNow, current, false)
    }
    careEpisodes.push(...rows)
    if (uasc) uascStatuses.push({ childId: child.id, startedOn: start, ceasedOn: daysFrom(eighteenth(dob), today) > 0 ? eighteenth(dob) : null, createdBy: team.managerId, createdAt: new Date(`${start}T12:00:00Z`), version: 1 })
    const open = !plan.end
    const last = rows.at(-1)!
    if (open && ['K2', 'K3', 'U6'].includes(last.placementType) && rng.chance(careRates.unregistered)) {
      // Planted: a child placed in an unregistered setting, some without the director's sign-off.
      last.unregistered = true
      last.placementProvider = 'PR4'
      const signed = rng.chance(0.6)
      unregisteredPlacements.push({ id: ids.uuid(), childId: child.id, episodeId: last.id, directorSignedOffBy: signed ? workforce.demo.dcs : null, directorSignedOffOn: signed ? plusDays(last.startsOn, rng.int(1, 10)) : null, ofstedNotifiedOn: rng.chance(0.7) ? plusDays(last.startsOn, rng.int(1, 14)) : null, plan: rng.chance(0.8) ? rng.pick(['REGISTER', 'MOVE']) : null, planDetail: 'Provider applying to register with Ofsted; weekly visits meanwhile.', createdBy: team.managerId, createdAt: new Date(`${last.startsOn}T12:00:00Z`), version: 1 })
    }
    cared.push({ child, dob, period, episodes: rows, uasc, workerId: rng.pick(team.workerIds), adoption })
  }

  const moves = (start: IsoDate, end: IsoDate | null): { on: IsoDate; placement: string }[] => {
    const span = daysFrom(start, end ?? yesterday)
    const count = span < 60 ? 0 : rng.weighted([[0, 45], [1, 30], [2, 15], [3, 7], [4, 3]])
    return Array.from({ length: count }, () => ({ on: plusDays(start, rng.int(14, Math.max(15, span - 1))), placement: '' })).sort((a, b) => a.on.localeCompare(b.on))
  }

  // 1. Care proceedings: C1 from issue, then the final order.
  const inCare = new Set<string>()
  for (const p of input.careProceedings) {
    const child = childById.get(p.childId)
    // Care starts after birth (903 rule 302): proceedings issued before a baby is born wait for the birth.
    if (!child?.dateOfBirth || inCare.has(child.id) || p.issuedOn >= yesterday || p.issuedOn <= child.dateOfBirth || p.issuedOn >= eighteenth(child.dateOfBirth as IsoDate)) continue
    if (!rng.chance(0.85)) continue
    inCare.add(child.id)
    const adult = eighteenth(child.dateOfBirth as IsoDate)
    const ends: Record<string, [string, 'keep' | 'end']> = { CARE: ['C2', 'keep'], PLACEMENT: ['E1', 'keep'], SGO: ['E47', 'end'], CAO: ['E41', 'end'], SUPERVISION: ['E4A', 'end'], NO_ORDER: ['E4A', 'end'], WITHDRAWN: ['E4A', 'end'] }
    const final = p.finalOrder && p.finalOrderOn ? ends[p.finalOrder] : undefined
    let end: IsoDate | null = final?.[1] === 'end' ? (p.finalOrderOn as IsoDate) : null
    let rec: string | null = end ? final![0] : null
    if (!end && adult <= yesterday) [end, rec] = [adult, rng.weighted([['E17', 25], ['E5', 45], ['E6', 10], ['E8', 20]])]
    const changes: { on: IsoDate; legal?: string; placement?: string }[] = moves(p.issuedOn as IsoDate, end)
    if (final?.[1] === 'keep') changes.push({ on: p.finalOrderOn as IsoDate, legal: final[0] })
    // A placement order: matched, placed with the adopters (A5 with the foster carers, else A6), then adopted (E11).
    let adoption: AdoptionTrack | null = null
    // Young children on care orders often go on to a placement order a few months later.
    const laterPlacementOrder = final?.[0] === 'C2' && ageOn(child.dateOfBirth as IsoDate, p.finalOrderOn as IsoDate) < 4 && rng.chance(0.45) ? plusDays(p.finalOrderOn as IsoDate, rng.int(60, 200)) : null
    if (laterPlacementOrder && laterPlacementOrder < yesterday && !end) changes.push({ on: laterPlacementOrder, legal: 'E1' })
    if ((final?.[0] === 'E1' || (laterPlacementOrder && laterPlacementOrder < yesterday)) && !end) {
      const orderOn = final?.[0] === 'E1' ? (p.finalOrderOn as IsoDate) : laterPlacementOrder!
      const matched = plusDays(orderOn, rng.int(40, 240))
      const placed = plusDays(matched, rng.int(7, 40))
      const adoptedOn = plusDays(placed, rng.int(90, 250))
      const fosterCarers = rng.chance(0.15)
      adoption = { orderOn, matched, placed: placed, adopted: adoptedOn <= yesterday ? adoptedOn : null, fosterCarers }
      for (let i = changes.length - 1; i >= 0; i--) if (changes[i]!.on >= placed && changes[i]!.placement !== undefined) changes.splice(i, 1)
      if (placed <= yesterday) changes.push({ on: placed, placement: fosterCarers ? 'A5' : 'A6' })
      if (adoption.adopted) [end, rec] = [adoption.adopted, 'E11']
    }
    changes.sort((a, b) => a.on.localeCompare(b.on))
    record(child, p.issuedOn as IsoDate, 'C1', 'N1', false, { changes, end, rec }, adoption)
  }

  // 2. Section 20 and UASC, from CIN episodes, until the targets are reached.
  const target = Math.round(input.size.referralsPerYear * careRates.inCarePerReferral)
  const leaverTarget = Math.round(input.size.referralsPerYear * careRates.leaversPerReferral)
  const openNow = () => carePeriods.filter((p) => !p.endedOn).length
  let leavers = carePeriods.filter((p) => p.endedOn && daysFrom(p.endedOn, today) < 4 * 365 && ['E17', 'E5', 'E6', 'E8'].includes(p.reasonCeased ?? '')).length
  const shuffled = input.cinEpisodes.map((e) => [rng.next(), e] as const).sort((a, b) => a[0] - b[0]).map(([, e]) => e)
  for (const episode of shuffled) {
    if (openNow() >= target && leavers >= leaverTarget) break
    const child = childById.get(episode.childId)
    if (!child?.dateOfBirth || inCare.has(child.id)) continue
    const dob = child.dateOfBirth as IsoDate
    const start = plusDays(episode.startDate as IsoDate, rng.int(10, 90))
    const adult = eighteenth(dob)
    if (start >= yesterday || start <= dob || daysFrom(start, adult) < 60) continue
    const age = ageOn(dob, start)
    const leaving = adult <= yesterday
    if (leaving ? leavers >= leaverTarget || daysFrom(adult, today) > 4 * 365 || age < 13 : openNow() >= target) continue
    inCare.add(child.id)
    const uasc = age >= 15 && rng.chance(careRates.uasc * 4)
    let end: IsoDate | null = null
    let rec: string | null = null
    if (leaving) [end, rec] = [adult, rng.weighted([['E17', 25], ['E5', 45], ['E6', 10], ['E8', 20]])]
    else if (!uasc && rng.chance(careRates.shortStay)) {
      const back = plusDays(start, rng.int(20, 400))
      if (back < yesterday) [end, rec] = [back, rng.weighted([['E4A', 70], ['E4B', 10], ['E13', 10], ['E8', 10]])]
    }
    if (leaving) leavers++
    record(child, start, 'V2', uasc ? 'N8' : rng.weighted([['N1', 40], ['N4', 25], ['N5', 20], ['N2', 5], ['N8', 10]]), uasc, { changes: moves(start, end), end, rec })
  }

  // Children in care are held by the children looked after teams: one transfer each at the start.
  // While in care a child is held by one worker in the looked-after team: allocations running when care
  // starts end that day, and the front-door simulation's changes of worker during care are dropped.
  const periodOf = new Map(cared.map((c) => [c.child.id, c]))
  const during = (c: CareChild, d: string) => d >= c.period.startedOn && (!c.period.endedOn || d < c.period.endedOn)
  for (let i = input.allocations.length - 1; i >= 0; i--) {
    const a = input.allocations[i]!
    const c = periodOf.get(a.childId)
    if (!c) continue
    if (during(c, a.startDate)) input.allocations.splice(i, 1)
    else if (a.startDate < c.period.startedOn && (!a.endDate || a.endDate > c.period.startedOn)) a.endDate = c.period.startedOn
  }
  for (const c of cared) {
    const team = lac.find((t) => t.workerIds.includes(c.workerId))!
    input.allocations.push({ id: ids.uuid(), childId: c.child.id, workerId: c.workerId, teamId: team.id, referralId: null, startDate: c.period.startedOn, endDate: c.period.endedOn ?? null, reason: 'TSPROC', allocatedBy: team.managerId })
  }

  return { rows: { carePeriods, careEpisodes, uascStatuses, unregisteredPlacements, previousPermanence, careParenthood }, cared }
}

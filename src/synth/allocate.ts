/**
 * Allocations: each referral goes to a named worker outside the front door, and each change of worker
 * is a new row (ARCHITECTURE.md §8: "Each change of worker is recorded"). Cases move from assessment
 * to a CIN, child protection or disabled children team after the assessment (45 working days,
 * Working Together 2023 ch.2), some go on to the looked-after and care-leavers teams, and a share
 * churn through 3+ workers a year. Some open referrals stay unallocated: domain.md §0.4 records
 * 291 children without a social worker in Leicester in December 2014.
 */
import type { IsoDate } from '../domain/timescales/index.js'
import { plusDays, type WorkingDays } from './days.js'
import type { ReferralInfo } from './flow.js'
import type { Rng } from './random.js'
import type { AllocationRow } from './rows.js'
import { rates, type TeamPlan } from './sizes.js'
import { allocationReasons } from './text.js'
import { demoTeamName, type TeamInfo, type Workforce } from './workforce.js'

type Service = TeamPlan['service']
type Segment = { service: Service; from: IsoDate; reason: string }

/** Live allocations the demo social worker should hold so that "My work" has content. */
export const DEMO_CASELOAD = 20
const DEMO_ADVISER_CASELOAD = 8

export function allocate(input: {
  infos: ReferralInfo[]
  workforce: Workforce
  rng: Rng
  ids: Rng
  today: IsoDate
  calendar: WorkingDays
}): AllocationRow[] {
  const { infos, workforce, rng, ids, today, calendar } = input
  const yesterday = plusDays(today, -1)
  const recent = calendar.addWorkingDays(today, -5)
  const rows: AllocationRow[] = []
  const teamsOf = (service: Service): TeamInfo[] =>
    workforce.byService.get(service) ?? workforce.byService.get('cin') ?? []

  for (const { referral, episode, child, strategy } of infos) {
    const refDate = episode.startDate
    const epEnd = episode.endDate ?? null
    const [lo, hi] = rng.weighted<readonly [number, number]>([
      [[0, 0], 35],
      [[1, 2], 30],
      [[3, 5], 20],
      [[6, 10], 15],
    ])
    const delay = rng.int(lo, hi)
    let from = plusDays(refDate, delay)
    if (epEnd && from > epEnd) from = refDate
    if (!epEnd && (from > yesterday || rng.chance(refDate >= recent ? 0.5 : rates.unallocatedOlder))) continue // awaiting allocation

    const last = epEnd ?? today
    const segments: Segment[] = [{ service: 'assessment', from, reason: allocationReasons.first }]
    const afterAssessment = plusDays(refDate, rng.int(35, 70))
    if (afterAssessment > from && afterAssessment < last) {
      const service: Service =
        child.row.disability !== 'NONE' && rng.chance(0.5)
          ? 'disabled_children'
          : (strategy && rng.chance(0.6)) || rng.chance(0.12)
            ? 'child_protection'
            : 'cin'
      segments.push({ service, from: afterAssessment, reason: allocationReasons[service] })
      const intoCare = plusDays(afterAssessment, rng.int(120, 360))
      if (intoCare < last && rng.chance(0.3)) {
        segments.push({ service: 'looked_after', from: intoCare, reason: allocationReasons.looked_after })
        // A personal adviser from 16 for a child in care (Children (Leaving Care) Act 2000).
        const sixteen = plusDays(child.adult, -730)
        const leaving = sixteen > intoCare ? sixteen : plusDays(intoCare, 90)
        if (leaving < last)
          segments.push({ service: 'care_leavers', from: leaving, reason: allocationReasons.care_leavers })
      }
    }

    const churn = rng.chance(rates.highChurn)
    let previous: AllocationRow | null = null
    for (const [i, segment] of segments.entries()) {
      const until = segments[i + 1]?.from ?? last
      let team = rng.pick(teamsOf(segment.service))
      let start = segment.from
      let reason = segment.reason
      for (;;) {
        if (previous) previous.endDate = start
        previous = {
          id: ids.uuid(),
          childId: referral.childId,
          workerId: rng.pick(team.workerIds),
          teamId: team.id,
          referralId: referral.id,
          startDate: start,
          endDate: null,
          reason,
          allocatedBy: team.managerId,
        }
        rows.push(previous)
        const next = plusDays(start, churn ? rng.int(50, 110) : rng.int(150, 700))
        if (next >= until || next > yesterday) break
        start = next
        reason = rng.pick(allocationReasons.churn)
        if (rng.chance(0.2)) team = rng.pick(teamsOf(segment.service))
      }
    }
    if (previous) previous.endDate = epEnd
  }

  const team = workforce.teamInfo.find((t) => t.name === demoTeamName) as TeamInfo
  const restricted = new Set(infos.filter((i) => i.child.row.restricted).map((i) => i.child.row.id))
  const adults = new Map(infos.map((i) => [i.child.row.id, i.child.adult]))
  topUp(rows, workforce.demo.social_worker, team, DEMO_CASELOAD, () => true)
  // The demo personal adviser holds a few 16- and 17-year-olds, as a leaving-care adviser would.
  topUp(
    rows,
    workforce.demo.personal_adviser,
    team,
    DEMO_ADVISER_CASELOAD,
    (a) => (adults.get(a.childId) ?? '') < plusDays(today, 730),
  )

  /** Moves live cases to a demo user until they hold `target`, each move a recorded change of worker. */
  function topUp(
    all: AllocationRow[],
    workerId: string,
    to: TeamInfo,
    target: number,
    fits: (a: AllocationRow) => boolean,
  ): void {
    let held = all.filter((a) => a.workerId === workerId && a.endDate === null).length
    const candidates = all.filter(
      (a) =>
        a.endDate === null &&
        a.workerId !== workerId &&
        a.startDate < yesterday &&
        !restricted.has(a.childId) &&
        fits(a),
    )
    while (held < target && candidates.length > 0) {
      const a = candidates.splice(rng.int(0, candidates.length - 1), 1)[0] as AllocationRow
      const back = plusDays(yesterday, -rng.int(1, 90))
      const handover = back > a.startDate ? back : plusDays(a.startDate, 1)
      a.endDate = handover
      all.push({
        ...a,
        id: ids.uuid(),
        workerId,
        teamId: to.id,
        startDate: handover,
        endDate: null,
        reason: allocationReasons.churn[1],
        allocatedBy: to.managerId,
      })
      held++
    }
  }
  return rows
}

/**
 * Core group meetings, emergency protection orders and police protection, and typed case notes
 * (ARCHITECTURE.md §8), as a pass after the casework with its own random streams, like court.ts, so
 * the casework drawn before is unchanged.
 *
 * - Core groups: the first within 10 working days of the ICPC, which is the plan's start date
 *   (Working Together 2023 ch.2), then at the local interval of about 6 weeks (CORE_GROUP_6W) until
 *   the plan ends. Planted: first core groups held late, and gaps between later ones.
 * - Emergency powers: for a few children whose CP chain began with a strategy discussion, police
 *   protection (Children Act 1989 s46: at most 72 hours, s46(6)) or an emergency protection order
 *   (s44: at most 8 days, s45(1)), starting shortly before the strategy discussion.
 * - Case notes: a home visit note for every statutory visit, with the seen flags of the visit, and a
 *   few calls, meetings and direct work sessions in the recent months of each open case.
 */
import {
  CORE_GROUP_6W,
  EPO_8D,
  FIRST_CORE_GROUP_10WD,
  POLICE_PROTECTION_72H,
  type IsoDate,
} from '../domain/timescales/index.js'
import {
  attendance,
  coreGroupSummaries,
  orderReasons,
  otherNotes,
  visitSummaries,
  type OrderKind,
  type OtherKind,
} from './caseRecordsText.js'
import { daysFrom, plusDays, type WorkingDays } from './days.js'
import type { Rng, Weighted } from './random.js'
import type {
  AllocationRow,
  CaseNoteRow,
  ChildRow,
  CoreGroupMeetingRow,
  CpPlanRow,
  EpisodeRow,
  ProtectiveOrderRow,
  StrategyRow,
  VisitRow,
} from './rows.js'
import { londonInstant, MINUTE } from './time.js'

export type CaseRecordRows = {
  coreGroupMeetings: CoreGroupMeetingRow[]
  protectiveOrders: ProtectiveOrderRow[]
  caseNotes: CaseNoteRow[]
}

const HOUR = 60 * MINUTE

export const caseRecordRates = {
  /** First core groups held after the 10 working days (planted). */
  lateFirstCoreGroup: 0.15,
  /** Later core groups that slip well past the 6-week interval (planted gaps). */
  coreGroupGap: 0.1,
  /** Strategy discussions (deciding on s47) that follow emergency action: a few percent. */
  emergencyAction: 0.04,
  /** …of which police protection (s46); the rest are EPOs (s44). */
  policeProtection: 0.65,
  /** Typed notes in each open case besides the visit notes, over its last `recentDays`. */
  notesPerOpenCase: [3, 8] as const,
  recentDays: 182,
  /** Notes the worker marks significant for the chronology. */
  significantVisit: 0.02,
  significantOther: 0.06,
}

const otherKinds: Weighted<OtherKind> = [
  ['PHONE', 50],
  ['MEETING', 30],
  ['DIRECT_WORK', 20],
]
/** Children this young get calls and meetings about them rather than direct work. */
const DIRECT_WORK_FROM_DAYS = 4 * 365

export function simulateCaseRecords(input: {
  cpPlans: readonly CpPlanRow[]
  strategyDiscussions: readonly StrategyRow[]
  visits: readonly VisitRow[]
  episodes: readonly EpisodeRow[]
  allocations: readonly AllocationRow[]
  children: readonly ChildRow[]
  rng: Rng
  ids: Rng
  calendar: WorkingDays
  today: IsoDate
}): CaseRecordRows {
  const { rng, ids, calendar, today } = input
  const yesterday = plusDays(today, -1)
  const rows: CaseRecordRows = { coreGroupMeetings: [], protectiveOrders: [], caseNotes: [] }
  const at = (date: IsoDate, from = 9 * 60, to = 17 * 60) => londonInstant(date, rng.int(from, to))
  const wd = (date: IsoDate, n: number) => calendar.addWorkingDays(date, n)
  const workerOn = allocatedWorker(input.allocations)

  // --- Core groups (Working Together 2023 ch.2: the first within 10 working days of the ICPC). ---
  const firstDue = FIRST_CORE_GROUP_10WD.due.amount
  // The local 6-week interval (CORE_GROUP_6W) in working days, met mostly at 4–6 weeks.
  const interval = CORE_GROUP_6W.due.amount * 5
  for (const plan of input.cpPlans) {
    const last = plan.endDate && plan.endDate < yesterday ? plan.endDate : yesterday
    const late = rng.chance(caseRecordRates.lateFirstCoreGroup)
    let heldOn = wd(plan.startDate, late ? rng.int(firstDue + 1, firstDue * 2 + 5) : rng.int(3, firstDue))
    while (heldOn <= last) {
      rows.coreGroupMeetings.push({
        id: ids.uuid(),
        childId: plan.childId,
        cpPlanId: plan.id,
        heldOn,
        attendance: rng.pick(attendance),
        summary: rng.pick(coreGroupSummaries),
        createdBy: workerOn(plan.childId, heldOn) ?? plan.createdBy,
        createdAt: at(heldOn, 10 * 60, 18 * 60),
      })
      const gap = rng.chance(caseRecordRates.coreGroupGap)
      heldOn = wd(heldOn, gap ? rng.int(interval + 5, interval * 2) : rng.int(interval - 10, interval))
    }
  }

  // --- Emergency powers shortly before the strategy discussion (Children Act 1989 s44–s46). ---
  const withOrder = new Set<string>()
  const maxHours = { POLICE_PROTECTION: POLICE_PROTECTION_72H.due.amount, EPO: EPO_8D.due.amount * 24 }
  const now = londonInstant(today, 0).getTime()
  for (const s of input.strategyDiscussions) {
    if (s.decision !== 'S47' || withOrder.has(s.childId) || !rng.chance(caseRecordRates.emergencyAction))
      continue
    withOrder.add(s.childId)
    const kind: OrderKind = rng.chance(caseRecordRates.policeProtection) ? 'POLICE_PROTECTION' : 'EPO'
    // Police act at any hour; an EPO is made by the court in the day. Both precede the discussion.
    const before = rng.int(0, 2)
    const startedAt =
      kind === 'POLICE_PROTECTION'
        ? at(plusDays(s.heldOn, -before), 0, before ? 24 * 60 - 1 : 8 * 60)
        : at(plusDays(s.heldOn, -Math.max(before, 1)), 10 * 60, 16 * 60)
    // Police protection ends within 72 hours (s46(6)); an EPO within 8 days (s45(1)).
    const hours = kind === 'POLICE_PROTECTION' ? rng.int(4, maxHours[kind]) : rng.int(24, maxHours[kind])
    const ended = startedAt.getTime() + hours * HOUR
    rows.protectiveOrders.push({
      id: ids.uuid(),
      childId: s.childId,
      kind,
      startedAt,
      endedAt: ended < now ? new Date(ended) : null,
      reference:
        kind === 'EPO'
          ? `LE${s.heldOn.slice(2, 4)}P${String(rng.int(1, 99_999)).padStart(5, '0')}`
          : `PP/${s.heldOn.slice(0, 4)}/${String(rng.int(1, 999_999)).padStart(6, '0')}`,
      reason: rng.pick(orderReasons[kind]),
      createdBy: s.createdBy,
      createdAt: new Date(startedAt.getTime() + rng.int(1, 8) * HOUR),
    })
  }

  // --- Case notes: one for every statutory visit, then a few others in each open case. ---
  const note = (
    v: Omit<CaseNoteRow, 'id' | 'occurredAt' | 'createdAt' | 'significant'>,
    on: IsoDate,
    from: number,
    to: number,
    significant: number,
  ) => {
    const occurredAt = at(on, from, to)
    rows.caseNotes.push({
      id: ids.uuid(),
      ...v,
      occurredAt,
      significant: rng.chance(significant),
      createdAt: new Date(occurredAt.getTime() + rng.int(30, 240) * MINUTE),
    })
  }
  for (const v of input.visits) {
    const summaries = v.seenAlone
      ? visitSummaries.alone
      : v.childSeen
        ? visitSummaries.seen
        : visitSummaries.unseen
    note(
      {
        childId: v.childId,
        kind: 'HOME_VISIT',
        childSeen: v.childSeen,
        seenAlone: v.seenAlone,
        summary: rng.pick(summaries),
        createdBy: v.createdBy,
      },
      v.visitedOn,
      9 * 60,
      16 * 60,
      caseRecordRates.significantVisit,
    )
  }
  const born = new Map(input.children.map((c) => [c.id, c.dateOfBirth ?? null]))
  const [fewest, most] = caseRecordRates.notesPerOpenCase
  const recent = plusDays(yesterday, -caseRecordRates.recentDays)
  for (const ep of input.episodes) {
    if (ep.endDate) continue
    const from = ep.startDate > recent ? ep.startDate : recent
    const span = daysFrom(from, yesterday)
    if (span < 0) continue
    const dob = born.get(ep.childId) ?? null
    for (let n = rng.int(fewest, most); n > 0; n--) {
      const on = plusDays(from, rng.int(0, span))
      const createdBy = workerOn(ep.childId, on)
      if (!createdBy) continue // unallocated then: nobody to write the note
      const old = dob !== null && dob <= plusDays(on, -DIRECT_WORK_FROM_DAYS)
      const picked = rng.weighted(otherKinds)
      const kind = picked === 'DIRECT_WORK' && !old ? 'MEETING' : picked
      const direct = kind === 'DIRECT_WORK'
      note(
        {
          childId: ep.childId,
          kind,
          childSeen: direct,
          seenAlone: direct && rng.chance(0.6),
          summary: rng.pick(otherNotes[kind]),
          createdBy,
        },
        on,
        direct ? 15 * 60 + 30 : 9 * 60,
        direct ? 18 * 60 : 17 * 60,
        caseRecordRates.significantOther,
      )
    }
  }
  return rows
}

/** The worker allocated to a child on a date (allocations are one row per change of worker). */
function allocatedWorker(allocations: readonly AllocationRow[]) {
  const byChild = new Map<string, AllocationRow[]>()
  for (const a of allocations) {
    const list = byChild.get(a.childId)
    if (list) list.push(a)
    else byChild.set(a.childId, [a])
  }
  return (childId: string, date: IsoDate): string | null => {
    let found: AllocationRow | null = null
    for (const a of byChild.get(childId) ?? [])
      if (
        a.startDate <= date &&
        (!a.endDate || a.endDate >= date) &&
        (!found || a.startDate >= found.startDate)
      )
        found = a
    return found?.workerId ?? null
  }
}

/**
 * The front door over time: contacts, decisions, referrals and CIN episodes (ARCHITECTURE.md §8).
 * Referrals are simulated in date order so that a child is only re-referred after their last episode
 * closed, and the re-referral flag follows the DfE rule: an earlier referral within 12 months.
 * Volumes follow research/domain.md §4.4 (about 17 referrals and 50–65 contacts a working day for a
 * Leicester-sized council).
 */
import { addMonths, type IsoDate } from '../domain/timescales/index.js'
import { daysFrom, londonDay, plusDays, type WorkingDays } from './days.js'
import type { childFactory, ChildState } from './people.js'
import type { Rng } from './random.js'
import type { ContactRow, EpisodeRow, ReferralRow } from './rows.js'
import {
  closureReasonFor,
  episodeDays,
  needWeights,
  rates,
  sourceWeights,
  strategyEpisodeDays,
  type SynthSize,
} from './sizes.js'
import { concerns, decisionReasons, oversightNote } from './text.js'
import { contactMoment, decisionMoment, londonInstant, MINUTE, recordingDelay } from './time.js'
import type { Workforce } from './workforce.js'

/** A referral with what allocation needs to know about it. */
export type ReferralInfo = {
  referral: ReferralRow
  episode: EpisodeRow
  child: ChildState
  strategy: boolean
}

type Free = { child: ChildState; freeOn: IsoDate; used: boolean }

/** DfE CIN census: a re-referral is a referral within 12 months of a previous referral. */
export function isWithin12Months(earlier: IsoDate, later: IsoDate): boolean {
  return earlier < later && earlier >= addMonths(later, -12)
}

/** Share of decisions the generator plans to be late; late recording adds more, to about 8% in all. */
const plannedLate = rates.lateDecision * 0.4

export function simulateFrontDoor(input: {
  size: SynthSize
  rng: Rng
  ids: Rng
  calendar: WorkingDays
  today: IsoDate
  workforce: Workforce
  people: ReturnType<typeof childFactory>
}) {
  const { size, rng, ids, calendar, today, workforce, people } = input
  const start = addMonths(today, -12 * size.years)
  const end = plusDays(today, -1)
  const horizon = londonInstant(today, 0).getTime()
  const fd = workforce.frontDoor
  const contacts: ContactRow[] = []
  const cinEpisodes: EpisodeRow[] = []
  const infos: ReferralInfo[] = []

  /** One contact: receipt, recording, due date and (unless left open) the decision. */
  const makeContact = (child: ChildState, receivedAt: Date, decision: string | null): ContactRow => {
    const receivedOn = londonDay(receivedAt)
    let recordedAt = receivedAt.getTime() + recordingDelay(rng)
    if (recordedAt >= horizon)
      recordedAt = receivedAt.getTime() + wholeSeconds((horizon - receivedAt.getTime()) * rng.float(0.1, 0.5))
    // Working Together 2023 ch.2: a decision within one working day of receipt.
    const decisionDueOn = calendar.addWorkingDays(receivedOn, 1)
    let decidedAt: number | null = null
    if (decision) {
      decidedAt = decisionMoment(
        rng,
        calendar,
        receivedOn,
        decisionDueOn,
        new Date(recordedAt),
        plannedLate,
      ).getTime()
      if (decidedAt >= horizon)
        decidedAt = recordedAt + wholeSeconds((horizon - recordedAt) * rng.float(0.2, 0.8))
    }
    const screener = rng.pick(fd.workerIds)
    const [reason, presentingConcerns] = rng.weighted(concerns)
    const overseen =
      decidedAt !== null && rng.chance(decidedAt < horizon - 7 * 1440 * MINUTE ? rates.oversight : 0.4)
    const oversightAt =
      overseen && decidedAt !== null
        ? Math.min(horizon - MINUTE, decidedAt + rng.int(30, 2880) * MINUTE)
        : null
    const row: ContactRow = {
      id: ids.uuid(),
      childId: child.row.id,
      source: rng.weighted(sourceWeights),
      reason,
      presentingConcerns,
      receivedAt,
      recordedAt: new Date(recordedAt),
      screeningWorkerId: screener,
      decisionDueOn,
      decision,
      decisionReason: decision ? (decisionReasons[decision] ?? null) : null,
      decidedAt: decidedAt === null ? null : new Date(decidedAt),
      decidedBy: decision ? (rng.chance(0.75) ? screener : fd.managerId) : null,
      oversightNote: oversightAt ? oversightNote : null,
      oversightBy: oversightAt ? fd.managerId : null,
      oversightAt: oversightAt ? new Date(oversightAt) : null,
    }
    contacts.push(row)
    return row
  }

  // Children whose last episode has closed, in the order they became free (so freeOn ascends).
  const free: Free[] = []
  let usedCount = 0
  const freeFrom = new Map<IsoDate, ChildState[]>()
  let cursor = start
  const advance = (to: IsoDate) => {
    for (; cursor <= to; cursor = plusDays(cursor, 1))
      for (const child of freeFrom.get(cursor) ?? []) free.push({ child, freeOn: cursor, used: false })
  }
  const tryPick = (lo: number, hi: number, ok: (c: ChildState) => boolean): ChildState | null => {
    for (let i = 0; i < 40 && hi > lo; i++) {
      const entry = free[rng.int(lo, hi - 1)]
      if (entry && !entry.used && ok(entry.child)) {
        entry.used = true
        usedCount++
        return entry.child
      }
    }
    return null
  }
  const firstFreeOnOrAfter = (date: IsoDate): number => {
    let lo = 0
    let hi = free.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((free[mid] as Free).freeOn < date) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  const referralCount = Math.round(size.referralsPerYear * size.years)
  const moments = Array.from({ length: referralCount }, () => contactMoment(rng, calendar, start, end)).sort(
    (a, b) => a.getTime() - b.getTime(),
  )
  const referred = new Set<ChildState>()
  const firstYearEnd = addMonths(start, 12)
  for (const receivedAt of moments) {
    const receivedOn = londonDay(receivedAt)
    advance(receivedOn)
    const cutoff = addMonths(receivedOn, -12)
    const split = firstFreeOnOrAfter(cutoff)
    const soon = plusDays(receivedOn, 30)
    const under18 = (c: ChildState) => c.adult > soon
    // In the first year the pool of recently closed children is thin and many picks fail, so ask
    // more often; the flag itself is always worked out from the dates (markReReferrals).
    const reReferral = receivedOn < firstYearEnd ? rates.reReferral * 1.35 : rates.reReferral
    const child =
      (rng.chance(reReferral)
        ? tryPick(split, free.length, (c) => under18(c) && (c.lastReferral ?? '') >= cutoff)
        : null) ??
      (rng.chance(rates.returningAfterAYear) ? tryPick(0, split, under18) : null) ??
      people.newChild(receivedOn)
    const strategy = rng.chance(rates.strategyShareOfReferrals)
    const contact = makeContact(child, receivedAt, strategy ? 'STRATEGY' : 'REFERRAL')
    const referralDate = londonDay(contact.decidedAt as Date)
    // Child protection cases run longer: the plan itself lasts months (casework.ts).
    const days = rng.int(...rng.weighted(strategy ? strategyEpisodeDays : episodeDays))
    const cap = plusDays(child.adult, -1) > referralDate ? plusDays(child.adult, -1) : referralDate
    const endDate = plusDays(referralDate, days) < cap ? plusDays(referralDate, days) : cap
    const closed = endDate <= end
    const episode: EpisodeRow = {
      id: ids.uuid(),
      childId: child.row.id,
      startDate: referralDate,
      endDate: closed ? endDate : null,
      closureReason: closed ? rng.weighted(closureReasonFor(daysFrom(referralDate, endDate))) : null,
    }
    cinEpisodes.push(episode)
    const need = contactNeed(contact.reason)
    const referral: ReferralRow = {
      id: ids.uuid(),
      childId: child.row.id,
      contactId: contact.id,
      cinEpisodeId: episode.id,
      referralDate,
      source: contact.source,
      primaryNeed: need && rng.chance(0.8) ? need : rng.weighted(needWeights),
      isReReferral: false, // set below from the whole history
      createdAt: contact.decidedAt as Date,
    }
    infos.push({ referral, episode, child, strategy })
    child.lastReferral = referralDate
    referred.add(child)
    if (closed) {
      const day = plusDays(endDate, 1)
      freeFrom.set(day, [...(freeFrom.get(day) ?? []), child])
    }
    if (usedCount > 2048 && usedCount > free.length / 2) {
      const kept = free.filter((f) => !f.used)
      free.length = 0
      free.push(...kept)
      usedCount = 0
    }
  }
  markReReferrals(infos.map((i) => i.referral))

  // Contacts that did not become referrals: first the children known only through contacts, then
  // repeat contacts about any child (before, between and during episodes).
  const otherCount = Math.round(referralCount * (rates.contactsPerReferral - 1))
  const contactOnly = Math.max(0, Math.min(otherCount, size.childrenTarget - referred.size))
  const known: ChildState[] = [...referred]
  const recentDay = calendar.addWorkingDays(today, -size.queue.recentWorkingDays)
  const weekAgo = calendar.addWorkingDays(today, -size.queue.olderWorkingDays)
  const otherDecision = (receivedAt: Date): string | null => {
    const on = londonDay(receivedAt)
    // The front-door queue: the last working day's contacts and some older, overdue ones stay open.
    if (on >= recentDay || (on >= weekAgo && rng.chance(size.queue.olderShare))) return null
    return rng.weighted(rates.otherDecisions)
  }
  for (let i = 0; i < otherCount; i++) {
    if (i < contactOnly) {
      const receivedAt = contactMoment(rng, calendar, start, end)
      const child = people.newChild(londonDay(receivedAt))
      known.push(child)
      makeContact(child, receivedAt, otherDecision(receivedAt))
      continue
    }
    const child = rng.pick(known)
    const from = child.born > start ? child.born : start
    const to = plusDays(child.adult, -1) < end ? plusDays(child.adult, -1) : end
    if (from > to) continue
    const receivedAt = contactMoment(rng, calendar, from, to)
    makeContact(child, receivedAt, otherDecision(receivedAt))
  }
  contacts.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || (a.id < b.id ? -1 : 1))
  return { contacts, cinEpisodes, referrals: infos.map((i) => i.referral), infos }
}

const wholeSeconds = (ms: number): number => Math.floor(ms / 1000) * 1000

const needByReason = new Map(concerns.map(([[reason, , need]]) => [reason, need]))
const contactNeed = (reason: string): string | undefined => needByReason.get(reason)

/** Sets is_re_referral on each referral from the child's earlier referrals (DfE 12-month rule). */
export function markReReferrals(referrals: ReferralRow[]): void {
  const last = new Map<string, IsoDate>()
  for (const r of [...referrals].sort((a, b) =>
    a.referralDate < b.referralDate ? -1 : a.referralDate > b.referralDate ? 1 : 0,
  )) {
    const previous = last.get(r.childId)
    r.isReReferral = previous !== undefined && isWithin12Months(previous, r.referralDate)
    last.set(r.childId, r.referralDate)
  }
}

import { childListLabel } from '../../access/index.js'
import { groupBy } from '../../domain/groupBy.js'
import { evaluate, evaluateRepeating, PA_CONTACT_8W, ragOf, RHI_OFFERED_72H, type Evaluation, type RuleSet, type WorkingDayCalendar } from '../../domain/timescales/index.js'
import { chooseVisitRule, visitClock } from '../care/claVisitClock.js'
import { careReviewClocks } from '../care-reviews/careReviewClocks.js'
import type { CareLeaverWork, CareWork, ReturnAwaitingInterview } from './careWorkRepository.js'
import type { WorkItem } from './workService.js'

type Row = { childId: string; workerName: string | null } & Parameters<typeof childListLabel>[0]

const item = (kind: WorkItem['kind'], title: string, href: string, r: Row, e: Pick<Evaluation, 'dueOn' | 'status' | 'daysLate'>): WorkItem => ({
  kind, title, href, childId: r.childId, childLabel: childListLabel(r), workerName: r.workerName, dueOn: e.dueOn, status: e.status, rag: ragOf(e.status), daysLate: e.daysLate,
})

/**
 * The clocks of children in care as work items: the statutory visit the placement needs now (CPPCR
 * 2010 reg 28, chosen by src/features/care/claVisitClock.ts) and the next looked-after review (reg 33,
 * as the child's care-review page counts it).
 */
export function careClockItems(w: CareWork, calendar: WorkingDayCalendar, today: string, rules: RuleSet): WorkItem[] {
  // Grouped once: a team list holds hundreds of children in care.
  const changesOf = groupBy(w.episodes, (e) => e.periodId)
  const reviewsOf = groupBy(w.reviews, (x) => x.childId)
  const seenOf = groupBy(w.seen, (v) => v.childId)
  return w.care.flatMap((r) => {
    const changes = [...(changesOf.get(r.period.id) ?? [])].sort((a, b) => a.startsOn.localeCompare(b.startsOn))
    const last = changes.at(-1)
    if (!last) return []
    const placementStart = changes.filter((e) => e.change !== 'LEGAL_STATUS').at(-1)?.startsOn ?? r.period.startedOn
    const reviews = reviewsOf.get(r.childId) ?? []
    const firstReviewOn = reviews.map((x) => x.heldOn).filter((d) => d >= placementStart).sort()[0] ?? null
    const choice = chooseVisitRule(
      { placementType: last.placementType, legalStatus: last.legalStatus, placementStart, legalStatusFrom: changes.filter((e) => e.change !== 'PLACEMENT').at(-1)?.startsOn ?? r.period.startedOn, longTerm: last.longTerm, childAgreedSixMonthly: last.childAgreedSixMonthly, unregistered: last.unregistered, firstReviewOn },
      (seenOf.get(r.childId) ?? []).map((v) => v.visitedOn),
      today,
    )
    const review = careReviewClocks({ dateOfBirth: null, periods: [r.period], placements: [], plans: [], reviews, peps: [], health: [], permanence: [] }, calendar, today, rules)
      .clocks.filter((c) => c.id.startsWith('CLA_REVIEW')).at(-1)
    return [
      item('care_visit', `Visit the child in care (${rules.of(choice.rule).title})`, `/children/${r.childId}/care`, r, visitClock(choice, rules, calendar, today)),
      ...(review ? [item('cla_review', `Hold the looked-after child review (${review.title})`, `/children/${r.childId}/care-reviews`, r, review)] : []),
    ]
  })
}

/** Returns with no interview offered: the 72 clock hours run from the return, weekends included (DfE 2014, para 46). */
export function interviewItems(rows: readonly ReturnAwaitingInterview[], calendar: WorkingDayCalendar, now: Date): WorkItem[] {
  return rows.map((r) => item('rhi', 'Offer the return home interview (72 hours from the return)', `/children/${r.childId}/missing?episode=${r.episode.id}`, r, evaluate(RHI_OFFERED_72H, { start: r.episode.endedAt!.toISOString(), stop: null }, calendar, now.toISOString())))
}

/** A personal adviser's contact with each young person, at least every 8 weeks (PA_CONTACT_8W). */
export function paContactItems(w: CareLeaverWork, calendar: WorkingDayCalendar, today: string, rules: RuleSet): WorkItem[] {
  const contactsOf = groupBy(w.contacts, (c) => c.childId)
  return w.leavers.map((r) => {
    const contacts = (contactsOf.get(r.childId) ?? []).filter((c) => c.contactedOn >= r.allocation.startDate).map((c) => c.contactedOn).sort()
    const e = evaluateRepeating(rules.of(PA_CONTACT_8W), { start: r.allocation.startDate, occurrences: contacts, until: null }, calendar, today)
    return item('pa_contact', 'Keep in touch with the young person (personal adviser, at least every 8 weeks)', `/children/${r.childId}/care-leaver`, r, e)
  })
}

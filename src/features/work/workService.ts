import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import { childListLabel } from '../../access/index.js'
import type { AppDb } from '../../db/client.js'
import type { Clock } from '../../domain/clock.js'
import { addMonths, ASSESSMENT_45WD, CONTACT_DECISION_1WD, evaluate, ragOf, type Evaluation, type WorkingDayCalendar } from '../../domain/timescales/index.js'
import { workRepository, type WorkFilter } from './workRepository.js'

export type WorkItem = {
  kind: 'contact_decision' | 'assessment' | 'allocation'
  title: string
  href: string
  childId: string
  childLabel: string
  workerName: string | null
  dueOn: string | null
  status: Evaluation['status'] | 'waiting'
  rag: 'red' | 'amber' | 'green' | 'grey'
  daysLate: number
  daysWaiting?: number
}

/**
 * Until assessments are recorded as their own records (the CIN/CP issue), the assessment clock is
 * shown for referrals of the last six months only, so long-open cases do not flood the list.
 */
const assessmentWindowMonths = 6

const order = { red: 0, amber: 1, grey: 2, green: 3 } as const

export function workService(db: AppDb, clock: Clock, calendar: WorkingDayCalendar) {
  const repo = workRepository(db)

  async function itemsFor(actor: Actor, filter: WorkFilter, includeQueue: boolean): Promise<WorkItem[]> {
    const today = clock.today()
    const [contacts, referrals, queue] = await Promise.all([
      repo.openContacts(actor, filter),
      repo.allocatedReferrals(actor, filter, addMonths(today, -assessmentWindowMonths)),
      includeQueue ? repo.unallocatedReferrals(actor) : Promise.resolve([]),
    ])
    const items: WorkItem[] = [
      ...contacts.map((r) => {
        const e = evaluate(CONTACT_DECISION_1WD, { start: r.contact.receivedAt.toISOString() }, calendar, today)
        return { kind: 'contact_decision' as const, title: 'Decide on contact', href: `/front-door/contacts/${r.contact.id}`, childId: r.childId, childLabel: childListLabel(r), workerName: r.workerName, ...e, rag: ragOf(e.status) }
      }),
      ...referrals.map((r) => {
        const e = evaluate(ASSESSMENT_45WD, { start: r.referral.referralDate }, calendar, today)
        return { kind: 'assessment' as const, title: 'Complete the assessment (45 working days from referral)', href: `/children/${r.childId}`, childId: r.childId, childLabel: childListLabel(r), workerName: r.workerName, ...e, rag: ragOf(e.status) }
      }),
      ...queue.map((r) => ({
        kind: 'allocation' as const, title: 'Allocate the referral to a named worker', href: `/referrals/${r.referral.id}`, childId: r.childId, childLabel: childListLabel(r), workerName: null,
        dueOn: null, status: 'waiting' as const, rag: 'grey' as const, daysLate: 0, daysWaiting: calendar.workingDaysBetween(r.referral.referralDate, today),
      })),
    ]
    return items.sort((a, b) => order[a.rag] - order[b.rag] || (a.dueOn ?? '').localeCompare(b.dueOn ?? ''))
  }

  return {
    /** "My work": my contacts to decide, my allocated referrals, and (for managers) the allocation queue. */
    mine: (actor: Actor) => itemsFor(actor, { workerId: actor.id }, can(actor, 'referral.allocate')),
    team: (actor: Actor) => (actor.teamId ? itemsFor(actor, { teamId: actor.teamId }, can(actor, 'referral.allocate')) : Promise.resolve([])),
    itemsForChild: (actor: Actor, childId: string) => itemsFor(actor, { childId }, false),
  }
}

export function summarise(items: WorkItem[]) {
  return {
    overdue: items.filter((i) => i.status === 'overdue').length,
    dueSoon: items.filter((i) => i.status === 'due_soon').length,
    onTrack: items.filter((i) => i.status === 'on_track').length,
    waiting: items.filter((i) => i.status === 'waiting').length,
  }
}

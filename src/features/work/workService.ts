import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import { childListLabel } from '../../access/index.js'
import type { AppDb } from '../../db/client.js'
import { londonDateOf, type Clock } from '../../domain/clock.js'
import { addMonths, ASSESSMENT_45WD, CONTACT_DECISION_1WD, evaluate, STRATEGY_TO_ICPC_15WD, ragOf, type Evaluation, type RuleSet, type WorkingDayCalendar } from '../../domain/timescales/index.js'
import { planClockItems } from './planClockItems.js'
import { cpClockItems } from './cpClockItems.js'
import { courtClockItems } from './courtClockItems.js'
import { supervisionClockItems } from './supervisionClockItems.js'
import { careClockItems, interviewItems, paContactItems } from './careClockItems.js'
import { careWorkRepository } from './careWorkRepository.js'
import type { SupervisionDue } from '../supervision/supervisionDue.js'
import { workRepository, type WorkFilter } from './workRepository.js'

export type WorkItem = {
  kind: 'contact_decision' | 'assessment' | 'allocation' | 'icpc' | 'authorise' | 'visit' | 'plan_review' | 'pre_proceedings' | 'care_proceedings' | 'core_group' | 'rcpc' | 'supervision' | 'care_visit' | 'cla_review' | 'rhi' | 'pa_contact'
  title: string
  href: string
  /** Null for an item about the worker rather than a child (their own supervision). */
  childId: string | null
  childLabel: string | null
  workerName: string | null
  dueOn: string | null
  status: Evaluation['status'] | 'waiting'
  rag: 'red' | 'amber' | 'green' | 'grey'
  daysLate: number
  daysWaiting?: number
}

/**
 * A referral with no assessment record yet shows its assessment clock for six months only, so
 * long-open cases from before assessments were recorded do not flood the list. Once an assessment
 * is recorded the clock shows until a manager authorises it (its stop event).
 */
const assessmentWindowMonths = 6

const order = { red: 0, amber: 1, grey: 2, green: 3 } as const
const urgency = (a: WorkItem, b: WorkItem) => order[a.rag] - order[b.rag] || (a.dueOn ?? '').localeCompare(b.dueOn ?? '')

/** The worker's own supervision clock, from the supervision service (a feature calls another's service). */
type OwnSupervision = { dueFor(actor: Actor): Promise<({ id: string; due: SupervisionDue }) | null> }

export function workService(db: AppDb, clock: Clock, calendar: WorkingDayCalendar, standards: { rules(): Promise<RuleSet> }, supervision?: OwnSupervision) {
  const repo = workRepository(db)
  const careRepo = careWorkRepository(db)
  const authoriseItems = authoriseItemsWith(calendar)

  async function itemsFor(actor: Actor, filter: WorkFilter, includeQueue: boolean): Promise<WorkItem[]> {
    const today = clock.today()
    // The rule set in force, once per list: the council's local standards for visits and reviews.
    const rules = await standards.rules()
    // Issue 5: children in care, returns awaiting an interview, and care leavers' contact.
    const [openCare, returns, leavers] = await Promise.all([careRepo.openCare(actor, filter), careRepo.returnsAwaitingInterview(actor, filter, new Date(clock.now().getTime() - 14 * 86_400_000)), careRepo.careLeavers(actor, filter)])
    const [contacts, referrals, queue, icpcs, toAuthorise, openPlans, openCourt] = await Promise.all([
      repo.openContacts(actor, filter),
      repo.allocatedReferrals(actor, filter, addMonths(today, -assessmentWindowMonths)),
      includeQueue ? repo.unallocatedReferrals(actor) : Promise.resolve([]),
      repo.icpcDue(actor, filter),
      !filter.childId && can(actor, 'assessment.authorise') ? repo.awaitingAuthorisation(actor) : Promise.resolve({ assessments: [], notConvened: [], stepDowns: [], closures: [] }),
      repo.openPlans(actor, filter),
      repo.openCourt(actor, filter),
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
      // Working Together 2023 ch.2: the ICPC is held within 15 working days of the strategy discussion.
      ...icpcs.map((r) => {
        const e = evaluate(STRATEGY_TO_ICPC_15WD, { start: r.heldOn }, calendar, today)
        return { kind: 'icpc' as const, title: 'Hold the initial child protection conference (15 working days from the strategy discussion)', href: `/s47-enquiries/${r.s47.id}`, childId: r.childId, childLabel: childListLabel(r), workerName: r.workerName, ...e, rag: ragOf(e.status) }
      }),
      ...authoriseItems(toAuthorise, today),
      ...planClockItems(openPlans, calendar, today, rules),
      ...cpClockItems(openPlans, calendar, today, rules),
      ...courtClockItems(openCourt, calendar, today),
      ...careClockItems(openCare, calendar, today, rules),
      ...interviewItems(returns, calendar, clock.now()),
      ...paContactItems(leavers, calendar, today, rules),
      ...queue.map((r) => ({
        kind: 'allocation' as const, title: 'Allocate the referral to a named worker', href: `/referrals/${r.referral.id}`, childId: r.childId, childLabel: childListLabel(r), workerName: null,
        dueOn: null, status: 'waiting' as const, rag: 'grey' as const, daysLate: 0, daysWaiting: calendar.workingDaysBetween(r.referral.referralDate, today),
      })),
    ]
    return items.sort(urgency)
  }

  return {
    /** "My work": my contacts to decide, my allocated referrals, and (for managers) the allocation queue. */
    mine: async (actor: Actor) => {
      const [items, own] = await Promise.all([itemsFor(actor, { workerId: actor.id }, can(actor, 'referral.allocate')), supervision?.dueFor(actor) ?? null])
      return [...items, ...supervisionClockItems(own ? { ...own.due, id: own.id } : null)].sort(urgency)
    },
    team: (actor: Actor) => (actor.teamId ? itemsFor(actor, { teamId: actor.teamId }, can(actor, 'referral.allocate')) : Promise.resolve([])),
    itemsForChild: (actor: Actor, childId: string) => itemsFor(actor, { childId }, false),
  }
}

type Waiting = Awaited<ReturnType<ReturnType<typeof workRepository>['awaitingAuthorisation']>>
const waitingItem = (title: string, href: string, r: Parameters<typeof childListLabel>[0], since: string, today: string, calendar: WorkingDayCalendar): WorkItem => ({
  kind: 'authorise', title, href, childId: r.childId, childLabel: childListLabel(r), workerName: null, dueOn: null, status: 'waiting', rag: 'grey', daysLate: 0, daysWaiting: calendar.workingDaysBetween(since, today),
})

function authoriseItemsWith(calendar: WorkingDayCalendar) {
  return (w: Waiting, today: string): WorkItem[] => [
    ...w.assessments.map((r) => waitingItem('Authorise the assessment', `/assessments/${r.assessment.id}`, r, r.assessment.startDate, today, calendar)),
    ...w.notConvened.map((r) => waitingItem('Authorise not convening an initial conference', `/s47-enquiries/${r.s47.id}`, r, r.s47.notConvenedRequestedAt ? londonDateOf(r.s47.notConvenedRequestedAt) : today, today, calendar)),
    ...w.stepDowns.map((r) => waitingItem('Authorise or reject the step-down to a child in need plan', `/step-downs/${r.stepDown.id}`, r, londonDateOf(r.stepDown.requestedAt), today, calendar)),
    ...w.closures.map((r) => waitingItem('Sign off or send back the closure of the child-in-need episode', `/closure-requests/${r.closure.id}`, r, londonDateOf(r.closure.requestedAt), today, calendar)),
  ]
}

export function summarise(items: WorkItem[]) {
  return {
    overdue: items.filter((i) => i.status === 'overdue').length,
    dueSoon: items.filter((i) => i.status === 'due_soon').length,
    onTrack: items.filter((i) => i.status === 'on_track').length,
    waiting: items.filter((i) => i.status === 'waiting').length,
  }
}

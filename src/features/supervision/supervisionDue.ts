import { addDays, daysBetween } from '../../domain/timescales/index.js'

/** The days a worker is supervised at when they have no staff profile yet (the profile's default). */
export const defaultSupervisionEveryDays = 28

/** How near the due date counts as due soon: a week gives the manager time to book the session. */
const dueSoonDays = 7

export type SupervisionDue = { lastHeldOn: string | null; dueOn: string; status: 'overdue' | 'due_soon' | 'on_track'; rag: 'red' | 'amber' | 'green'; daysLate: number }

/**
 * When a worker's next supervision is due: `everyDays` after the last session, or after the
 * profile's start (today, with no profile) when there has been none. Leicester 2015 found
 * supervision irregular; this makes a missed session visible on the day it is missed.
 */
export function supervisionDue(f: { lastHeldOn: string | null; startedOn: string | null; everyDays: number | null }, today: string): SupervisionDue {
  const dueOn = addDays(f.lastHeldOn ?? f.startedOn ?? today, f.everyDays ?? defaultSupervisionEveryDays)
  const daysLate = Math.max(0, daysBetween(dueOn, today))
  if (dueOn < today) return { lastHeldOn: f.lastHeldOn, dueOn, status: 'overdue', rag: 'red', daysLate }
  const status = dueOn <= addDays(today, dueSoonDays) ? 'due_soon' : 'on_track'
  return { lastHeldOn: f.lastHeldOn, dueOn, status, rag: status === 'due_soon' ? 'amber' : 'green', daysLate: 0 }
}

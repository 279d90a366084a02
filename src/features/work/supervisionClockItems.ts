import type { SupervisionDue } from '../supervision/supervisionDue.js'
import type { WorkItem } from './workService.js'

/**
 * The worker's own next supervision as a My work item: it is about the worker, not a child.
 * Leicester 2015 found supervision irregular; the worker sees a missed session as well as the manager.
 */
export function supervisionClockItems(due: (SupervisionDue & { id: string }) | null): WorkItem[] {
  if (!due) return []
  return [{ kind: 'supervision', title: 'Have your supervision', href: `/supervision/workers/${due.id}`, childId: null, childLabel: null, workerName: null, dueOn: due.dueOn, status: due.status, rag: due.rag, daysLate: due.daysLate }]
}

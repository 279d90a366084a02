import type { WorkItem } from './workService.js'

const statusText = { overdue: 'Overdue', due_soon: 'Due soon', on_track: 'On track', waiting: 'Waiting', met: 'Done', missed: 'Done late' }

/** Work items as the work tables show them, on My work, Team work and the child's page. */
export function workRows(items: WorkItem[]) {
  return items.map((i) => ({ ...i, statusText: statusText[i.status], lateText: i.daysLate === 1 ? '1 day late' : `${i.daysLate} days late` }))
}

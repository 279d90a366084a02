import { childListLabel } from '../../access/index.js'
import { ragOf, type Evaluation, type WorkingDayCalendar } from '../../domain/timescales/index.js'
import { preProceedingsClock, proceedingsClock } from '../court/courtClocks.js'
import type { workRepository } from './workRepository.js'
import type { WorkItem } from './workService.js'

type OpenCourt = Awaited<ReturnType<ReturnType<typeof workRepository>['openCourt']>>
type Row = OpenCourt['pp'][number] | OpenCourt['cp'][number]

/**
 * The court clocks as work items: pre-proceedings against the PLO's 16 weeks (PRE_PROCEEDINGS_16W)
 * and care proceedings against the 26 weeks of Children Act 1989 s32, extensions included.
 */
export function courtClockItems(o: OpenCourt, calendar: WorkingDayCalendar, today: string): WorkItem[] {
  const item = (kind: WorkItem['kind'], title: string, href: string, r: Row, e: Evaluation): WorkItem => ({
    kind,
    title,
    href,
    childId: r.childId,
    childLabel: childListLabel(r),
    workerName: r.workerName,
    dueOn: e.dueOn,
    status: e.status,
    rag: ragOf(e.status),
    daysLate: e.daysLate,
  })
  return [
    ...o.pp.map((r) =>
      item(
        'pre_proceedings',
        'Conclude pre-proceedings (16 weeks, PLO guidance)',
        `/pre-proceedings/${r.record.id}`,
        r,
        preProceedingsClock({ startDate: r.record.startDate, endDate: null }, calendar, today),
      ),
    ),
    ...o.cp.map((r) =>
      item(
        'care_proceedings',
        'Care proceedings concluded (26 weeks, Children Act 1989 s32)',
        `/care-proceedings/${r.record.id}`,
        r,
        proceedingsClock({ ...r.record, finalOrderOn: null }, calendar, today),
      ),
    ),
  ]
}

import { addMonths } from '../../domain/timescales/index.js'

/** One row of a child's allocation history, as far as counting workers needs it. */
export type AllocationSpan = { childId: string; workerId: string; startDate: string; endDate: string | null }

/** Children with this many social workers or more in 12 months are listed (Leicester 2017 found the changes harmful). */
export const manyWorkersThreshold = 3

/** The first day of the 12-month look-back that ends today. */
export const workerChangeWindowStart = (today: string): string => addMonths(today, -12)

/** An allocation counts when it was live on any day of the window, including its first and last days. */
export function inWindow(a: AllocationSpan, today: string): boolean {
  return a.startDate <= today && (a.endDate === null || a.endDate >= workerChangeWindowStart(today))
}

/** The number of distinct social workers a child had in the last 12 months, from the allocation history. */
export function distinctWorkers(rows: readonly AllocationSpan[], today: string): number {
  return new Set(rows.filter((a) => inWindow(a, today)).map((a) => a.workerId)).size
}

/** Per child, the number of workers in 12 months, keeping only children at or over the threshold, most first. */
export function childrenWithManyWorkers(rows: readonly AllocationSpan[], today: string, min = manyWorkersThreshold): { childId: string; workers: number }[] {
  const byChild = new Map<string, AllocationSpan[]>()
  for (const row of rows) byChild.set(row.childId, [...(byChild.get(row.childId) ?? []), row])
  return [...byChild.entries()]
    .map(([childId, spans]) => ({ childId, workers: distinctWorkers(spans, today) }))
    .filter((c) => c.workers >= min)
    .sort((a, b) => b.workers - a.workers)
}

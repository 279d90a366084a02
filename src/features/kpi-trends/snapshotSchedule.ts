/**
 * The scheduled snapshot job (issue 7 part 3: "Trends come from monthly snapshots taken by a
 * scheduled job"). At start and then hourly it takes the last complete month if no snapshot of it
 * is held; when the table is empty (a new council, or a fresh database) it also rebuilds the 24
 * months before that in the background, so the trends have a history from the first day.
 *
 * Hourly rather than "on the 1st at midnight": a server that was down at the turn of the month
 * still takes the month when it comes back, and checking costs one indexed read.
 * The work is audited under the system actor (src/access/actor.ts: "scheduled jobs").
 */
import { systemActor } from '../../access/actor.js'
import type { Clock } from '../../domain/clock.js'
import type { kpiTrendServices } from './kpiTrendServices.js'
import { lastCompleteMonth, shiftMonth } from './months.js'
import { MAX_TREND_MONTHS } from './snapshotService.js'

export type SnapshotScheduleDeps = { readonly clock: Clock; readonly services: ReturnType<typeof kpiTrendServices> }
export type SnapshotScheduleOptions = {
  /** How often to check; an hour unless a test says otherwise. */
  readonly intervalMs?: number
  /** How long after start the first check waits (0: the next turn of the event loop). */
  readonly firstCheckAfterMs?: number
  /** Months rebuilt behind the last one when no snapshot is held at all. */
  readonly backfillMonths?: number
  /** Where a failed check is reported; it never stops the server, and the next check tries again. */
  readonly onError?: (error: unknown) => void
}
/** Stops the schedule. `tick` runs a check now; `idle` settles when the checks started so far have. */
export type SnapshotSchedule = (() => void) & { tick(): Promise<void>; idle(): Promise<void> }

const HOUR = 60 * 60 * 1000

export function startSnapshotSchedule(deps: SnapshotScheduleDeps, options: SnapshotScheduleOptions = {}): SnapshotSchedule {
  const trends = deps.services.kpiTrends
  const backfill = options.backfillMonths ?? MAX_TREND_MONTHS
  // No names or identifiers: the message says only what failed.
  const onError = options.onError ?? ((e: unknown) => console.error(`KPI snapshot check failed: ${e instanceof Error ? e.message : String(e)}`))
  let stopped = false
  let running: Promise<void> = Promise.resolve()

  async function check(): Promise<void> {
    if (stopped) return
    const month = lastCompleteMonth(deps.clock.today())
    const empty = await trends.isEmpty()
    if (!(await trends.hasMonth(month))) await trends.takeMonth(month, 'scheduled', systemActor)
    // The history behind it runs as a background job, shown on the snapshots page like any rebuild.
    if (empty && backfill > 0 && !trends.rebuilding()) trends.startRebuild(systemActor, shiftMonth(month, -backfill), shiftMonth(month, -1))
  }

  // Checks never overlap: a slow one delays the next rather than running beside it.
  const tick = (): Promise<void> => {
    running = running.then(check).catch(onError)
    return running
  }

  // The first check waits for a later turn of the event loop, so starting the schedule never delays the server.
  let firstFired: () => void = () => undefined
  const started = new Promise<void>((resolve) => (firstFired = resolve))
  const first = setTimeout(() => {
    void tick()
    firstFired()
  }, options.firstCheckAfterMs ?? 0)
  first.unref()
  const timer = setInterval(() => void tick(), options.intervalMs ?? HOUR)
  timer.unref()

  const stop = () => {
    stopped = true
    clearTimeout(first)
    clearInterval(timer)
    firstFired()
  }
  return Object.assign(stop, {
    tick,
    async idle() {
      await started
      await running
      for (const job of trends.rebuildJobs()) await trends.waitForRebuild(job.id)
    },
  })
}

import type { Actor } from '../../access/actor.js'
import { createJobRunner, type Job } from '../returns/jobRunner.js'
import type { ServiceBase } from '../serviceBase.js'
import { monthCount, monthName } from './months.js'
import { snapshotService, type TakenMonth } from './snapshotService.js'

/** A rebuild run as a background job: who asked, and for which months. */
export type RebuildDetail = { readonly from: string; readonly to: string; readonly byName: string }
export type RebuildJob = Job<TakenMonth[], RebuildDetail>

// Rebuilds are the council's, not one person's: every user with kpi.snapshots sees every run.
const OWNER = 'kpi-snapshots'

/** Monthly KPI snapshots, their rebuild from the event history, and the 24-month trends (issue 7). */
export function kpiTrendServices(base: ServiceBase) {
  const snapshots = snapshotService(base)
  const jobs = createJobRunner<TakenMonth[], RebuildDetail>({ now: () => base.clock.now(), keep: 20 })
  return {
    kpiTrends: {
      ...snapshots,
      today: () => base.clock.today(),

      /** Starts a rebuild of `from` to `to` in the background; the progress page reads the job. */
      startRebuild(by: Actor, from: string, to: string): RebuildJob {
        return jobs.start(OWNER, { from, to, byName: by.displayName }, monthCount(from, to), (progress) =>
          snapshots.rebuild(from, to, by, (m) => progress(`Rebuilding ${monthName(m)}`)),
        )
      },
      rebuildJob: (id: string): RebuildJob | undefined => jobs.get(id),
      rebuildJobs: (): RebuildJob[] => jobs.listFor(OWNER),
      /** True while a rebuild is running (the schedule does not start a second backfill). */
      rebuilding: (): boolean => jobs.listFor(OWNER).some((j) => j.status === 'running'),
      waitForRebuild: (id: string) => jobs.wait(id),
    },
  }
}

import { systemActor, type Actor } from '../../access/actor.js'
import { notFound } from '../../errors.js'
import { createJobRunner } from '../returns/jobRunner.js'
import type { ServiceBase } from '../serviceBase.js'
import { cscFeedService, type CscFeedOptions, type RunSummary } from './cscFeedService.js'

export type FeedJobDetail = { readonly full: boolean }

/** The feed with its background jobs (the "run now" button) around it. */
export function cscFeedWithJobs(base: Pick<ServiceBase, 'db' | 'clock' | 'config'>, options: CscFeedOptions = {}) {
  const feed = cscFeedService(base, options)
  const jobs = createJobRunner<RunSummary, FeedJobDetail>({ now: () => base.clock.now() })
  return {
    ...feed,
    /** Starts a run in the background; the page follows its progress. */
    startRun(actor: Actor, full: boolean) {
      // Steps: building, then one per batch; the count of batches is not known until the build.
      return jobs.start(actor.id, { full }, 2, (progress) => feed.run(actor, { full, progress }))
    },
    job(actor: Actor, id: string) {
      const job = jobs.get(id)
      if (!job || job.ownerId !== actor.id) throw notFound('Run')
      return job
    },
    waitForJob: (id: string) => jobs.wait(id),
    /** The scheduled daily run, as the system. */
    runScheduled: () => feed.run(systemActor),
  }
}

/** The daily DfE children's social care API feed (issue 7). */
export function cscFeedServices(base: ServiceBase) {
  return { cscFeed: cscFeedWithJobs(base) }
}

export type CscFeed = ReturnType<typeof cscFeedWithJobs>

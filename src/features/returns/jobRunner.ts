import { randomUUID } from 'node:crypto'

/**
 * A small in-memory runner for background jobs (the CIN census run: issue 4 §9, "a background
 * job with progress"). One runner per service instance, made in the service factory; jobs do not
 * survive a restart, and only the most recent `keep` finished jobs are held.
 */
export type JobStatus = 'running' | 'done' | 'failed'

export type Job<R, D> = {
  readonly id: string
  readonly ownerId: string
  readonly detail: D
  readonly startedAt: Date
  status: JobStatus
  /** What the job is doing now, for the progress page. */
  step: string
  stepsDone: number
  readonly stepsTotal: number
  finishedAt: Date | null
  result: R | null
  error: string | null
}

export type Progress = (step: string) => void

export function createJobRunner<R, D>(options: { keep?: number; now?: () => Date } = {}) {
  const keep = options.keep ?? 50
  const now = options.now ?? (() => new Date())
  const jobs = new Map<string, Job<R, D>>()
  const settled = new Map<string, Promise<void>>()

  function evict() {
    const finished = [...jobs.values()].filter((j) => j.status !== 'running')
    for (const old of finished.slice(0, Math.max(0, finished.length - keep))) {
      jobs.delete(old.id)
      settled.delete(old.id)
    }
  }

  return {
    /** Starts the work on a later turn of the event loop, so the caller can answer at once. */
    start(ownerId: string, detail: D, stepsTotal: number, work: (progress: Progress) => Promise<R>): Job<R, D> {
      const job: Job<R, D> = { id: randomUUID(), ownerId, detail, startedAt: now(), status: 'running', step: 'Waiting to start', stepsDone: 0, stepsTotal, finishedAt: null, result: null, error: null }
      jobs.set(job.id, job)
      const progress: Progress = (step) => {
        if (job.step !== 'Waiting to start') job.stepsDone = Math.min(job.stepsDone + 1, stepsTotal)
        job.step = step
      }
      const done = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => work(progress))
        .then(
          (result) => Object.assign(job, { status: 'done', result, stepsDone: stepsTotal, step: 'Finished' }),
          (e: unknown) => Object.assign(job, { status: 'failed', error: e instanceof Error ? e.message : String(e), step: 'Failed' }),
        )
        .then(() => {
          job.finishedAt = now()
          evict()
        })
      settled.set(job.id, done)
      return job
    },
    get: (id: string): Job<R, D> | undefined => jobs.get(id),
    /** The owner's jobs, newest first. */
    listFor: (ownerId: string): Job<R, D>[] => [...jobs.values()].filter((j) => j.ownerId === ownerId).reverse(),
    /** Resolves when the job has finished (for tests and shutdown). */
    wait: async (id: string): Promise<Job<R, D> | undefined> => {
      await settled.get(id)
      return jobs.get(id)
    },
  }
}

export type JobRunner<R, D> = ReturnType<typeof createJobRunner<R, D>>

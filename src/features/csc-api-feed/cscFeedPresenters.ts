import type { Job } from '../returns/jobRunner.js'
import type { CscFeed, FeedJobDetail } from './cscFeedServices.js'
import type { RunSummary } from './cscFeedService.js'

const tags: Record<string, { text: string; classes: string }> = {
  pending: { text: 'Pending', classes: 'govuk-tag--grey' },
  sent: { text: 'Accepted', classes: 'govuk-tag--green' },
  failed: { text: 'Failed', classes: 'govuk-tag--red' },
  running: { text: 'Running', classes: 'govuk-tag--blue' },
  done: { text: 'Finished', classes: 'govuk-tag--green' },
}

export const statusTag = (status: string) => tags[status] ?? { text: status, classes: 'govuk-tag--grey' }

type Runs = Awaited<ReturnType<CscFeed['recentRuns']>>

export const runViews = (runs: Runs) =>
  runs.map((r) => ({
    ...r,
    kindText: r.kind === 'full' ? 'Full' : 'Changes only',
    // Failed batches first, so a long full run still shows what needs attention.
    batchList: r.batchList
      .map((b, i) => ({ ...b, number: i + 1, tag: statusTag(b.status) }))
      .sort((a, b) => Number(b.status === 'failed') - Number(a.status === 'failed') || a.number - b.number)
      .slice(0, shownBatches),
    moreBatches: Math.max(0, r.batchList.length - shownBatches),
  }))

/** Batches listed per run on the feed page. */
const shownBatches = 20

export function jobView(job: Job<RunSummary, FeedJobDetail>) {
  return {
    id: job.id,
    running: job.status === 'running',
    done: job.status === 'done',
    error: job.error,
    step: job.step,
    startedAt: job.startedAt,
    full: job.detail.full,
    tag: statusTag(job.status),
    result: job.result,
  }
}

type Batch = Awaited<ReturnType<CscFeed['batch']>>

export function batchView(batch: Batch['batch'], rows: Batch['rows']) {
  return {
    batch: { ...batch, kindText: batch.kind === 'full' ? 'Full' : 'Changes only' },
    rows: rows.map((r) => ({ ...r, tag: statusTag(r.status), childText: r.childRef ?? 'Not in your scope', action: r.purge ? 'Remove (purge)' : 'Send' })),
    counts: { sent: rows.filter((r) => r.status === 'sent').length, failed: rows.filter((r) => r.status === 'failed').length, purges: rows.filter((r) => r.purge).length },
  }
}

import { describe, expect, it } from 'vitest'
import { fixedClock } from '../../domain/clock.js'
import type { RunSummary } from './cscFeedService.js'
import type { CscFeed } from './cscFeedServices.js'
import { startDailyCscFeed } from './cscFeedSchedule.js'

const summary: RunSummary = { runId: null, kind: 'delta', cohort: 0, unchanged: 0, batches: 0, batchesFailed: 0, rowsSent: 0, rowsFailed: 0, rowsNotSent: 0, purged: 0 }
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function stubFeed(enabled: boolean, lastRun: Date | null) {
  const calls = { runs: 0 }
  const feed = {
    settings: { enabled },
    recentRuns: async () => (lastRun ? [{ startedAt: lastRun }] : []),
    runScheduled: async () => {
      calls.runs++
      return summary
    },
  } as unknown as CscFeed
  return { feed, calls }
}

describe('the daily DfE feed schedule', () => {
  it('does nothing when the feed is not configured', async () => {
    const { feed, calls } = stubFeed(false, null)
    const stop = startDailyCscFeed({ services: { cscFeed: feed }, clock: fixedClock('2026-11-25T10:00:00Z') }, { everyMs: 5 })
    await pause(40)
    stop()
    expect(calls.runs).toBe(0)
  })

  it('runs once a day after 2am London time, however often it checks', async () => {
    const { feed, calls } = stubFeed(true, new Date('2026-11-24T03:00:00Z'))
    const stop = startDailyCscFeed({ services: { cscFeed: feed }, clock: fixedClock('2026-11-25T10:00:00Z') }, { everyMs: 5 })
    await pause(60)
    stop()
    expect(calls.runs).toBe(1)
  })

  it('does not run again on a day that already had a run (after a restart), nor before 2am', async () => {
    const today = stubFeed(true, new Date('2026-11-25T02:30:00Z'))
    const stopToday = startDailyCscFeed({ services: { cscFeed: today.feed }, clock: fixedClock('2026-11-25T10:00:00Z') }, { everyMs: 5 })
    const early = stubFeed(true, null)
    const stopEarly = startDailyCscFeed({ services: { cscFeed: early.feed }, clock: fixedClock('2026-11-25T01:30:00Z') }, { everyMs: 5 })
    await pause(40)
    stopToday()
    stopEarly()
    expect(today.calls.runs).toBe(0)
    expect(early.calls.runs).toBe(0)
  })
})

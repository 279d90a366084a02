import type { Clock } from '../../domain/clock.js'
import type { CscFeed } from './cscFeedServices.js'

type Log = { info(obj: object, msg?: string): void; error(obj: object, msg?: string): void }

/** London hour at or after which the day's run may start: the council's overnight batch. */
const runFromHour = 2

const londonHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hourCycle: 'h23' })

/**
 * Runs the feed once a day (the DfE flow is an automated daily job, research/standards.md §5):
 * a check every 15 minutes starts the run on the first check after 02:00 London time on a day that
 * has had none. The last run is read back from the batches table, so a restart does not send twice.
 * Does nothing when the feed is not configured. Returns a function that stops the timer; the timer
 * never keeps the process alive.
 */
export function startDailyCscFeed(deps: { services: { cscFeed: CscFeed }; clock: Clock }, options: { log?: Log; everyMs?: number } = {}): () => void {
  const { cscFeed } = deps.services
  if (!cscFeed.settings.enabled) return () => undefined
  let lastRunDay: string | null = null
  let busy = false
  const tick = async () => {
    if (busy) return
    busy = true
    try {
      const today = deps.clock.today()
      if (lastRunDay === null) {
        const [latest] = await cscFeed.recentRuns(1)
        lastRunDay = latest ? new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(latest.startedAt) : ''
      }
      if (lastRunDay === today || Number(londonHour.format(deps.clock.now())) < runFromHour) return
      lastRunDay = today
      const summary = await cscFeed.runScheduled()
      // Counts only: no child's identifiers in the log.
      options.log?.info({ kind: summary.kind, batches: summary.batches, sent: summary.rowsSent, failed: summary.rowsFailed, notSent: summary.rowsNotSent, purged: summary.purged }, 'DfE CSC API feed run')
    } catch (e) {
      options.log?.error({ err: e instanceof Error ? e.message : String(e) }, 'DfE CSC API feed run failed')
    } finally {
      busy = false
    }
  }
  const timer = setInterval(() => void tick(), options.everyMs ?? 15 * 60_000)
  timer.unref()
  void tick()
  return () => clearInterval(timer)
}

/**
 * One Annex A workbook for the benchmark (bench/annexA.ts), run as a child process so that its peak
 * RSS is its own. It prints one JSON line. Reads only: it times every list's query for the whole
 * authority (as a performance analyst sees it) and the xlsx, and writes no audit row.
 *
 *   <to> <months>; DATABASE_URL names the database.
 */
import { systemActor, type Actor } from '../src/access/actor.js'
import { openPostgres } from '../src/db/client.js'
import { annexALists } from '../src/domain/annexA/lists.js'
import { windowOf } from '../src/domain/annexA/window.js'
import { fixedClock } from '../src/domain/clock.js'
import { annexAService } from '../src/features/annex-a/annexAService.js'
import { writeWorkbook, type ListRows } from '../src/features/annex-a/annexAWorkbook.js'
import { stepTimer } from './stats.js'

export type AnnexAResult = {
  readonly to: string
  readonly months: number
  readonly rows: Record<string, number>
  readonly bytes: number
  readonly steps: Record<string, number>
  readonly totalMs: number
  /** CPU time of this process over the timed steps: on a loaded machine the wall time is mostly waiting for a core. */
  readonly cpuMs: number
  readonly maxRssMb: number
}

const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024)
const analyst: Actor = { ...systemActor, role: 'performance_analyst' }

async function main() {
  const [to = new Date().toISOString().slice(0, 10), months = '6'] = process.argv.slice(2)
  const database = await openPostgres(process.env.DATABASE_URL!, 5)
  try {
    const service = annexAService(database.db, fixedClock(`${to}T12:00:00Z`), '856')
    const window = windowOf(to, Number(months))
    const cpu = process.cpuUsage()
    const { steps, lap, totalMs } = stepTimer()
    const lists: ListRows[] = []
    for (const list of annexALists) {
      lists.push({ list, rows: await service.listRows(analyst, list.id, window) })
      lap(list.sheet)
    }
    const xlsx = await writeWorkbook(lists)
    lap('xlsx')
    const used = process.cpuUsage(cpu)
    const result: AnnexAResult = {
      to,
      months: window.months,
      rows: Object.fromEntries(lists.map((l) => [l.list.sheet, l.rows.length])),
      bytes: xlsx.byteLength,
      steps,
      totalMs: totalMs(),
      cpuMs: Math.round((used.user + used.system) / 1000),
      maxRssMb: maxRssMb(),
    }
    process.stdout.write(`${JSON.stringify(result)}\n`)
  } finally {
    await database.close()
  }
}

await main()

/**
 * Makes sure calendar_days holds the working-day calendar the KPI SQL subtracts from (SHAPES.md §1).
 * The synthetic loader fills it; a council started with SEED_SIZE=none, or a test database, has it
 * empty, so the first scorecard fills it from the same calendar the timescale engine uses
 * (deps.calendar). It is reference data, identical for every council, so it is not audited.
 */
import { sql } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import { calendarDays } from '../../db/schema/index.js'
import type { WorkingDayCalendar } from '../../domain/timescales/index.js'

// The span deps.calendar is built for (src/deps.ts: 2010 to 2040).
const FIRST_DAY = '2010-01-01'
const LAST_DAY = '2040-12-31'
const CHUNK = 2000

export function calendarTable(db: Executor, calendar: WorkingDayCalendar) {
  let filled: Promise<void> | null = null

  async function fill(): Promise<void> {
    const rows = calendar.workingDayIndexRows(FIRST_DAY, LAST_DAY)
    const found = await db.execute(sql`select count(*)::int as n from calendar_days where day between ${FIRST_DAY} and ${LAST_DAY}`)
    if (Number((found.rows[0] as { n: number } | undefined)?.n ?? 0) >= rows.length) return
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK).map((r) => ({ day: r.date, isWorkingDay: r.isWorkingDay, workingDayIndex: r.workingDayIndex }))
      await db.insert(calendarDays).values(chunk).onConflictDoNothing()
    }
  }

  return {
    /** Once per process; a failure is retried on the next call. */
    ensure(): Promise<void> {
      filled ??= fill().catch((e: unknown) => {
        filled = null
        throw e
      })
      return filled
    },
  }
}

import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { bankHolidayCorrectionsKey, englandBankHolidays } from './domain/timescales/calendar.js'
import type { IsoDate } from './domain/timescales/dates.js'

const cacheDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.cache', 'cairn')

/**
 * The bank holidays date-holidays gives for a span of years, remembered in a file keyed by its
 * version and our corrections: asking it costs about half a second of every start, and issue 3
 * wants a restart within 3 s. Any trouble reading or writing the file just means asking again.
 */
export function cachedBankHolidays(from: number, to: number): IsoDate[] {
  const version = (createRequire(import.meta.url)('date-holidays/package.json') as { version: string }).version
  const key = createHash('sha256').update(`${version}|${from}|${to}|${bankHolidayCorrectionsKey}`).digest('hex').slice(0, 16)
  const file = path.join(cacheDir, `bank-holidays-${key}.json`)
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as IsoDate[]
  } catch {
    const days = [...englandBankHolidays(from, to)].sort()
    try {
      mkdirSync(cacheDir, { recursive: true })
      writeFileSync(file, JSON.stringify(days))
    } catch {
      // A read-only install still works, only more slowly.
    }
    return days
  }
}

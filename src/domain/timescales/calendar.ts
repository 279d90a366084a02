/**
 * The working-day calendar for England and Wales. Most national clocks in children's social care
 * count working days (Working Together to Safeguard Children 2023, ch.2: referral decision 1 WD,
 * assessment 45 WD, ICPC 15 WD), so weekends and bank holidays must not count (research/domain.md §0.2).
 *
 * A calendar is a value made by `createWorkingDayCalendar`; nothing here is a module-level singleton.
 */
import { createRequire } from 'node:module'
import type HolidaysType from 'date-holidays'
import { assertIsoDate, dayNumber, fromDayNumber, isWeekend, type IsoDate } from './dates.js'

export { toLondonDate } from './dates.js'

export type WorkingDayCalendarOptions = {
  /** First calendar year covered (default 2010). */
  readonly from?: number
  /** Last calendar year covered (default 2040). */
  readonly to?: number
  /** Local closure days (ISO dates) that are not working days but are not bank holidays either. */
  readonly extraNonWorkingDays?: readonly string[]
  /**
   * The bank holidays for from–to, as englandBankHolidays gave them earlier (a start-up cache);
   * without them the calendar asks date-holidays, which costs about half a second.
   */
  readonly bankHolidays?: readonly IsoDate[]
}

export type WorkingDayIndexRow = {
  readonly date: IsoDate
  readonly isWorkingDay: boolean
  /** Working days from the start of the calendar up to and including `date`. */
  readonly workingDayIndex: number
}

export interface WorkingDayCalendar {
  readonly from: number
  readonly to: number
  isWorkingDay(date: IsoDate): boolean
  isBankHoliday(date: IsoDate): boolean
  addWorkingDays(date: IsoDate, n: number): IsoDate
  workingDaysBetween(a: IsoDate, b: IsoDate): number
  bankHolidays(year: number): readonly IsoDate[]
  workingDayIndexRows(from: IsoDate, to: IsoDate): WorkingDayIndexRow[]
}

/**
 * Known gaps in date-holidays 3.x for England, checked against the gov.uk proclamations:
 * the Royal Wedding on 29 April 2011 is missing, and in 2012 the spring bank holiday moved from
 * 28 May to 4 June for the Diamond Jubilee (5 June), which the data does not reflect.
 */
const CORRECTIONS = { add: ['2011-04-29', '2012-06-04'], remove: ['2012-05-28'] } as const

/** Changes whenever the corrections do, so a cache of englandBankHolidays' answers goes stale with them. */
export const bankHolidayCorrectionsKey = JSON.stringify(CORRECTIONS)

/** Loaded on first use: date-holidays and its time-zone data take about 0.3 s to load. */
const loadHolidays = () => createRequire(import.meta.url)('date-holidays') as typeof HolidaysType

/** England and Wales bank holidays on weekdays, from date-holidays with the corrections above. */
export function englandBankHolidays(from: number, to: number): Set<IsoDate> {
  const Holidays = loadHolidays()
  const hd = new Holidays('GB', 'ENG')
  const days = new Set<IsoDate>()
  for (let year = from; year <= to; year++) {
    for (const h of hd.getHolidays(year)) {
      // Only 'public' entries are days off: 'observance' rows such as Mother's Day are not.
      if (h.type !== 'public') continue
      const date = h.date.slice(0, 10)
      // A holiday falling at a weekend is listed alongside its substitute weekday; only the
      // weekday is a bank holiday (Banking and Financial Dealings Act 1971, sch.1).
      if (!isWeekend(date)) days.add(date)
    }
  }
  for (const d of CORRECTIONS.remove) days.delete(d)
  for (const d of CORRECTIONS.add)
    if (Number(d.slice(0, 4)) >= from && Number(d.slice(0, 4)) <= to) days.add(d)
  return days
}

export function createWorkingDayCalendar(options: WorkingDayCalendarOptions = {}): WorkingDayCalendar {
  const from = options.from ?? 2010
  const to = options.to ?? 2040
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) {
    throw new RangeError(`Calendar years must be whole numbers with from <= to (got ${from}–${to})`)
  }
  const first = dayNumber(`${String(from).padStart(4, '0')}-01-01`)
  const last = dayNumber(`${String(to).padStart(4, '0')}-12-31`)
  const size = last - first + 1

  const bankHolidaySet = options.bankHolidays ? new Set(options.bankHolidays.map(assertIsoDate)) : englandBankHolidays(from, to)
  const closures = new Set<IsoDate>()
  for (const d of options.extraNonWorkingDays ?? []) {
    const n = dayNumber(assertIsoDate(d))
    if (n < first || n > last) throw new RangeError(`Extra non-working day ${d} is outside ${from}–${to}`)
    closures.add(d)
  }

  // working[i] and index[i] describe day first + i. index is a running count, so the number of
  // working days in (a, b] is one subtraction: the same trick the SQL calendar_days table uses.
  const working = new Uint8Array(size)
  const index = new Int32Array(size)
  let count = 0
  const nonWorkingSlots = new Set([...bankHolidaySet, ...closures].map((d) => dayNumber(d) - first))
  for (let i = 0; i < size; i++) {
    // Day 0 (1970-01-01) was a Thursday, so (n + 4) mod 7 is the weekday with 0 for Sunday; this
    // loop runs for every day of 30 years at start-up, so it stays on numbers, not date strings.
    const day = (((first + i + 4) % 7) + 7) % 7
    const isWorking = day !== 0 && day !== 6 && !nonWorkingSlots.has(i)
    working[i] = isWorking ? 1 : 0
    if (isWorking) count++
    index[i] = count
  }

  const slot = (date: IsoDate): number => {
    const i = dayNumber(date) - first
    if (i < 0 || i >= size) throw new RangeError(`${date} is outside the calendar (${from}–${to})`)
    return i
  }
  const indexAt = (i: number): number => index[i] ?? 0
  const workingAt = (i: number): boolean => working[i] === 1

  /** The first slot whose running count reaches `target`: that day is the target-th working day. */
  const slotOfIndex = (target: number): number => {
    if (target < 1 || target > count) throw new RangeError('Working-day arithmetic ran outside the calendar')
    let lo = 0
    let hi = size - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (indexAt(mid) >= target) hi = mid
      else lo = mid + 1
    }
    return lo
  }

  const byYear = new Map<number, IsoDate[]>()
  for (const d of [...bankHolidaySet].sort()) {
    const y = Number(d.slice(0, 4))
    byYear.set(y, [...(byYear.get(y) ?? []), d])
  }

  return {
    from,
    to,
    isWorkingDay: (date) => workingAt(slot(date)),
    isBankHoliday(date) {
      slot(date) // range check: outside the calendar we cannot say
      return bankHolidaySet.has(date)
    },
    /**
     * Convention (Working Together 2023, ch.2, "within one working day of a referral being
     * received"; "45 working days from the point of referral"): the day the clock starts is day 0
     * and the deadline is the end of the n-th working day after it. Something received on a
     * non-working day is treated as received on the next working day, which becomes day 0, as
     * local front-door procedures do for out-of-hours contacts. A negative n counts backwards,
     * rolling a non-working day back to the previous working day.
     */
    addWorkingDays(date, n) {
      if (!Number.isInteger(n)) throw new RangeError(`Working days must be a whole number (got ${n})`)
      const i = slot(date)
      const base = workingAt(i) ? indexAt(i) : n >= 0 ? indexAt(i) + 1 : indexAt(i)
      return fromDayNumber(first + slotOfIndex(base + n))
    },
    /** Working days after a, up to and including b; negative when b is before a. */
    workingDaysBetween: (a, b) => indexAt(slot(b)) - indexAt(slot(a)),
    bankHolidays(year) {
      if (year < from || year > to) throw new RangeError(`${year} is outside the calendar (${from}–${to})`)
      return [...(byYear.get(year) ?? [])]
    },
    workingDayIndexRows(start, end) {
      const a = slot(start)
      const b = slot(end)
      const rows: WorkingDayIndexRow[] = []
      for (let i = a; i <= b; i++) {
        rows.push({ date: fromDayNumber(first + i), isWorkingDay: workingAt(i), workingDayIndex: indexAt(i) })
      }
      return rows
    },
  }
}

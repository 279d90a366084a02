/**
 * Fast, cached date arithmetic for the generator. The Leicester size makes about a million date
 * operations; the domain helpers validate every string and build Date objects, which is right for
 * the application but too slow here. These give the same answers (checked in generate.test.ts).
 */
import type { IsoDate, WorkingDayCalendar } from '../domain/timescales/index.js'

const MS_PER_DAY = 86_400_000
const numberOf = new Map<IsoDate, number>()
const isoOf = new Map<number, IsoDate>()

export function dayNo(date: IsoDate): number {
  let n = numberOf.get(date)
  if (n === undefined) {
    n =
      Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY
    numberOf.set(date, n)
  }
  return n
}

export function isoDay(n: number): IsoDate {
  let date = isoOf.get(n)
  if (date === undefined) {
    date = new Date(n * MS_PER_DAY).toISOString().slice(0, 10)
    isoOf.set(n, date)
  }
  return date
}

export const plusDays = (date: IsoDate, n: number): IsoDate => isoDay(dayNo(date) + n)
export const daysFrom = (a: IsoDate, b: IsoDate): number => dayNo(b) - dayNo(a)

/** [start, end) of British Summer Time in a year, in ms: 01:00 UTC on the last Sundays of March and
 *  October (Summer Time Order 2002, the EU-harmonised rule in force since 1998). */
const bstBounds = new Map<number, [number, number]>()
function bst(year: number): [number, number] {
  let bounds = bstBounds.get(year)
  if (!bounds) {
    const lastSunday = (month: number) => {
      const last = new Date(Date.UTC(year, month, 0))
      return Date.UTC(year, month - 1, last.getUTCDate() - last.getUTCDay(), 1)
    }
    bounds = [lastSunday(3), lastSunday(10)]
    bstBounds.set(year, bounds)
  }
  return bounds
}

/** The Europe/London calendar date of an instant: same answer as timescales' toLondonDate. */
export function londonDay(instant: Date | number): IsoDate {
  const ms = typeof instant === 'number' ? instant : instant.getTime()
  const [start, end] = bst(new Date(ms).getUTCFullYear())
  const offset = ms >= start && ms < end ? 3_600_000 : 0
  return isoDay(Math.floor((ms + offset) / MS_PER_DAY))
}

/** The instant of a London wall-clock time on a date (BST from 01:00 local GMT to 02:00 BST). */
export function londonInstant(date: IsoDate, minuteOfDay: number): Date {
  const utcGuess = dayNo(date) * MS_PER_DAY + minuteOfDay * 60_000
  const [start, end] = bst(Number(date.slice(0, 4)))
  const shifted = utcGuess - 3_600_000
  return new Date(shifted >= start && shifted < end ? shifted : utcGuess)
}

/** Memoised working-day answers from the shared calendar (the same calendar, only cached). */
export function cachedCalendar(calendar: WorkingDayCalendar) {
  const working = new Map<IsoDate, boolean>()
  const added = new Map<string, IsoDate>()
  return {
    isWorkingDay(date: IsoDate): boolean {
      let w = working.get(date)
      if (w === undefined) working.set(date, (w = calendar.isWorkingDay(date)))
      return w
    },
    addWorkingDays(date: IsoDate, n: number): IsoDate {
      const key = `${date}|${n}`
      let d = added.get(key)
      if (d === undefined) added.set(key, (d = calendar.addWorkingDays(date, n)))
      return d
    },
  }
}

export type CachedCalendar = ReturnType<typeof cachedCalendar>

/** What the generator needs of a calendar: the real one or its cached wrapper. */
export type WorkingDays = Pick<WorkingDayCalendar, 'isWorkingDay' | 'addWorkingDays'>

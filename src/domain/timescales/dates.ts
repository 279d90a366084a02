/**
 * Calendar-date helpers. A date is an ISO 'YYYY-MM-DD' string naming a day in Europe/London
 * (ARCHITECTURE.md §6.8). Arithmetic runs in UTC on the date parts only, so the clock change in
 * March and October can never move a date by a day.
 */
export type IsoDate = string

const MS_PER_DAY = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = new Date(Date.UTC(y, mo - 1, d))
  // Rejects dates such as 2023-02-30 that Date.UTC would silently roll over.
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
}

export function assertIsoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): ${value}`)
  return value
}

/** Days since 1970-01-01: an integer we can add to and subtract. */
export function dayNumber(date: IsoDate): number {
  assertIsoDate(date)
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY
  )
}

export function fromDayNumber(n: number): IsoDate {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10)
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(dayNumber(date) + n)
}

/** Calendar days from a to b (negative if b is before a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a)
}

/**
 * Adds calendar months, clamping to the last day of a shorter month (31 Jan + 1 month = 28 or 29
 * Feb). "Within 3 months" in Working Together 2023 (first review conference) is read this way,
 * so a clock never runs past the end of the month it should end in.
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  assertIsoDate(date)
  const y = Number(date.slice(0, 4))
  const m = Number(date.slice(5, 7)) - 1 + n
  const d = Number(date.slice(8, 10))
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
  return new Date(Date.UTC(y, m, Math.min(d, lastDay))).toISOString().slice(0, 10)
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(dayNumber(date) * MS_PER_DAY).getUTCDay()
}

export function isWeekend(date: IsoDate): boolean {
  const w = weekday(date)
  return w === 0 || w === 6
}

// An Intl formatter is immutable once built, so sharing one is not shared mutable state.
const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/**
 * The Europe/London calendar date of an instant. A contact received at 00:30 BST is received on
 * that BST day, not the UTC day before (Ofsted found front-door clocks wrong when the recorded
 * date was not the received date: research/domain.md §0.1).
 */
export function toLondonDate(instant: Date): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date')
  const parts = londonParts.formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return assertIsoDate(`${part('year')}-${part('month')}-${part('day')}`)
}

/**
 * A date as given, or the London date of an ISO timestamp. Start events are often stored as a
 * `received_at` timestamp; day-based clocks only care which London day it fell on.
 */
export function toIsoDate(value: string): IsoDate {
  if (isIsoDate(value)) return value
  return toLondonDate(parseInstant(value))
}

/** Parses an ISO timestamp that carries an explicit offset or Z, so it names one instant. */
export function parseInstant(value: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw new RangeError(`Not an ISO timestamp with a time zone offset: ${value}`)
  }
  const t = new Date(value)
  if (Number.isNaN(t.getTime())) throw new RangeError(`Not a valid timestamp: ${value}`)
  return t
}

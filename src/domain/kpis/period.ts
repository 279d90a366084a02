/**
 * Reporting periods for the scorecard (issue 7): a month, a quarter, the year to date and the
 * rolling 12 months, each ending in a chosen month. The year runs 1 April to 31 March, like the
 * CIN census and SSDA903 (research/domain.md §1.7, row 60). A period never runs past today:
 * "as at" measures are taken on its last day or today, whichever is earlier.
 */
import { addDays, addMonths, daysBetween, type IsoDate } from '../timescales/index.js'

export const periodKinds = ['month', 'quarter', 'ytd', 'rolling12'] as const
export type PeriodKind = (typeof periodKinds)[number]
export const periodKindNames: Record<PeriodKind, string> = {
  month: 'Month',
  quarter: 'Quarter',
  ytd: 'Year to date (from 1 April)',
  rolling12: 'Rolling 12 months',
}

export type Period = {
  readonly kind: PeriodKind
  /** The month the period ends in, 'YYYY-MM'. */
  readonly ending: string
  readonly from: IsoDate
  /** The last day counted: the period's last day, or today if that is earlier. */
  readonly to: IsoDate
  /** Days from `from` to `to`, both included: rates are scaled from this to a year. */
  readonly days: number
  readonly label: string
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const pad = (n: number) => String(n).padStart(2, '0')
const longDate = (d: IsoDate) => `${Number(d.slice(8, 10))} ${monthNames[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`
const financialYear = (y: number, m: number) => (m >= 4 ? y : y - 1)
const fyLabel = (start: number) => `${start}-${pad((start + 1) % 100)}`

/** The period of a kind ending in month `ending` ('YYYY-MM'), capped at today. */
export function periodOf(kind: PeriodKind, ending: string, today: IsoDate): Period {
  const y = Number(ending.slice(0, 4))
  const m = Number(ending.slice(5, 7))
  const monthStart = `${ending}-01`
  const monthEnd = addDays(addMonths(monthStart, 1), -1)
  const fy = financialYear(y, m)
  const starts: Record<PeriodKind, IsoDate> = {
    month: monthStart,
    quarter: `${y}-${pad(m - ((m - 1) % 3))}-01`,
    ytd: `${fy}-04-01`,
    rolling12: addMonths(monthStart, -11),
  }
  const from = starts[kind]
  const to = monthEnd < today ? monthEnd : today
  const labels: Record<PeriodKind, string> = {
    month: `${monthNames[m - 1]} ${y}`,
    quarter: `Quarter ${Math.floor(((m + 8) % 12) / 3) + 1} of ${fyLabel(fy)} (${longDate(from)} to ${longDate(monthEnd)})`,
    ytd: `${fyLabel(fy)} year to date (${longDate(from)} to ${longDate(to)})`,
    rolling12: `12 months to ${longDate(monthEnd)}`,
  }
  return Object.freeze({ kind, ending, from, to, days: daysBetween(from, to) + 1, label: labels[kind] })
}

/** The month containing a date, 'YYYY-MM'. */
export const monthOf = (date: IsoDate) => date.slice(0, 7)

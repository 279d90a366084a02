/**
 * Month arithmetic for the snapshots: months are 'YYYY-MM' strings, which sort as they read.
 */
import { addMonths } from '../../domain/timescales/index.js'

export const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** The month `n` months after `month` (before, when n is negative). */
export const shiftMonth = (month: string, n: number): string => addMonths(`${month}-01`, n).slice(0, 7)

/** The last month that has ended by `today` ('YYYY-MM-DD'): a snapshot is only taken of a complete month. */
export const lastCompleteMonth = (today: string): string => shiftMonth(today.slice(0, 7), -1)

/** Every month from `from` to `to`, both included, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let m = from; m <= to; m = shiftMonth(m, 1)) out.push(m)
  return out
}

/** How many months from `from` to `to`, both included (0 when `to` is before `from`). */
export const monthCount = (from: string, to: string): number => {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1
  return Math.max(0, index(to) - index(from) + 1)
}

/** 'November 2026'. */
export const monthName = (month: string): string => `${monthNames[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`

/** 'Nov 2026', for a chart axis or a narrow table. */
export const shortMonthName = (month: string): string => `${monthNames[Number(month.slice(5, 7)) - 1]!.slice(0, 3)} ${month.slice(0, 4)}`

/**
 * Date arithmetic shared by the SSDA903 rules. Dates are ISO strings ('YYYY-MM-DD'), which compare
 * correctly as text. Birthdays follow the DfE validator: the nth birthday of someone born on 29
 * February is 28 February in a year that is not a leap year.
 */
import { isoOf } from './define.js'

/** The ISO date `years` years after `iso` (29 February falls back to 28 February). */
export function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years
  const md = iso.slice(5)
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  return `${String(y).padStart(4, '0')}-${md === '02-29' && !leap ? '02-28' : md}`
}

/** The ISO date `days` days after `iso` (negative for before). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** Whole years of age on `on` for a child born on `dob` (both ISO). */
export function ageOn(dob: string, on: string): number {
  let age = Number(on.slice(0, 4)) - Number(dob.slice(0, 4))
  if (addYears(dob, age) > on) age -= 1
  return age
}

/** isoOf, which remembers the dates it has checked (kept under this name for the rules that use it). */
export const dateOf = isoOf

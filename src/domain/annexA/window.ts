import { addDays, addMonths } from '../timescales/dates.js'

/**
 * The look-back window an Annex A workbook covers: the chosen number of months ending on the chosen
 * day (the day before the inspection, by default today). Ofsted's default is 6 months; Lists 10 and
 * 11 and the "in the last 12 months" columns always look back 12 (ILACS Annex A; research/domain.md
 * row 59). A window of n months ending on D starts the day after the same date n months earlier,
 * clamped to the month's end, so 6 months to 31 August start on 1 March.
 */
export type AnnexAWindow = {
  /** First day of the chosen window. */
  readonly from: string
  /** Last day (inclusive) of every window. */
  readonly to: string
  readonly months: number
  /** First day of the 12-month look-back ending on `to`. */
  readonly from12: string
  /** First day of the 6-month look-back ending on `to` (List 7's emergency-protection column). */
  readonly from6: string
}

export const minMonths = 1
export const maxMonths = 24
export const defaultMonths = 6


/** The same day n months earlier (clamped to the end of a shorter month). */
export const monthsBefore = (isoDate: string, months: number): string => addMonths(isoDate, -months)

export function windowOf(to: string, months: number): AnnexAWindow {
  if (!Number.isInteger(months) || months < minMonths || months > maxMonths)
    throw new RangeError(`months must be ${minMonths} to ${maxMonths}`)
  const start = (n: number) => addDays(monthsBefore(to, n), 1)
  return { from: start(months), to, months, from12: start(12), from6: start(6) }
}

/** Whole years from a date of birth to a day (blank without a date of birth). */
export function ageOn(dateOfBirth: string | null, on: string): number | null {
  if (!dateOfBirth) return null
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4))
  return on.slice(5) < dateOfBirth.slice(5) ? years - 1 : years
}

/**
 * The Annex A window as typed in (a GOV.UK date input for the last day, and the number of months).
 * A bad value is refused with a clear message and a 400; nothing is read, run or written for it.
 */
import { z } from 'zod'
import {
  defaultMonths,
  maxMonths,
  minMonths,
  windowOf,
  type AnnexAWindow,
} from '../../domain/annexA/window.js'
import { fieldErrorsOf, joinDateInput } from '../../http/forms.js'
import type { FieldErrors } from '../../errors.js'

/** The working-day calendar starts in 2010, and a window may look back 24 months. */
export const FIRST_DAY = '2012-01-01'

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v)
const isRealDate = (s: string) => {
  const t = /^\d{4}-\d{2}-\d{2}$/.test(s) ? Date.parse(`${s}T00:00:00Z`) : NaN
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s
}

export function windowSchema(today: string) {
  return z.object({
    to: z
      .string()
      .min(1, 'Enter the last day of the window')
      .refine(isRealDate, 'The last day of the window must be a real date, for example 31 3 2026')
      .refine((d) => !isRealDate(d) || d <= today, 'The last day of the window cannot be in the future')
      .refine((d) => !isRealDate(d) || d >= FIRST_DAY, 'The last day of the window must be in 2012 or later'),
    months: z
      .string()
      .regex(/^\s*-?\d+(\.\d+)?\s*$/, `Enter the number of months, from ${minMonths} to ${maxMonths}`)
      .transform(Number)
      .pipe(
        z
          .number()
          .int(`Enter a whole number of months, from ${minMonths} to ${maxMonths}`)
          .min(minMonths, `The window must be at least ${minMonths} month`)
          .max(maxMonths, `The window can be at most ${maxMonths} months`),
      ),
  })
}

export type WindowInput = { to: string; months: string }

/**
 * The typed-in values from a form body or query string, kept to show back on an error. The form
 * arrives filled in; blanks take the defaults (today, 6 months) only where `defaults` is given (the
 * comparison page's query string), so a posted form with nothing in it is refused, not run.
 */
export function windowInput(source: Record<string, unknown>, defaults?: { today: string }): WindowInput {
  const flat = Object.fromEntries(
    Object.entries(source).map(([k, v]) => [k, typeof one(v) === 'string' ? one(v) : '']),
  )
  const typed = ['to-day', 'to-month', 'to-year'].some((k) => String(flat[k] ?? '').trim() !== '')
  const months = String(flat.months ?? '').trim()
  return {
    to: typed ? joinDateInput(flat, 'to') : (defaults?.today ?? ''),
    months: months === '' && defaults ? String(defaultMonths) : months,
  }
}

export function parseWindow(
  input: WindowInput,
  today: string,
): { window: AnnexAWindow } | { errors: FieldErrors } {
  const parsed = windowSchema(today).safeParse(input)
  if (!parsed.success) return { errors: fieldErrorsOf(parsed.error) }
  return { window: windowOf(parsed.data.to, parsed.data.months) }
}

export const runIdParam = z.object({ runId: z.uuid() })
export const importIdParam = z.object({ importId: z.uuid() })

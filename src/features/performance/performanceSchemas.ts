/**
 * The scorecard's query string (issue 7: period and breakdown chosen by a GET form). A bad value is
 * refused with a clear message and a 400; nothing is read or written for it.
 */
import { z } from 'zod'
import { periodKinds } from '../../domain/kpis/index.js'
import { breakdowns } from './kpiEngine.js'

/** The earliest month a period may end in: the calendar starts in 2010 and the year on 1 April. */
export const FIRST_MONTH = '2011-03'

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v)
const blankToUndefined = (v: unknown) => {
  const x = one(v)
  return typeof x === 'string' && x.trim() === '' ? undefined : x
}

export function performanceQuerySchema(currentMonth: string) {
  return z.object({
    period: z.preprocess(blankToUndefined, z.enum(periodKinds, { message: 'Choose a period: month, quarter, year to date or rolling 12 months' }).default('ytd')),
    ending: z.preprocess(
      blankToUndefined,
      z
        .string({ message: 'Choose the month the period ends in' })
        .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'The month the period ends in must look like 2026-03')
        .refine((m) => m <= currentMonth, 'The period cannot end in a future month')
        .refine((m) => m >= FIRST_MONTH, 'The period must end in March 2011 or later')
        .default(currentMonth),
    ),
    breakdown: z.preprocess(blankToUndefined, z.enum(breakdowns, { message: 'Choose a breakdown: authority, team or worker' }).default('authority')),
    team: z.preprocess(blankToUndefined, z.uuid('Choose a team from the scorecard').optional()),
    worker: z.preprocess(blankToUndefined, z.uuid('Choose a worker from the scorecard').optional()),
    // The drill-down's page; the scorecard ignores it.
    page: z.preprocess(
      blankToUndefined,
      z.coerce.number({ message: 'The page must be a whole number' }).int('The page must be a whole number').min(1, 'The page must be 1 or more').max(100_000, 'The page must be 100000 or less').default(1),
    ),
  })
}

/** The parsed query; the page is optional for callers other than the drill-down page (it defaults to 1). */
export type PerformanceQuery = Omit<z.infer<ReturnType<typeof performanceQuerySchema>>, 'page'> & { readonly page?: number }

export const kpiIdParam = z.object({ id: z.string().regex(/^[A-Z][A-Z0-9_]{0,60}$/) })

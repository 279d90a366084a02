/**
 * The inputs of the trend and snapshot pages, each refused with a clear message and a 400, with
 * nothing read or written for it.
 */
import { z } from 'zod'
import { lastCompleteMonth, monthCount, monthName, monthPattern } from './months.js'

/** At most three years in one rebuild: longer runs belong in more than one job. */
export const MAX_REBUILD_MONTHS = 36
/** The working-day calendar starts in 2010, so no month before it can be counted. */
export const FIRST_SNAPSHOT_MONTH = '2010-01'

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v)
const blankToUndefined = (v: unknown) => {
  const x = one(v)
  return typeof x === 'string' ? (x.trim() === '' ? undefined : x.trim()) : x
}

/** A team's id, or 'authority' for the whole authority; absent, the reader's own default (trendScope.ts). */
export const WHOLE_AUTHORITY = 'authority'
export const trendQuerySchema = z.object({
  team: z.preprocess(blankToUndefined, z.union([z.literal(WHOLE_AUTHORITY), z.uuid('Choose a team from the list')], { error: 'Choose a team from the list' }).optional()),
})

const month = (which: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ message: `Enter the ${which} month` })
      .regex(monthPattern, `The ${which} month must be a year and month, like 2025-04`)
      .refine((m) => m >= FIRST_SNAPSHOT_MONTH, `The ${which} month must be January 2010 or later`),
  )

/**
 * The rebuild form. A snapshot is of a complete month, so the last month allowed is the one before
 * today's ("not in the future": the current month has not ended).
 */
export function rebuildSchema(today: string) {
  const last = lastCompleteMonth(today)
  return z
    .object({ from: month('first'), to: month('last') })
    .superRefine((v, ctx) => {
      if (v.to > last) ctx.addIssue({ code: 'custom', path: ['to'], message: `The last month must have ended: ${monthName(last)} or earlier` })
      if (v.from > last) ctx.addIssue({ code: 'custom', path: ['from'], message: `The first month must have ended: ${monthName(last)} or earlier` })
      else if (v.from > v.to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'The first month must be the same as or before the last month' })
      else if (monthCount(v.from, v.to) > MAX_REBUILD_MONTHS) ctx.addIssue({ code: 'custom', path: ['from'], message: `Rebuild at most ${MAX_REBUILD_MONTHS} months at a time` })
    })
}

export const jobIdParam = z.object({ jobId: z.uuid() })

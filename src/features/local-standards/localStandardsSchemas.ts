import { z } from 'zod'
import type { DurationUnit } from '../../domain/timescales/index.js'

/** A rule id as the rules define it (UPPER_SNAKE_CASE); anything else names no rule (404). */
export const ruleIdParam = z.object({ id: z.string().regex(/^[A-Z][A-Z0-9_]{0,59}$/) })

/** Units a local standard may use: every rule that allows one is a repeating, day-counted clock. */
export const standardUnits = [
  { code: 'working_days', description: 'Working days' },
  { code: 'days', description: 'Days' },
  { code: 'weeks', description: 'Weeks' },
  { code: 'months', description: 'Months' },
] as const satisfies readonly { code: DurationUnit; description: string }[]
const unitCodes = ['working_days', 'days', 'weeks', 'months'] as const satisfies readonly DurationUnit[]

// Version 0 means "no local standard yet": the save then adds one, unless someone else just did.
const version = z.coerce.number({ error: 'The form is missing its version: reload the page' }).int().min(0)

export const localStandardSchema = z.object({
  version,
  amount: z.coerce.number({ error: 'Enter the interval as a whole number' }).int('Enter the interval as a whole number').min(1, 'Enter an interval of at least 1').max(365, 'Enter an interval of 365 or fewer'),
  unit: z.enum(unitCodes, { error: 'Select the unit' }),
})
export type LocalStandardInput = z.infer<typeof localStandardSchema>

export const clearSchema = z.object({ version: version.min(1, 'There is no local standard to clear: reload the page') })

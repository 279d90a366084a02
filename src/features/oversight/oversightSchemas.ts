import { z } from 'zod'
import { text } from '../child-protection/cpSchemas.js'
import { pointCodes } from './oversightPoints.js'

const blankIsUnset = (v: unknown) => (v === '' ? undefined : v)

/** The gaps list's drill-down: one decision point and/or one team (or children with no live allocation). */
export const gapsQuery = z.object({
  point: z.preprocess(blankIsUnset, z.enum(pointCodes, { error: 'Select a decision point from the list' }).optional()),
  team: z.preprocess(blankIsUnset, z.union([z.uuid(), z.literal('unallocated')], { error: 'Select a team from the list' }).optional()),
})
export type GapsQuery = z.infer<typeof gapsQuery>

/** The overdue drill-down of the tracker: one team (the user's own when none is given). */
export const teamQuery = z.object({ team: z.preprocess(blankIsUnset, z.uuid({ error: 'Select a team from the list' }).optional()) })

export const oversightSchema = z.object({ note: text('your management oversight', 5000) })
export type OversightInput = z.infer<typeof oversightSchema>

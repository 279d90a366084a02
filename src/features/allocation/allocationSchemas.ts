import { z } from 'zod'

const reason = z.string({ error: 'Enter the reason' }).trim().min(1, 'Enter the reason').max(500, 'The reason must be 500 characters or fewer')
const oneOrMany = (v: unknown) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v])

/** The queue form: several children (siblings) to one worker in one go. */
export const queueAllocationSchema = z.object({
  childIds: z.preprocess(oneOrMany, z.array(z.uuid({ error: 'Select children from the list' })).min(1, 'Select at least one child').max(20, 'Select 20 children or fewer')),
  teamId: z.uuid({ error: 'Select a team' }),
  workerId: z.uuid({ error: 'Select a worker' }),
  reason: reason.refine(Boolean, 'Enter the reason for the allocation'),
})

/** Reallocation or transfer of one child: the reason is required (issue 6, bad input). */
export const childAllocationSchema = z.object({
  teamId: z.uuid({ error: 'Select a team' }),
  workerId: z.uuid({ error: 'Select a worker' }),
  reason,
  // The live allocation the manager saw, or '' when none: a change since then is a conflict.
  seen: z.union([z.uuid(), z.literal('')]).default(''),
})

export const teamParam = z.object({ id: z.uuid() })

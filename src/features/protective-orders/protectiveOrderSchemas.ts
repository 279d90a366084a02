import { z } from 'zod'
import { codesOf, protectiveOrderKinds } from '../../domain/codeLists/index.js'
import { joinDateTimeInput } from '../../http/forms.js'
import { blank, optionalText, pastInstant, text, version } from '../child-protection/cpSchemas.js'

const timeParts = ['day', 'month', 'year', 'time'] as const

/**
 * A date input plus time field as a London wall-clock time. A half-filled one is kept as
 * 'incomplete' so the validator names it, rather than reading it as "not ended".
 */
function dateTimeOf(body: Record<string, unknown>, name: string): string {
  const typed = timeParts.some((p) => String(body[`${name}-${p}`] ?? '').trim() !== '')
  return typed ? joinDateTimeInput(body, name) || 'incomplete' : ''
}

export const protectiveOrderBody = (body: Record<string, unknown>) => ({ ...body, startedAt: dateTimeOf(body, 'startedAt'), endedAt: dateTimeOf(body, 'endedAt') })

const fields = (now: Date) => ({
  kind: z.enum(codesOf(protectiveOrderKinds), { error: 'Select emergency protection order or police protection' }),
  startedAt: pastInstant(now, 'when it started'),
  endedAt: z.preprocess(blank, pastInstant(now, 'when it ended').optional()),
  reference: optionalText('the court or police reference', 100),
  reason: text('the reason', 5000),
})

// protective_orders_dates_check: an order cannot end before it started.
const endsAfterStart = (d: { startedAt: Date; endedAt?: Date | undefined }) => !d.endedAt || d.endedAt >= d.startedAt
const endsAfterStartIssue = { path: ['endedAt'], message: 'It cannot end before it started' }

export const protectiveOrderSchema = (now: Date) => z.object(fields(now)).refine(endsAfterStart, endsAfterStartIssue)
export const protectiveOrderEditSchema = (now: Date) => z.object({ ...fields(now), version }).refine(endsAfterStart, endsAfterStartIssue)
export type ProtectiveOrderInput = z.infer<ReturnType<typeof protectiveOrderSchema>>
export type ProtectiveOrderEdit = z.infer<ReturnType<typeof protectiveOrderEditSchema>>

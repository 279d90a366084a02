import { z } from 'zod'
import { codesOf, earlyHelpOutcomes } from '../../domain/codeLists/index.js'
import { joinDateInput } from '../../http/forms.js'
import { blank, pastDate, text, version } from '../child-protection/cpSchemas.js'

const dateNames = ['startDate', 'completedOn'] as const

/** The posted form with its GOV.UK date inputs joined into ISO dates. */
export function earlyHelpBody(body: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = { ...body }
  for (const name of dateNames) if (`${name}-day` in body || `${name}-year` in body) values[name] = joinDateInput(body, name)
  return values
}

const outcome = z.enum(codesOf(earlyHelpOutcomes), { error: 'Select the outcome of the assessment' })
const completedOn = (today: string) => pastDate(today, 'the date the assessment was completed')
const notBeforeStart = { path: ['completedOn'], message: 'The assessment cannot be completed before it started' }

/**
 * A new early help assessment. It may be recorded already complete (the lead agency often sends it
 * in afterwards); then the completion date and the outcome come together, as the completion form
 * asks for both.
 */
export const recordSchema = (today: string) =>
  z
    .object({
      startDate: pastDate(today, 'the date the assessment started'),
      leadPractitioner: text('the lead practitioner and their agency', 200),
      contactId: z.preprocess(blank, z.uuid({ error: 'Choose the contact again from the list' }).optional()),
      completedOn: z.preprocess(blank, completedOn(today).optional()),
      outcome: z.preprocess(blank, outcome.optional()),
    })
    .refine((d) => !d.completedOn || d.completedOn >= d.startDate, notBeforeStart)
    .refine((d) => !d.completedOn || d.outcome, { path: ['outcome'], message: 'Select the outcome of the completed assessment' })
    .refine((d) => !d.outcome || d.completedOn, { path: ['completedOn'], message: 'Enter the date the assessment was completed, or leave the outcome blank' })
export type EarlyHelpInput = z.infer<ReturnType<typeof recordSchema>>

/** Completing an open assessment (or correcting a completed one): the date and the outcome, at the version read. */
export const completeSchema = (today: string) =>
  z.object({ assessmentId: z.uuid({ error: 'Choose the assessment again from the list' }), version, completedOn: completedOn(today), outcome })
export type CompleteInput = z.infer<ReturnType<typeof completeSchema>>

/** `?assessment=` on the child's early help page: a malformed id shows the list. */
export const assessmentQuery = z.object({ assessment: z.uuid().optional() }).catch({})

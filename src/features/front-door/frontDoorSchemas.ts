import { z } from 'zod'
import { codesOf, contactDecisions, primaryNeeds, referralSources } from '../../domain/codeLists/index.js'

const text = (label: string, max: number) =>
  z.string().trim().min(1, `Enter ${label}`).max(max, `${label[0]?.toUpperCase()}${label.slice(1)} must be ${max} characters or fewer`)

/** A contact as typed at the front door. `recorded_at` is never input: the system sets it. */
export const contactSchema = z.object({
  childId: z.uuid({ error: 'Select the child this contact is about' }),
  source: z.enum(codesOf(referralSources), { error: 'Select who made the contact' }),
  reason: text('the reason for the contact', 200),
  presentingConcerns: text('the presenting concerns', 5000),
  receivedAt: z.iso.datetime({ local: true, error: 'Enter when the contact was received, as a real date and time' }),
})
export type ContactInput = z.infer<typeof contactSchema>

export const decisionSchema = z
  .object({
    version: z.coerce.number({ error: 'The form is missing its version: reload the page' }).int().positive(),
    decision: z.enum(codesOf(contactDecisions), { error: 'Select a decision' }),
    decisionReason: text('the reason for the decision', 2000),
    primaryNeed: z.preprocess((v) => (v === '' ? undefined : v), z.enum(codesOf(primaryNeeds), { error: 'Select the primary need' }).optional()),
  })
  .superRefine((d, ctx) => {
    if ((d.decision === 'REFERRAL' || d.decision === 'STRATEGY') && !d.primaryNeed)
      ctx.addIssue({ code: 'custom', path: ['primaryNeed'], message: 'Select the primary need for the referral' })
  })
export type DecisionInput = z.infer<typeof decisionSchema>

export const oversightSchema = z.object({
  oversightNote: text('your management oversight', 2000),
})

export const allocationSchema = z.object({
  workerId: z.uuid({ error: 'Select a worker' }),
  reason: text('the reason for the allocation', 500),
})

export const idParam = z.object({ id: z.uuid() })

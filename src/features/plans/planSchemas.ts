import { z } from 'zod'
import { codesOf, planActionStatuses } from '../../domain/codeLists/index.js'
import { joinDateInput } from '../../http/forms.js'

const blank = (v: unknown) => (v === '' || v === null ? undefined : v)
const text = (label: string, max = 5000) => z.string({ error: `Enter ${label}` }).trim().min(1, `Enter ${label}`).max(max, `Keep ${label} to ${max} characters or fewer`)
const optionalText = (label: string, max = 5000) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), text(label, max).optional())
const anyDate = (label: string) => z.iso.date({ error: `Enter ${label} as a real date` })
/** A date that has happened: casework records what was done, not what is planned. */
const pastDate = (today: string, label: string) => anyDate(label).refine((d) => d <= today, `${label[0]?.toUpperCase()}${label.slice(1)} must be today or in the past`)
const version = z.coerce.number({ error: 'The form is missing its version: reload the page' }).int().positive()
export const yesNo = (label: string) => z.enum(['yes', 'no'], { error: `Select whether ${label}` }).transform((v) => v === 'yes')

/** The date fields of the plan and visit forms, joined from the GOV.UK date input's three parts. */
export const planDateFields = ['startDate', 'endDate', 'dueOn', 'reviewedOn', 'visitedOn'] as const

export function withPlanDates(body: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = { ...body }
  for (const name of planDateFields) if (`${name}-day` in body || `${name}-year` in body) values[name] = joinDateInput(body, name)
  return values
}

/** Required by the service where the latest assessment found domestic abuse (safetyPlan.ts); on CP plans too. */
export const safetyPlanText = {
  safetyPlan: optionalText('the safety plan'),
  parentsHistory: optionalText('what is known of each parent’s own history of trauma'),
}
const planText = {
  wishesAndFeelings: optionalText('the child’s wishes and feelings'),
  identity: optionalText('the child’s identity, religion and culture'),
  ...safetyPlanText,
}

/** The plan form asks for the safety plan and the parents' history where there is domestic abuse, or once either is recorded. */
export const asksSafetyPlan = (domesticAbuse: boolean, plan?: { safetyPlan: string | null; parentsHistory: string | null }) => domesticAbuse || !!plan?.safetyPlan || !!plan?.parentsHistory

export const cinPlanSchema = (today: string) => z.object({ startDate: pastDate(today, 'the plan start date'), ...planText })
export type CinPlanInput = z.infer<ReturnType<typeof cinPlanSchema>>

export const planEditSchema = (today: string) =>
  z
    .object({ version, ...planText, endDate: z.preprocess(blank, pastDate(today, 'the end date').optional()), endReason: optionalText('the reason the plan ended', 2000) })
    .superRefine((d, ctx) => {
      if (d.endDate && !d.endReason) ctx.addIssue({ code: 'custom', path: ['endReason'], message: 'Enter the reason the plan ended' })
      if (d.endReason && !d.endDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Enter the date the plan ended' })
    })
export type PlanEdit = z.infer<ReturnType<typeof planEditSchema>>

/** A SMART action: specific (the action), owned, with a measurable outcome and a due date. */
export const planActionSchema = z
  .object({
    action: text('the action', 2000),
    ownerUserId: z.preprocess(blank, z.uuid({ error: 'Select the owner from the list' }).optional()),
    ownerName: optionalText('the owner’s name', 200),
    outcome: text('the measurable outcome', 2000),
    dueOn: anyDate('the due date'),
  })
  // Checked even when other fields are wrong, so every missing SMART part is named at once.
  .refine((d) => !!(d.ownerUserId || d.ownerName), { path: ['ownerName'], message: 'Select a worker or enter the name of the person who owns the action', when: () => true })
export type PlanActionInput = z.infer<typeof planActionSchema>

export const actionStatusSchema = z.object({ version, status: z.enum(codesOf(planActionStatuses), { error: 'Select the status' }) })

export const planReviewSchema = (today: string) => z.object({ reviewedOn: pastDate(today, 'the review date'), summary: text('a summary of the review') })
export type PlanReviewInput = z.infer<ReturnType<typeof planReviewSchema>>

export const visitSchema = (today: string) =>
  z
    .object({ visitedOn: pastDate(today, 'the visit date'), childSeen: yesNo('the child was seen'), seenAlone: yesNo('the child was seen alone'), notes: text('the visit notes') })
    .refine((d) => d.childSeen || !d.seenAlone, { path: ['seenAlone'], message: 'A child who was not seen cannot have been seen alone' })
export type VisitInput = z.infer<ReturnType<typeof visitSchema>>

export const stepDownRequestSchema = z.object({ rationale: text('the rationale for stepping down', 5000) })
export const stepDownAuthoriseSchema = (today: string) => z.object({ version, endDate: pastDate(today, 'the step-down date') })
export const stepDownRejectSchema = z.object({ version, rejectReason: text('why the step-down is rejected', 2000) })

import { z } from 'zod'
import { abuseCategories, assessmentFactors, assessmentOutcomes, closureReasons, codesOf, conferenceKinds, s47Outcomes, strategyAgencies, strategyDecisions } from '../../domain/codeLists/index.js'
import { londonLocalToInstant } from '../../domain/clock.js'
import { joinDateInput } from '../../http/forms.js'
import { safetyPlanText } from '../plans/planSchemas.js'

export const blank = (v: unknown) => (v === '' || v === null ? undefined : v)
export const text = (label: string, max = 5000) => z.string({ error: `Enter ${label}` }).trim().min(1, `Enter ${label}`).max(max, `Keep ${label} to ${max} characters or fewer`)
export const optionalText = (label: string, max = 5000) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), text(label, max).optional())
/** A calendar date that has happened: casework records what was done, not what is planned. */
export const pastDate = (today: string, label: string) =>
  z.iso.date({ error: `Enter ${label} as a real date` }).refine((d) => d <= today, `${label[0]?.toUpperCase()}${label.slice(1)} must be today or in the past`)
/** A wall-clock time in England that has happened, as the instant it names (casework records what was done). */
export const pastInstant = (now: Date, label: string) =>
  z.iso
    .datetime({ local: true, error: `Enter ${label} as a real date and a time such as 14:05` })
    .transform(londonLocalToInstant)
    .refine((d) => d <= now, `${label[0]?.toUpperCase()}${label.slice(1)} must be now or in the past`)
const optionalPastDate = (today: string, label: string) => z.preprocess(blank, pastDate(today, label).optional())
const list = (v: unknown) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v])
export const version = z.coerce.number({ error: 'The form is missing its version: reload the page' }).int().positive()

/** The date fields of every casework form, joined from the GOV.UK date input's three parts. */
export const dateFields = ['startDate', 'childSeenOn', 'childSeenAloneOn', 'internalReviewOn', 'authorisedOn', 'heldOn', 'endDate', 'closedOn'] as const

export function withDates(body: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = { ...body }
  for (const name of dateFields) if (`${name}-day` in body || `${name}-year` in body) values[name] = joinDateInput(body, name)
  return values
}

export const assessmentSchema = (today: string) =>
  z.object({
    startDate: pastDate(today, 'the assessment start date'),
    childSeenOn: optionalPastDate(today, 'the date the child was seen'),
    childSeenAloneOn: optionalPastDate(today, 'the date the child was seen alone'),
    internalReviewOn: optionalPastDate(today, 'the date of the internal review'),
    factors: z.preprocess(list, z.array(z.enum(codesOf(assessmentFactors), { error: 'Select factors from the list' }))),
    outcome: z.preprocess(blank, z.enum(codesOf(assessmentOutcomes), { error: 'Select the outcome' }).optional()),
    nextStep: optionalText('the next step', 2000),
    lateReason: optionalText('why the assessment is late', 2000),
  })
export const assessmentEditSchema = (today: string) => assessmentSchema(today).extend({ version })
export type AssessmentInput = z.infer<ReturnType<typeof assessmentSchema>>

export const authoriseAssessmentSchema = (today: string) =>
  z.object({ version, authorisedOn: pastDate(today, 'the authorisation date'), lateReason: optionalText('why the assessment is late', 2000) })

export const strategySchema = (today: string) =>
  z.object({
    heldOn: pastDate(today, 'the date of the strategy discussion'),
    agencies: z.preprocess(list, z.array(z.enum(codesOf(strategyAgencies), { error: 'Select agencies from the list' })).min(1, 'Select the agencies present')),
    decision: z.enum(codesOf(strategyDecisions), { error: 'Select the decision' }),
  })
export type StrategyInput = z.infer<ReturnType<typeof strategySchema>>

export const s47StartSchema = (today: string) => z.object({ startDate: pastDate(today, 'the date the section 47 enquiry started') })
export const s47OutcomeSchema = z.object({ version, outcome: z.enum(codesOf(s47Outcomes), { error: 'Select the outcome of the enquiry' }) })
export const notConvenedSchema = z.object({ version, notConvenedReason: text('why an initial conference will not be convened', 2000) })
export const versionOnlySchema = z.object({ version })

export const conferenceSchema = (today: string) =>
  z.object({
    kind: z.enum(codesOf(conferenceKinds), { error: 'Select the type of conference' }),
    heldOn: pastDate(today, 'the date of the conference'),
    chairId: z.uuid({ error: 'Select the chair' }),
    attendance: text('who attended', 2000),
    childViews: text('the child’s views'),
    viewsGatheredHow: text('how the child’s views were gathered', 2000),
    confirmBankHoliday: z.preprocess((v) => v === 'yes', z.boolean()),
  })
export type ConferenceInput = z.infer<ReturnType<typeof conferenceSchema>>

export const cpPlanSchema = z.object({ initialCategory: z.enum(codesOf(abuseCategories), { error: 'Select the category of abuse' }) })
export const cpPlanEditSchema = (today: string) =>
  z
    .object({
      version,
      latestCategory: z.enum(codesOf(abuseCategories), { error: 'Select the latest category of abuse' }),
      endDate: optionalPastDate(today, 'the end date'),
      endReason: optionalText('the reason the plan ended', 2000),
      ...safetyPlanText,
    })
    .superRefine((d, ctx) => {
      if (d.endDate && !d.endReason) ctx.addIssue({ code: 'custom', path: ['endReason'], message: 'Enter the reason the plan ended' })
      if (d.endReason && !d.endDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Enter the date the plan ended' })
    })
export type CpPlanEdit = z.infer<ReturnType<typeof cpPlanEditSchema>>

export const closureSchema = (today: string) =>
  z.object({
    closedOn: pastDate(today, 'the closure date'),
    reason: z.enum(codesOf(closureReasons), { error: 'Select the reason for closure' }),
    note: text('the rationale for closure', 2000),
  })
export type ClosureInput = z.infer<ReturnType<typeof closureSchema>>
/** A manager sends a closure request back to the worker with a reason. */
export const sendBackSchema = z.object({ version, sendBackReason: text('why the closure is sent back', 2000) })

export const idParam = z.object({ id: z.uuid() })

/** A core group meeting on a CP plan (Working Together 2023 ch.2). */
export const coreGroupSchema = (today: string) =>
  z.object({ heldOn: pastDate(today, 'the date of the core group meeting'), attendance: text('who attended', 2000), summary: text('a summary of the meeting') })
export type CoreGroupInput = z.infer<ReturnType<typeof coreGroupSchema>>

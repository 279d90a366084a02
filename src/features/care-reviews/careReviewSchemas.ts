import { z } from 'zod'
import {
  codesOf,
  permanencePlanKinds,
  reviewParticipation,
  sdqReasons,
} from '../../domain/codeLists/index.js'
import { joinDateInput } from '../../http/forms.js'
import { blank, optionalText, pastDate, text } from '../child-protection/cpSchemas.js'

/** The date fields of the care-review forms, joined from the GOV.UK date input's three parts. */
export const careDateFields = [
  'startDate',
  'endDate',
  'dueOn',
  'decidedOn',
  'heldOn',
  'raisedOn',
  'resolvedOn',
  'reviewedOn',
  'doneOn',
] as const

export function withCareDates(body: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = { ...body }
  for (const name of careDateFields)
    if (`${name}-day` in body || `${name}-year` in body) values[name] = joinDateInput(body, name)
  return values
}

/** The record's version when the form was opened (optimistic concurrency); bounded to the column's range. */
const version = z.coerce
  .number({ error: 'The form is missing its version: reload the page' })
  .int('The form’s version is not valid: reload the page')
  .positive('The form’s version is not valid: reload the page')
  .max(2_147_483_647, 'The form’s version is not valid: reload the page')
const optionalPastDate = (today: string, label: string) =>
  z.preprocess(blank, pastDate(today, label).optional())
const planText = {
  wishesAndFeelings: optionalText('the child’s wishes and feelings'),
  identity: optionalText('the child’s identity, religion and culture'),
}

/** Starting a care or placement plan (CPPCR 2010 regs 4 and 9). */
export const carePlanStartSchema = (today: string) =>
  z.object({ startDate: pastDate(today, 'the date the plan was made'), ...planText })
export type CarePlanStart = z.infer<ReturnType<typeof carePlanStartSchema>>

export const carePlanEditSchema = (today: string) =>
  z
    .object({
      version,
      ...planText,
      endDate: optionalPastDate(today, 'the end date'),
      endReason: optionalText('the reason the plan ended', 2000),
    })
    .superRefine((d, ctx) => {
      if (d.endDate && !d.endReason)
        ctx.addIssue({ code: 'custom', path: ['endReason'], message: 'Enter the reason the plan ended' })
      if (d.endReason && !d.endDate)
        ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Enter the date the plan ended' })
    })
export type CarePlanEdit = z.infer<ReturnType<typeof carePlanEditSchema>>

/** The permanence plan (CPPCR 2010 reg 5; care planning guidance vol 2 para 2.3: by the second review). */
export const permanenceSchema = (today: string) =>
  z.object({
    plan: z.enum(codesOf(permanencePlanKinds), { error: 'Select the permanence plan' }),
    decidedOn: pastDate(today, 'the date the plan was decided'),
    notes: text('notes on the plan and how it was decided'),
  })
export type PermanenceInput = z.infer<ReturnType<typeof permanenceSchema>>

export const allocateIroSchema = (today: string) =>
  z.object({
    iroId: z.uuid({ error: 'Select an independent reviewing officer' }),
    startDate: pastDate(today, 'the date the IRO was allocated'),
  })
export type AllocateIroInput = z.infer<ReturnType<typeof allocateIroSchema>>

/** A review under CPPCR 2010 reg 33 and its SSDA903 participation code (REVIEW_CODE, PN0–PN7). */
export const reviewSchema = (today: string) =>
  z.object({
    heldOn: pastDate(today, 'the date of the review'),
    participation: z.enum(codesOf(reviewParticipation), {
      error: 'Select how the child took part (PN0 to PN7)',
    }),
    recommendations: optionalText('the recommendations', 5000),
  })
export type ReviewInput = z.infer<ReturnType<typeof reviewSchema>>

/** IRO Handbook 2010 ch.6: the dispute resolution process, informal first and up to Cafcass. */
export const escalationStages = [
  { code: 'INFORMAL', description: 'Informal resolution with the social worker' },
  { code: 'TEAM_MANAGER', description: 'Team manager' },
  { code: 'SERVICE_MANAGER', description: 'Service manager' },
  { code: 'DIRECTOR', description: 'Director of children’s services' },
  { code: 'CAFCASS', description: 'Referred to Cafcass' },
] as const

export const escalationSchema = (today: string) =>
  z.object({
    raisedOn: pastDate(today, 'the date the concern was raised'),
    stage: z.enum(codesOf(escalationStages), { error: 'Select the stage of the dispute resolution process' }),
    concern: text('the concern', 5000),
  })
export type EscalationInput = z.infer<ReturnType<typeof escalationSchema>>

/** Moving an escalation on a stage, or resolving it (a resolution needs its date, and the other way round). */
export const escalationUpdateSchema = (today: string) =>
  z
    .object({
      version,
      stage: z.enum(codesOf(escalationStages), {
        error: 'Select the stage of the dispute resolution process',
      }),
      resolvedOn: optionalPastDate(today, 'the date it was resolved'),
      resolution: optionalText('the resolution', 5000),
    })
    .superRefine((d, ctx) => {
      if (d.resolvedOn && !d.resolution)
        ctx.addIssue({ code: 'custom', path: ['resolution'], message: 'Enter how the concern was resolved' })
      if (d.resolution && !d.resolvedOn)
        ctx.addIssue({
          code: 'custom',
          path: ['resolvedOn'],
          message: 'Enter the date the concern was resolved',
        })
    })
export type EscalationUpdate = z.infer<ReturnType<typeof escalationUpdateSchema>>

export const pepSchema = (today: string) =>
  z.object({
    reviewedOn: pastDate(today, 'the date of the PEP meeting'),
    school: optionalText('the school', 200),
    notes: text('notes from the PEP meeting'),
  })
export type PepInput = z.infer<ReturnType<typeof pepSchema>>

export const healthKinds = [
  { code: 'INITIAL_HEALTH_ASSESSMENT', description: 'Initial health assessment' },
  { code: 'REVIEW_HEALTH_ASSESSMENT', description: 'Review health assessment' },
  { code: 'DENTAL', description: 'Dental check' },
  { code: 'IMMUNISATIONS', description: 'Immunisations up to date' },
  { code: 'SDQ', description: 'Strengths and difficulties questionnaire (SDQ)' },
] as const

/** SDQ total difficulties score: 0 to 40 (SSDA903 OC2 SDQ_SCORE). Only an SDQ has a score. */
export const healthSchema = (today: string) =>
  z
    .object({
      kind: z.enum(codesOf(healthKinds), { error: 'Select what was done' }),
      doneOn: pastDate(today, 'the date it was done'),
      sdqScore: z.preprocess(
        blank,
        z.coerce
          .number({ error: 'Enter the SDQ score as a whole number from 0 to 40' })
          .int('Enter the SDQ score as a whole number from 0 to 40')
          .min(0, 'The SDQ score is from 0 to 40')
          .max(40, 'The SDQ score is from 0 to 40')
          .optional(),
      ),
      notes: optionalText('notes', 2000),
    })
    .superRefine((d, ctx) => {
      if (d.kind === 'SDQ' && d.sdqScore === undefined)
        ctx.addIssue({ code: 'custom', path: ['sdqScore'], message: 'Enter the SDQ score (0 to 40)' })
      if (d.kind !== 'SDQ' && d.sdqScore !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['sdqScore'],
          message: 'Only an SDQ has a score: leave the score blank',
        })
    })
export type HealthInput = z.infer<ReturnType<typeof healthSchema>>

const zeroOne = (label: string) =>
  z.preprocess(blank, z.enum(['0', '1'], { error: `Select whether ${label}` }).optional())
/** SSDA903 OC2 facts for a collection year (the year ending 31 March). */
export const outcomeSchema = (today: string) =>
  z.object({
    collectionYear: z.coerce
      .number({ error: 'Enter the collection year as the year it ends, for example 2026 for 2025 to 2026' })
      .int('Enter the collection year as a whole year, for example 2026')
      .min(2000, 'Enter a collection year from 2000')
      .max(Number(today.slice(0, 4)) + 1, 'The collection year cannot be after next year'),
    convicted: zeroOne('the child was convicted during the year'),
    substanceMisuse: zeroOne('the child was identified as having a substance misuse problem'),
    interventionReceived: zeroOne('the child received an intervention for substance misuse'),
    interventionOffered: zeroOne('the child was offered an intervention for substance misuse'),
    sdqReason: z.preprocess(
      blank,
      z.enum(codesOf(sdqReasons), { error: 'Select the reason no SDQ score was recorded' }).optional(),
    ),
  })
export type OutcomeInput = z.infer<ReturnType<typeof outcomeSchema>>

import { z } from 'zod'
import { accommodationCodes, activityCodes, codesOf, inTouchCodes } from '../../domain/codeLists/index.js'
import { joinDateInput } from '../../http/forms.js'
import { blank, optionalText, pastDate, text, version } from '../child-protection/cpSchemas.js'

export const eligibilities = [
  { code: 'ELIGIBLE', description: 'Eligible: aged 16 or 17 and still looked after (Children Act 1989 Sch 2 para 19B)' },
  { code: 'RELEVANT', description: 'Relevant: aged 16 or 17 and has left care (s23A)' },
  { code: 'FORMER_RELEVANT', description: 'Former relevant: aged 18 to 25 (s23C)' },
  { code: 'QUALIFYING', description: 'Qualifying: left care after 16 but is not former relevant (s24)' },
] as const
export const contactKinds = [
  { code: 'CONTACT', description: 'Contact (telephone, message or meeting)' },
  { code: 'VISIT', description: 'Visit' },
  { code: 'CUSTODY_VISIT', description: 'Visit in custody' },
] as const

/** The date fields of the care leaver forms, joined from the GOV.UK date input's three parts. */
export const careLeaverDateFields = ['needsAssessmentOn', 'localOfferUntil', 'paStartDate', 'contactedOn', 'planStartDate', 'planReviewedOn', 'actionDueOn', 'custodyStartedOn', 'custodyEndedOn'] as const

export function withCareLeaverDates(body: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = { ...body }
  for (const name of careLeaverDateFields) if (`${name}-day` in body || `${name}-year` in body) values[name] = joinDateInput(body, name)
  return values
}

const yesNo = (label: string) => z.enum(['yes', 'no'], { error: `Select whether ${label}` }).transform((v) => v === 'yes')
const optionalPast = (today: string, label: string) => z.preprocess(blank, pastDate(today, label).optional())
const anyDate = (label: string) => z.iso.date({ error: `Enter ${label} as a real date` })

export const careLeaverSchema = (today: string) =>
  z.object({
    version: z.preprocess(blank, version.optional()),
    eligibility: z.enum(codesOf(eligibilities), { error: 'Select the eligibility category' }),
    needsAssessmentOn: optionalPast(today, 'the date of the needs assessment'),
    stayingPut: yesNo('the young person is staying put with former foster carers'),
    apprenticeship: yesNo('the young person is on an apprenticeship'),
    localOfferUntil: z.preprocess(blank, anyDate('the date the local offer runs to').optional()),
  })
export type CareLeaverInput = z.infer<ReturnType<typeof careLeaverSchema>>

export const paSchema = (today: string) => z.object({ paId: z.uuid({ error: 'Select the personal adviser' }), paStartDate: pastDate(today, 'the date the personal adviser was allocated') })
export type PaInput = z.infer<ReturnType<typeof paSchema>>

export const contactSchema = (today: string) =>
  z.object({
    contactedOn: pastDate(today, 'the date of the contact'),
    kind: z.enum(codesOf(contactKinds), { error: 'Select the kind of contact' }),
    faceToFace: yesNo('the contact was face to face'),
    notes: text('notes of the contact'),
  })
export type ContactInput = z.infer<ReturnType<typeof contactSchema>>

export const pathwayPlanSchema = (today: string) =>
  z.object({ planStartDate: pastDate(today, 'the pathway plan start date'), wishesAndFeelings: optionalText('the young person’s wishes and feelings'), identity: optionalText('the young person’s identity, religion and culture') })
export type PathwayPlanInput = z.infer<ReturnType<typeof pathwayPlanSchema>>

/** A SMART action: specific, owned, with a measurable outcome and a due date. */
export const pathwayActionSchema = z.object({ action: text('the action', 2000), ownerName: text('who owns the action', 200), outcome: text('the measurable outcome', 2000), actionDueOn: anyDate('the due date') })
export type PathwayActionInput = z.infer<typeof pathwayActionSchema>

export const pathwayReviewSchema = (today: string) => z.object({ planReviewedOn: pastDate(today, 'the review date'), summary: text('a summary of the review') })
export type PathwayReviewInput = z.infer<ReturnType<typeof pathwayReviewSchema>>

/** SSDA903 OC3 for a collection year (the year ending 31 March). */
export const outcomeSchema = (today: string) =>
  z.object({
    collectionYear: z.coerce
      .number({ error: 'Enter the collection year as the year it ends, for example 2027 for 2026 to 2027' })
      .int('Enter the collection year as a whole year, for example 2027')
      .min(2000, 'Enter a collection year from 2000')
      .max(Number(today.slice(0, 4)) + 1, 'The collection year cannot be after next year'),
    inTouch: z.enum(codesOf(inTouchCodes), { error: 'Select whether the council is in touch (OC3 IN_TOUCH)' }),
    activity: z.enum(codesOf(activityCodes), { error: 'Select the young person’s activity (OC3 ACTIV)' }),
    accommodation: z.enum(codesOf(accommodationCodes), { error: 'Select the accommodation and whether it is suitable (OC3 ACCOM)' }),
  })
export type OutcomeInput = z.infer<ReturnType<typeof outcomeSchema>>

const endsAfterStart = (d: { custodyStartedOn: string; custodyEndedOn?: string | undefined }) => !d.custodyEndedOn || d.custodyEndedOn >= d.custodyStartedOn
const endsIssue = { path: ['custodyEndedOn'], message: 'A custody spell cannot end before it started' }
const custodyFields = (today: string) => ({
  establishment: text('the establishment where the young person is held', 200),
  custodyStartedOn: pastDate(today, 'the date custody started'),
  custodyEndedOn: optionalPast(today, 'the date of release'),
  releasePlan: optionalText('the pathway plan for release', 5000),
})
export const custodySchema = (today: string) => z.object(custodyFields(today)).refine(endsAfterStart, endsIssue)
export const custodyEditSchema = (today: string) => z.object({ ...custodyFields(today), version }).refine(endsAfterStart, endsIssue)
export type CustodyInput = z.infer<ReturnType<typeof custodySchema>>
export type CustodyEdit = z.infer<ReturnType<typeof custodyEditSchema>>

export const listFilterSchema = z.object({
  eligibility: z.preprocess(blank, z.enum(codesOf(eligibilities)).optional()).catch(undefined),
  paId: z.preprocess(blank, z.uuid().optional()).catch(undefined),
  status: z.preprocess(blank, z.enum(['contact_overdue', 'plan_overdue', 'no_plan', 'no_pa', 'in_custody', 'custody_not_visited']).optional()).catch(undefined),
})
export type ListFilter = z.infer<typeof listFilterSchema>

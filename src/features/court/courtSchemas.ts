import { z } from 'zod'
import {
  codesOf,
  finalOrders,
  hearingKinds,
  preProceedingsMeetingKinds,
  preProceedingsOutcomes,
} from '../../domain/codeLists/index.js'
import { joinDateInput } from '../../http/forms.js'

const blank = (v: unknown) => (v === '' || v === null ? undefined : v)
const text = (label: string, max = 5000) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `Keep ${label} to ${max} characters or fewer`)
/** A date that has happened: the court record holds what was done, not what is planned. */
const pastDate = (today: string, label: string) =>
  z.iso
    .date({ error: `Enter ${label} as a real date` })
    .refine((d) => d <= today, `${label[0]?.toUpperCase()}${label.slice(1)} must be today or in the past`)
const optionalPastDate = (today: string, label: string) =>
  z.preprocess(blank, pastDate(today, label).optional())
const optionalYesNo = (label: string) =>
  z.preprocess(
    (v) => (v === 'yes' ? true : v === 'no' ? false : blank(v)),
    z.boolean({ error: `Select whether ${label}` }).optional(),
  )
const version = z.coerce
  .number({ error: 'The form is missing its version: reload the page' })
  .int()
  .positive()

/** The date fields of the court forms, joined from the GOV.UK date input's three parts. */
export const courtDateFields = [
  'startDate',
  'letterSentOn',
  'stepDecisionOn',
  'courtApplicationOn',
  'letterInitiatingProceedingsOn',
  'endDate',
  'heldOn',
  'issuedOn',
  'finalOrderOn',
] as const

export function withCourtDates(body: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = { ...body }
  for (const name of courtDateFields)
    if (`${name}-day` in body || `${name}-year` in body) values[name] = joinDateInput(body, name)
  return values
}

/** The legal planning meeting's decision starts pre-proceedings (PLO; CIN census N00826). */
export const preProceedingsStartSchema = (today: string) =>
  z.object({
    startDate: pastDate(today, 'the date of the legal planning meeting'),
    legalPlanningDecision: text('the legal planning meeting’s decision', 2000),
  })
export type PreProceedingsStart = z.infer<ReturnType<typeof preProceedingsStartSchema>>

/** The later steps, all optional: each is recorded when it happens (CIN census N00827–N00835). */
export const preProceedingsUpdateSchema = (today: string) =>
  z.object({
    version,
    letterSentOn: optionalPastDate(today, 'the date the letter before proceedings was sent'),
    fgdmOffered: optionalYesNo('a family group decision-making meeting was offered'),
    fgdmFacilitated: optionalYesNo('a family group decision-making meeting was facilitated'),
    stepDecisionOn: optionalPastDate(today, 'the date of the decision to step up or down'),
    outcome: z.preprocess(
      blank,
      z.enum(codesOf(preProceedingsOutcomes), { error: 'Select the outcome' }).optional(),
    ),
    courtApplicationOn: optionalPastDate(today, 'the date the court application was submitted'),
    letterInitiatingProceedingsOn: optionalPastDate(today, 'the date of the letter initiating proceedings'),
    endDate: optionalPastDate(today, 'the date pre-proceedings ended'),
  })
export type PreProceedingsUpdate = z.infer<ReturnType<typeof preProceedingsUpdateSchema>>

export const meetingSchema = (today: string) =>
  z.object({
    kind: z.enum(codesOf(preProceedingsMeetingKinds), { error: 'Select the kind of meeting' }),
    heldOn: pastDate(today, 'the date of the meeting'),
    summary: text('a summary of the meeting'),
  })
export type MeetingInput = z.infer<ReturnType<typeof meetingSchema>>

/** An application under Children Act 1989 s31, issued by the court on `issuedOn`. */
export const proceedingsSchema = (today: string) =>
  z.object({
    issuedOn: pastDate(today, 'the date the application was issued'),
    court: text('the court', 200),
    solicitor: text('the council’s solicitor', 200),
  })
export type ProceedingsInput = z.infer<ReturnType<typeof proceedingsSchema>>

export const hearingSchema = (today: string) =>
  z.object({
    kind: z.enum(codesOf(hearingKinds), { error: 'Select the kind of hearing' }),
    heldOn: pastDate(today, 'the date of the hearing'),
    outcome: text('the outcome of the hearing', 2000),
  })
export type HearingInput = z.infer<ReturnType<typeof hearingSchema>>

/** Children Act 1989 s32(5)–(6): each extension is of up to eight weeks, and needs a reason. */
export const extensionSchema = z.object({
  version,
  weeks: z.coerce
    .number({ error: 'Enter the length of the extension in weeks' })
    .int('Enter a whole number of weeks')
    .min(1, 'An extension is at least 1 week')
    .max(8, 'Section 32(5): each extension is of up to 8 weeks'),
  reason: text('why the court extended the timetable', 2000),
})
export type ExtensionInput = z.infer<typeof extensionSchema>

export const finalOrderSchema = (today: string) =>
  z.object({
    version,
    finalOrder: z.enum(codesOf(finalOrders), { error: 'Select the order' }),
    finalOrderOn: pastDate(today, 'the date of the final order'),
  })
export type FinalOrderInput = z.infer<ReturnType<typeof finalOrderSchema>>

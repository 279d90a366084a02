import { z } from 'zod'
import { codesOf, missingKinds } from '../../domain/codeLists/index.js'
import { joinDateInput, joinDateTimeInput } from '../../http/forms.js'
import { blank, optionalText, pastDate, pastInstant, version } from '../child-protection/cpSchemas.js'

export const rhiResponses = [
  { code: 'AWAITING', description: 'Offered: awaiting the child’s answer' },
  { code: 'ACCEPTED', description: 'Accepted' },
  { code: 'DECLINED', description: 'Declined' },
] as const
export const screeningKinds = [
  { code: 'CSE', description: 'Child sexual exploitation (CSE)' },
  { code: 'CCE', description: 'Child criminal exploitation (CCE)' },
] as const
export const riskLevels = [
  { code: 'NONE', description: 'No risk identified' },
  { code: 'LOW', description: 'Low' },
  { code: 'MEDIUM', description: 'Medium' },
  { code: 'HIGH', description: 'High' },
] as const

const timeParts = ['day', 'month', 'year', 'time'] as const
/** As protective orders: a half-filled date and time is 'incomplete', so the validator names it. */
function dateTimeOf(body: Record<string, unknown>, name: string): string {
  const typed = timeParts.some((p) => String(body[`${name}-${p}`] ?? '').trim() !== '')
  return typed ? joinDateTimeInput(body, name) || 'incomplete' : ''
}
const dateOf = (body: Record<string, unknown>, name: string) => (`${name}-day` in body || `${name}-year` in body ? joinDateInput(body, name) : body[name])

/** The posted form with its date and time inputs joined. */
export const missingBody = (body: Record<string, unknown>) => ({
  ...body,
  startedAt: dateTimeOf(body, 'startedAt'), endedAt: dateTimeOf(body, 'endedAt'), offeredAt: dateTimeOf(body, 'offeredAt'),
  heldOn: dateOf(body, 'heldOn'), screenedOn: dateOf(body, 'screenedOn'), meetingReferredOn: dateOf(body, 'meetingReferredOn'),
})

const optionalInstant = (now: Date, label: string) => z.preprocess(blank, pastInstant(now, label).optional())
const optionalDate = (today: string, label: string) => z.preprocess(blank, pastDate(today, label).optional())
const recordId = (what: string) => z.uuid({ error: `Choose the ${what} again from the list` })

export const episodeSchema = (now: Date) =>
  z
    .object({
      kind: z.enum(codesOf(missingKinds), { error: 'Select missing or away without authorisation' }),
      startedAt: pastInstant(now, 'when the child went missing'),
      endedAt: optionalInstant(now, 'when the child returned'),
      whereFound: optionalText('where the child was found', 500),
    })
    .refine((d) => !d.endedAt || d.endedAt >= d.startedAt, { path: ['endedAt'], message: 'The return cannot be before the child went missing' })
export type EpisodeInput = z.infer<ReturnType<typeof episodeSchema>>

export const returnSchema = (now: Date) =>
  z.object({ episodeId: recordId('episode'), version, endedAt: pastInstant(now, 'when the child returned'), whereFound: optionalText('where the child was found', 500) })
export type ReturnInput = z.infer<ReturnType<typeof returnSchema>>

export const interviewSchema = (now: Date, today: string) =>
  z
    .object({
      episodeId: recordId('episode'),
      version: z.preprocess(blank, version.optional()),
      offeredAt: pastInstant(now, 'when the return home interview was offered'),
      response: z.enum(codesOf(rhiResponses), { error: 'Select the child’s response to the offer' }),
      heldOn: optionalDate(today, 'the date the interview was held'),
      findings: optionalText('what the interview found'),
    })
    .refine((d) => !d.heldOn || d.response === 'ACCEPTED', { path: ['heldOn'], message: 'An interview can only have been held if the child accepted it' })
export type InterviewInput = z.infer<ReturnType<typeof interviewSchema>>

export const screeningSchema = (today: string) =>
  z
    .object({
      screeningKind: z.enum(codesOf(screeningKinds), { error: 'Select CSE or CCE' }),
      screenedOn: pastDate(today, 'the date of the screening'),
      riskLevel: z.enum(codesOf(riskLevels), { error: 'Select the risk level' }),
      prompt: optionalText('what prompted the screening', 500),
      meetingReferredOn: optionalDate(today, 'the date of the referral to the multi-agency meeting'),
      meetingOutcome: optionalText('the outcome of the multi-agency meeting', 2000),
      notes: optionalText('the notes'),
    })
    .refine((d) => !d.meetingOutcome || d.meetingReferredOn, { path: ['meetingReferredOn'], message: 'Enter the date of the referral to the multi-agency meeting before its outcome' })
    .refine((d) => !d.meetingReferredOn || d.meetingReferredOn >= d.screenedOn, { path: ['meetingReferredOn'], message: 'The referral to the multi-agency meeting cannot be before the screening' })
export type ScreeningInput = z.infer<ReturnType<typeof screeningSchema>>

/** `?episode=` on the child's missing page: a malformed id shows the overview. */
export const episodeQuery = z.object({ episode: z.uuid().optional() }).catch({})

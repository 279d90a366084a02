import { z } from 'zod'
import { joinDateInput } from '../../http/forms.js'
import { blank, optionalText, pastDate, text, version } from '../child-protection/cpSchemas.js'

const dates = ['notifiedOn', 'startedOn', 'assessedOn', 'endedOn', 'visitedOn'] as const
/** The posted form with its GOV.UK date inputs joined into ISO dates. */
export function pfBody(body: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = { ...body }
  for (const name of dates) if (`${name}-day` in body || `${name}-year` in body) values[name] = joinDateInput(body, name)
  return values
}

const optionalDate = (today: string, label: string) => z.preprocess(blank, pastDate(today, label).optional())

const core = (today: string) => ({
  // Notification comes first: a notification in the future has not happened (Regulations 2005 regs 3 and 5).
  notifiedOn: pastDate(today, 'the date the council was notified'),
  // A proposal may be notified before the arrangement begins (reg 3(1)(a): six weeks ahead), so the start may be later.
  startedOn: z.iso.date({ error: 'Enter the date the arrangement started (or will start) as a real date' }),
  carerName: text('the private foster carer’s name', 200),
  carerRelationship: text('the carer’s relationship to the child', 200),
})

export const arrangementSchema = (today: string) => z.object(core(today))
export type ArrangementInput = z.infer<ReturnType<typeof arrangementSchema>>

export const arrangementEditSchema = (today: string) =>
  z
    .object({
      ...core(today),
      version,
      assessedOn: optionalDate(today, 'the date of the assessment'),
      assessmentOutcome: optionalText('the outcome of the assessment', 2000),
      endedOn: optionalDate(today, 'the end date'),
      endReason: optionalText('why the arrangement ended', 2000),
    })
    .superRefine((d, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
      if (d.assessedOn && !d.assessmentOutcome) issue('assessmentOutcome', 'Enter the outcome of the assessment')
      if (d.assessmentOutcome && !d.assessedOn) issue('assessedOn', 'Enter the date of the assessment')
      if (d.endedOn && !d.endReason) issue('endReason', 'Enter why the arrangement ended')
      if (d.endReason && !d.endedOn) issue('endedOn', 'Enter the date the arrangement ended')
      if (d.endedOn && d.endedOn < d.startedOn) issue('endedOn', 'The arrangement cannot end before it started')
    })
export type ArrangementEdit = z.infer<ReturnType<typeof arrangementEditSchema>>

export const visitSchema = (today: string) =>
  z.object({
    visitedOn: pastDate(today, 'the date of the visit'),
    // Regulations 2005 reg 8(3): the officer speaks to the child alone unless that is inappropriate.
    seenAlone: z.enum(['yes', 'no'], { error: 'Select whether the child was seen alone' }).transform((v) => v === 'yes'),
    visitNotes: text('notes of the visit', 5000),
  })
export type VisitInput = z.infer<ReturnType<typeof visitSchema>>

/** `?arrangement=` on the child's private fostering page: a malformed id shows the overview. */
export const arrangementQuery = z.object({ arrangement: z.uuid().optional() }).catch({})

import { z } from 'zod'
import { codesOf, trainingProgrammes } from '../../domain/codeLists/index.js'
import { joinDateInput } from '../../http/forms.js'
import { blank, pastDate, text } from '../child-protection/cpSchemas.js'

/** The posted form with its GOV.UK date inputs joined into ISO dates. */
export const trainingBody = (body: Record<string, unknown>) => ({ ...body, dueOn: joinDateInput(body, 'dueOn'), attendedOn: joinDateInput(body, 'attendedOn') })

export const trainingSchema = (today: string) =>
  z.object({
    programme: z.enum(codesOf(trainingProgrammes), { error: 'Select the programme' }),
    title: text('the session or module title', 200),
    dueOn: z.iso.date({ error: 'Enter the date it is due as a real date' }),
    attendedOn: z.preprocess(blank, pastDate(today, 'the date attended').optional()),
  })
export type TrainingInput = z.infer<ReturnType<typeof trainingSchema>>

/**
 * Attendance names the record and the version the page showed, in one select value (`id:version`),
 * so a page with several records needs no script and a stale save is still a conflict.
 */
export const attendanceSchema = (today: string) =>
  z.object({
    record: z.string({ error: 'Select the session attended' }).regex(/^[0-9a-f-]{36}:\d+$/, 'Select the session attended').transform((v) => ({ id: v.slice(0, 36), version: Number(v.slice(37)) })),
    attendedOn: pastDate(today, 'the date attended'),
  })
export type AttendanceInput = z.infer<ReturnType<typeof attendanceSchema>>

export const trainingListQuery = z.object({ overdue: z.enum(['yes'], { error: 'Choose overdue sessions only, or all' }).optional() })

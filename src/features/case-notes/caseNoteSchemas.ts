import { z } from 'zod'
import { caseNoteKinds, codesOf } from '../../domain/codeLists/index.js'
import { joinDateTimeInput } from '../../http/forms.js'
import { pastInstant, text, version } from '../child-protection/cpSchemas.js'
import { yesNo } from '../plans/planSchemas.js'

/** The posted form with its date input and time field joined into a London wall-clock time. */
export const caseNoteBody = (body: Record<string, unknown>) => ({ ...body, occurredAt: joinDateTimeInput(body, 'occurredAt') })

const fields = (now: Date) => ({
  kind: z.enum(codesOf(caseNoteKinds), { error: 'Select the kind of case note' }),
  occurredAt: pastInstant(now, 'when it happened'),
  childSeen: yesNo('the child was seen'),
  seenAlone: yesNo('the child was seen alone'),
  summary: text('a summary', 10_000),
  // A single checkbox: ticked is 'yes', unticked sends nothing.
  significant: z.preprocess((v) => v === 'yes' || (Array.isArray(v) && v.includes('yes')), z.boolean()),
})

// Seen alone implies seen, as the database CHECK also insists (case_notes_seen_alone_check).
const seenAlone = (d: { childSeen: boolean; seenAlone: boolean }) => d.childSeen || !d.seenAlone
const seenAloneIssue = { path: ['seenAlone'], message: 'A child who was not seen cannot have been seen alone' }

export const caseNoteSchema = (now: Date) => z.object(fields(now)).refine(seenAlone, seenAloneIssue)
export const caseNoteEditSchema = (now: Date) => z.object({ ...fields(now), version }).refine(seenAlone, seenAloneIssue)
export type CaseNoteInput = z.infer<ReturnType<typeof caseNoteSchema>>
export type CaseNoteEdit = z.infer<ReturnType<typeof caseNoteEditSchema>>

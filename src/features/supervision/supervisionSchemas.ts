import { z } from 'zod'
import { joinDateInput } from '../../http/forms.js'
import { pastDate, text } from '../child-protection/cpSchemas.js'

/**
 * A case discussion's form fields are named by the child's id (`cases.<childId>.discussion`), so a
 * zod issue's path is the field's own name and the error summary links to it with no mapping.
 */
const caseField = /^cases\.([0-9a-f-]{36})\.(discussion|decisions|actions\.0\.action|actions\.0\.ownerId)$/
const blankText = (v: unknown) => typeof v !== 'string' || v.trim() === ''

/** The posted session form as the schema's shape; a child with every field left blank was not discussed. */
export function sessionBody(body: Record<string, unknown>) {
  const cases: Record<string, { discussion: unknown; decisions: unknown; actions: { action: unknown; ownerId: unknown; dueOn: string }[] }> = {}
  const childIds = new Set(Object.keys(body).flatMap((k) => caseField.exec(k)?.[1] ?? []))
  for (const id of childIds) {
    const at = (f: string) => body[`cases.${id}.${f}`]
    const action = { action: at('actions.0.action'), ownerId: at('actions.0.ownerId'), dueOn: joinDateInput(body, `cases.${id}.actions.0.dueOn`) }
    const actionBlank = blankText(action.action) && blankText(action.ownerId) && action.dueOn === ''
    if (blankText(at('discussion')) && blankText(at('decisions')) && actionBlank) continue
    cases[id] = { discussion: at('discussion'), decisions: at('decisions'), actions: actionBlank ? [] : [action] }
  }
  return { heldOn: joinDateInput(body, 'heldOn'), reflectiveDiscussion: body.reflectiveDiscussion, cases }
}

/** Every action has an owner and a due date (issue 6: an action without an owner is refused). */
const actionSchema = z.object({
  action: text('the action', 2000),
  ownerId: z.uuid({ error: 'Select who owns the action' }),
  dueOn: z.iso.date({ error: 'Enter the date the action is due as a real date' }),
})

const caseSchema = z.object({
  discussion: text('the case discussion', 10_000),
  decisions: text('the decisions made', 10_000),
  actions: z.array(actionSchema).max(10, 'Record up to 10 actions for each child'),
})

export const sessionSchema = (today: string) =>
  z.object({
    heldOn: pastDate(today, 'the date of the supervision'),
    reflectiveDiscussion: text('the reflective discussion', 10_000),
    cases: z.record(z.uuid(), caseSchema),
  })
export type SessionInput = z.infer<ReturnType<typeof sessionSchema>>

/** A worker's supervision frequency: between weekly and quarterly, as the database CHECK insists. */
export const frequencySchema = z.object({
  supervisionEveryDays: z.coerce.number({ error: 'Enter how often, in days, as a whole number' }).int('Enter how often, in days, as a whole number').min(7, 'Enter a number of days between 7 and 92').max(92, 'Enter a number of days between 7 and 92'),
  // 0 when the worker has no staff profile yet: saving creates it.
  version: z.preprocess((v) => (v === '' || v === undefined ? 0 : v), z.coerce.number({ error: 'The form is missing its version: reload the page' }).int().min(0)),
})
export type FrequencyInput = z.infer<typeof frequencySchema>

/** The period with no case supervision that lists a child: 6 weeks unless asked otherwise. */
export const unsupervisedQuery = z.object({ weeks: z.coerce.number({ error: 'Enter the number of weeks as a whole number' }).int('Enter the number of weeks as a whole number').min(1, 'Enter at least 1 week').max(52, 'Enter 52 weeks or fewer').default(6) })

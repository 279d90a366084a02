import { z } from 'zod'
import { codesOf } from '../../domain/codeLists/index.js'
import { joinDateInput } from '../../http/forms.js'
import { chronologyGroups } from './chronologyEvents.js'

const list = (v: unknown) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v])
const optionalDate = (label: string) => z.preprocess((v) => (v === '' ? undefined : v), z.iso.date({ error: `Enter ${label} as a real date, for example 27 3 2025` }).optional())

/** The query string of the chronology page, its print view and its download, with the date inputs joined. */
export const chronologyQueryOf = (query: unknown) => {
  const q = (query ?? {}) as Record<string, unknown>
  return { ...q, from: joinDateInput(q, 'from'), to: joinDateInput(q, 'to') }
}

export const chronologyFilterSchema = z
  .object({
    from: optionalDate('the from date'),
    to: optionalDate('the to date'),
    types: z.preprocess(list, z.array(z.enum(codesOf(chronologyGroups), { error: 'Select event types from the list' }))),
    significant: z.preprocess((v) => v === 'yes', z.boolean()),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], message: 'The to date must be the same as or after the from date' })
  // No type ticked means every type: an empty chronology is never what the user asked for.
  .transform((f) => ({ from: f.from, to: f.to, groups: f.types.length ? f.types : codesOf(chronologyGroups), significantOnly: f.significant, types: f.types }))

export type ChronologyQuery = z.infer<typeof chronologyFilterSchema>

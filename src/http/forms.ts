import { z } from 'zod'
import { notFound, validationFailed, type FieldErrors } from '../errors.js'

/** Turns zod issues into GOV.UK field errors: the first message per field. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form'
    errors[key] ??= issue.message
  }
  return errors
}

/** Validates input; bad input is a 422 that carries the field errors and changes nothing. */
export function parseOrFail<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input)
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error))
  return parsed.data
}

/** GOV.UK error summary items from field errors, each linking to its field. */
export function errorList(errors: FieldErrors, anchors: Record<string, string> = {}) {
  return Object.entries(errors).map(([field, text]) => ({ text, href: `#${anchors[field] ?? field}` }))
}

/** GOV.UK date input sends three fields; join them to an ISO date (or '' when all are blank). */
export function joinDateInput(body: Record<string, unknown>, name: string): string {
  const part = (p: string) => String(body[`${name}-${p}`] ?? '').trim()
  const [day, month, year] = [part('day'), part('month'), part('year')]
  if (!day && !month && !year) return ''
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
}

/** A GOV.UK date input plus an hh:mm time field, as a London wall-clock time ('' unless both are given). */
export function joinDateTimeInput(body: Record<string, unknown>, name: string): string {
  const date = joinDateInput(body, name)
  const time = String(body[`${name}-time`] ?? '').trim()
  return /^\d{1,2}:\d{2}$/.test(time) && date ? `${date}T${time.padStart(5, '0')}` : ''
}

export function splitDate(iso: string | null | undefined): { day: string; month: string; year: string } {
  const [year = '', month = '', day = ''] = (iso ?? '').split('-')
  return { day, month, year }
}

/** A malformed id in a URL names no record: that is a 404, the same as a record out of scope. */
export function parseParams<S extends z.ZodType>(schema: S, params: unknown): z.infer<S> {
  const parsed = schema.safeParse(params)
  if (!parsed.success) throw notFound()
  return parsed.data
}

/** A London wall-clock time ('YYYY-MM-DDTHH:MM') as the form values of a date input plus its time field. */
export function splitDateTime(name: string, local: string | null | undefined): Record<string, string> {
  const d = splitDate(local?.slice(0, 10))
  return { [`${name}-day`]: d.day, [`${name}-month`]: d.month, [`${name}-year`]: d.year, [`${name}-time`]: local?.slice(11, 16) ?? '' }
}

import type { FastifyReply } from 'fastify'
import { errorList, joinDateInput } from '../../http/forms.js'
import { childFormOptions } from './childrenPresenters.js'

/** The GOV.UK date inputs post day/month/year; the schema reads ISO dates. */
export function childInputFrom(body: unknown): Record<string, unknown> {
  const b = (body ?? {}) as Record<string, unknown>
  return { ...b, dateOfBirth: joinDateInput(b, 'dateOfBirth'), expectedDateOfBirth: joinDateInput(b, 'expectedDateOfBirth') }
}

const anchors = { dateOfBirth: 'dateOfBirth-day', expectedDateOfBirth: 'expectedDateOfBirth-day', sex: 'sex' }

export function renderChildForm(
  reply: FastifyReply,
  model: { title: string; action: string; values: Record<string, unknown>; errors?: Record<string, string>; duplicates?: unknown[]; hiddenDuplicates?: number; breadcrumbs: unknown[] },
) {
  const errors = model.errors ?? {}
  return reply.render('pages/children/form.njk', { ...model, errors, errorList: errorList(errors, anchors), ...childFormOptions(model.values) })
}

import type { FastifyReply, FastifyRequest } from 'fastify'
import type { z } from 'zod'
import type { Actor } from '../../access/actor.js'
import type { Deps } from '../../deps.js'
import { isAppError, type FieldErrors } from '../../errors.js'
import { errorList, fieldErrorsOf } from '../../http/forms.js'
import { anchors, type Values } from './cpPresenters.js'
import { withDates } from './cpSchemas.js'

export type Render = (status: number, errors: FieldErrors, values: Values) => Promise<FastifyReply>

/** The posted form with its GOV.UK date inputs joined into ISO dates. */
export const formBody = (request: FastifyRequest) => withDates((request.body ?? {}) as Record<string, unknown>)

/**
 * validate → act → redirect; bad input or a broken rule shows the page again with the input kept
 * (422), and a stale version shows it with the conflict message (409).
 */
export async function submit<S extends z.ZodType>(reply: FastifyReply, schema: S, values: Values, render: Render, act: (input: z.infer<S>) => Promise<string>) {
  const parsed = schema.safeParse(values)
  if (!parsed.success) return render(422, fieldErrorsOf(parsed.error), values)
  try {
    return reply.redirect(await act(parsed.data))
  } catch (e) {
    if (isAppError(e) && (e.status === 422 || e.status === 409)) return render(e.status, Object.keys(e.fieldErrors).length ? e.fieldErrors : { form: e.message }, values)
    throw e
  }
}

/** What every casework page shows: the child as caption, breadcrumbs back to the overview, errors. */
export async function pageModel(deps: Deps, actor: Actor, childId: string, title: string, errors: FieldErrors) {
  const child = await deps.services.children.forEdit(actor, childId)
  const name = `${child.firstName} ${child.lastName}`
  return {
    title, childId, caption: name, errors, errorList: errorList(errors, anchors),
    breadcrumbs: [{ text: name, href: `/children/${childId}` }, { text: 'Child protection and assessments', href: `/children/${childId}/child-protection` }, { text: title }],
  }
}

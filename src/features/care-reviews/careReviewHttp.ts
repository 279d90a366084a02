import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { z } from 'zod'
import type { Actor } from '../../access/actor.js'
import type { Action } from '../../access/actions.js'
import type { Deps } from '../../deps.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { parseParams } from '../../http/forms.js'
import { submit } from '../child-protection/cpHttp.js'
import { formOf, type Spec, type Values } from '../child-protection/cpPresenters.js'
import { idParam } from '../child-protection/cpSchemas.js'
import { careDateFields, withCareDates } from './careReviewSchemas.js'

export const page = 'pages/care-reviews/page.njk'
/** Shown on every care-review page while the child has no open period of care. */
export const notInCare =
  'This child is not in care: there is no open period of care. The care plan, reviews, PEP and health clocks start when a period of care is recorded.'

export const base = (childId: string) => `/children/${childId}/care-reviews`
export const childOf = (params: unknown) => parseParams(idParam, params).id
export const careBody = (request: FastifyRequest) =>
  withCareDates((request.body ?? {}) as Record<string, unknown>)

/** Which form on the page was posted, and what came back: its errors and the input kept. */
export type FormState = {
  readonly key: string
  readonly status: number
  readonly errors: FieldErrors
  readonly values: Values
}
export type Show = (
  reply: FastifyReply,
  actor: Actor,
  childId: string,
  state?: FormState,
) => Promise<FastifyReply>

const isDate = (name: string) => (careDateFields as readonly string[]).includes(name)

/** A form whose field ids carry its key, so several forms can share a page; only the posted one shows errors. */
export function careForm(
  key: string,
  action: string,
  submitText: string,
  specs: Spec[],
  state: FormState | undefined,
  extra: { heading?: string; intro?: string; version?: number; values?: Values } = {},
) {
  const mine = state?.key === key
  const values = mine ? state.values : (extra.values ?? {})
  return {
    ...formOf(action, submitText, specs, values, { heading: extra.heading, version: extra.version }),
    intro: extra.intro,
    prefix: `${key}-`,
    values,
    errors: mine ? state.errors : {},
  }
}

/** The error summary for the posted form, each item linking to its field. */
export function careErrorList(state: FormState | undefined) {
  if (!state) return []
  return Object.entries(state.errors).map(([field, text]) => ({
    text,
    href:
      field === 'form' || field === 'version'
        ? '#form'
        : `#${state.key}-${field}${isDate(field) ? '-day' : ''}`,
  }))
}

/** The page model every care-review page starts from: the child as caption, breadcrumbs, errors. */
export async function carePage(deps: Deps, actor: Actor, childId: string, title: string, state?: FormState) {
  const child = await deps.services.children.forEdit(actor, childId)
  const name = `${child.firstName} ${child.lastName}`
  const crumbs =
    title === 'Care plans and reviews'
      ? [{ text: title }]
      : [{ text: 'Care plans and reviews', href: base(childId) }, { text: title }]
  return {
    title,
    childId,
    caption: name,
    errorList: careErrorList(state),
    breadcrumbs: [{ text: name, href: `/children/${childId}` }, ...crumbs],
  }
}

type Post<S extends z.ZodType> = {
  /** Under /children/:id/care-reviews, e.g. '/reviews'. */
  readonly path: string
  readonly key: string
  readonly access: Action
  readonly schema: (today: string) => S
  readonly show: Show
  /** Where to go afterwards, under /children/:id/care-reviews. */
  readonly back: string
  readonly act: (actor: Actor, childId: string, input: z.infer<S>) => Promise<unknown>
}

/** validate → act → back to the page; bad input or a broken rule shows the page again (422, or 409 on a stale version). */
export function carePost<S extends z.ZodType>(app: FastifyInstance, deps: Deps, p: Post<S>) {
  app.post(
    `/children/:id/care-reviews${p.path}`,
    { config: { access: p.access } },
    async (request, reply) => {
      const [childId, actor] = [childOf(request.params), actorOf(request)]
      await deps.services.children.forEdit(actor, childId)
      return submit(
        reply,
        p.schema(deps.clock.today()),
        careBody(request),
        (status, errors, values) => p.show(reply, actor, childId, { key: p.key, status, errors, values }),
        async (input) => (await p.act(actor, childId, input), `${base(childId)}${p.back}`),
      )
    },
  )
}

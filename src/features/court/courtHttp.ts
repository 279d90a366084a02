import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { z } from 'zod'
import type { Actor } from '../../access/actor.js'
import type { Deps } from '../../deps.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, parseParams } from '../../http/forms.js'
import { pageModel, submit } from '../child-protection/cpHttp.js'
import { formOf, type Spec, type Values } from '../child-protection/cpPresenters.js'
import { idParam } from '../child-protection/cpSchemas.js'
import { courtAnchors } from './courtPresenters.js'
import { withCourtDates } from './courtSchemas.js'

export const page = 'pages/child-protection/record.njk'

/** The posted form with its GOV.UK date inputs joined into ISO dates. */
export const courtBody = (request: FastifyRequest) =>
  withCourtDates((request.body ?? {}) as Record<string, unknown>)

/** The casework page model, with breadcrumbs through the child's court page and the court forms' anchors. */
export async function courtPage(
  deps: Deps,
  actor: Actor,
  childId: string,
  title: string,
  errors: FieldErrors,
) {
  const model = await pageModel(deps, actor, childId, title, errors)
  const [child] = model.breadcrumbs
  return {
    ...model,
    errorList: errorList(errors, courtAnchors),
    breadcrumbs: [
      child,
      { text: 'Pre-proceedings and court', href: `/children/${childId}/court` },
      { text: title },
    ],
  }
}

type StartRecord<S extends z.ZodType> = {
  /** Under /children/:id/, e.g. 'pre-proceedings': the form is at …/new and posts to the path itself. */
  readonly path: string
  readonly title: string
  readonly submitText: string
  readonly fields: Spec[]
  readonly schema: (today: string) => S
  /** Creates the record and returns where to go next. */
  readonly create: (actor: Actor, childId: string, input: z.infer<S>) => Promise<string>
}

/** The two routes that start a court record for a child: the blank form, and the post that creates it. */
export function startRecordRoutes<S extends z.ZodType>(app: FastifyInstance, deps: Deps, r: StartRecord<S>) {
  const config = { config: { access: 'court.record' as const } }
  const render =
    (reply: Parameters<typeof submit>[0], actor: Actor, childId: string) =>
    async (status: number, errors: FieldErrors, values: Record<string, unknown>) =>
      reply
        .code(status)
        .render(page, {
          ...(await courtPage(deps, actor, childId, r.title, errors)),
          values,
          forms: [formOf(`/children/${childId}/${r.path}`, r.submitText, r.fields, values)],
        })
  const childOf = (params: unknown) => parseParams(idParam, params).id

  app.get(`/children/:id/${r.path}/new`, config, async (request, reply) =>
    render(reply, actorOf(request), childOf(request.params))(200, {}, {}),
  )
  app.post(`/children/:id/${r.path}`, config, async (request, reply) => {
    const [childId, actor] = [childOf(request.params), actorOf(request)]
    return submit(
      reply,
      r.schema(deps.clock.today()),
      courtBody(request),
      render(reply, actor, childId),
      (input) => r.create(actor, childId, input),
    )
  })
}

/** Shows a court record's page (GET), or shows it again with errors and the posted values. */
export type ShowRecord = (reply: FastifyReply, actor: Actor, id: string, status: number, errors: FieldErrors, values: Values) => Promise<FastifyReply>

type RecordForm<S extends z.ZodType> = {
  /** The record's path, e.g. 'care-proceedings': forms post to /{base}/:id{suffix} and return to /{base}/:id. */
  readonly base: string
  readonly suffix: string
  readonly schema: S | ((today: string) => S)
  readonly show: ShowRecord
  readonly act: (actor: Actor, id: string, input: z.infer<S>) => Promise<unknown>
}

/**
 * One form on a court record's page: valid input is saved and the user goes back to the record;
 * bad input or a broken rule shows the record again with the errors and the input kept.
 */
export function postRecordForm<S extends z.ZodType>(app: FastifyInstance, deps: Deps, r: RecordForm<S>) {
  app.post(`/${r.base}/:id${r.suffix}`, { config: { access: 'court.record' as const } }, async (request, reply) => {
    const [id, actor] = [parseParams(idParam, request.params).id, actorOf(request)]
    const schema = typeof r.schema === 'function' ? r.schema(deps.clock.today()) : r.schema
    return submit(
      reply,
      schema,
      courtBody(request),
      (status, errors, values) => r.show(reply, actor, id, status, errors, values),
      async (input) => (await r.act(actor, id, input), `/${r.base}/${id}`),
    )
  })
}

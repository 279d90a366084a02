import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { describe, hearingKinds } from '../../domain/codeLists/index.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { parseParams } from '../../http/forms.js'
import { clockTag, dateText, formOf, type Values } from '../child-protection/cpPresenters.js'
import { idParam } from '../child-protection/cpSchemas.js'
import { courtPage, page, postRecordForm, startRecordRoutes } from './courtHttp.js'
import {
  courtValuesOf,
  extensionFields,
  finalOrderFields,
  hearingFields,
  proceedingsFields,
  proceedingsRows,
} from './courtPresenters.js'
import { extensionSchema, finalOrderSchema, hearingSchema, proceedingsSchema } from './courtSchemas.js'

/** Care proceedings (Children Act 1989 s31) on the 26-week timetable of s32, with hearings, extensions and the final order. */
export async function careProceedingsRoutes(app: FastifyInstance, deps: Deps) {
  const { careProceedings } = deps.services
  const idOf = (params: unknown) => parseParams(idParam, params).id

  startRecordRoutes(app, deps, {
    path: 'care-proceedings',
    title: 'Record care proceedings',
    submitText: 'Save the application',
    fields: proceedingsFields,
    schema: proceedingsSchema,
    create: async (actor, childId, input) =>
      `/care-proceedings/${(await careProceedings.start(actor, childId, input)).id}`,
  })

  async function show(
    reply: FastifyReply,
    actor: Actor,
    id: string,
    status = 200,
    errors: FieldErrors = {},
    posted: Values = {},
  ) {
    const { proceedings: p, preProceedings, hearings, clock } = await careProceedings.get(actor, id)
    const tables = [
      {
        caption: 'Hearings',
        head: [{ text: 'Held' }, { text: 'Kind' }, { text: 'Outcome' }],
        empty: 'No hearings recorded.',
        rows: hearings.map((h) => [
          { text: dateText(h.heldOn) },
          { text: describe(hearingKinds, h.kind) },
          { text: h.outcome },
        ]),
      },
    ]
    const v = { ...courtValuesOf(p), weeks: '', reason: '', ...posted }
    const forms =
      !p.finalOrderOn && can(actor, 'court.record')
        ? [
            formOf(`/care-proceedings/${id}/hearings`, 'Save the hearing', hearingFields, v, {
              heading: 'Record a hearing',
            }),
            formOf(`/care-proceedings/${id}/extensions`, 'Save the extension', extensionFields, v, {
              heading: 'Record an extension of the timetable',
              version: p.version,
            }),
            formOf(`/care-proceedings/${id}/final-order`, 'Save the final order', finalOrderFields, v, {
              heading: 'Record the final order',
              version: p.version,
            }),
          ]
        : []
    const links = preProceedings
      ? [{ href: `/pre-proceedings/${preProceedings.id}`, text: 'The pre-proceedings before them' }]
      : []
    return reply.code(status).render(page, {
      ...(await courtPage(deps, actor, p.childId, 'Care proceedings', errors)),
      tag: clockTag(clock),
      rows: proceedingsRows(p, clock),
      tables,
      links,
      forms,
      values: v,
    })
  }

  app.get('/care-proceedings/:id', { config: { access: 'child.view' } }, async (request, reply) =>
    show(reply, actorOf(request), idOf(request.params)),
  )

  const form = { base: 'care-proceedings', show }
  postRecordForm(app, deps, { ...form, suffix: '/hearings', schema: hearingSchema, act: careProceedings.addHearing })
  postRecordForm(app, deps, { ...form, suffix: '/extensions', schema: extensionSchema, act: careProceedings.extend })
  postRecordForm(app, deps, { ...form, suffix: '/final-order', schema: finalOrderSchema, act: careProceedings.finalOrder })
}

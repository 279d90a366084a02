import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { describe, preProceedingsMeetingKinds } from '../../domain/codeLists/index.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { parseParams } from '../../http/forms.js'
import { clockTag, dateText, formOf, type Values } from '../child-protection/cpPresenters.js'
import { idParam } from '../child-protection/cpSchemas.js'
import { careProceedingsRoutes } from './careProceedingsRoutes.js'
import { courtPage, page, postRecordForm, startRecordRoutes } from './courtHttp.js'
import {
  courtTables,
  courtValuesOf,
  meetingFields,
  preProceedingsRows,
  preProceedingsStartFields,
  preProceedingsUpdateFields,
} from './courtPresenters.js'
import { meetingSchema, preProceedingsStartSchema, preProceedingsUpdateSchema } from './courtSchemas.js'

/** The child's court page and pre-proceedings under the Public Law Outline (PLO practice guidance 2023). */
export async function courtRoutes(app: FastifyInstance, deps: Deps) {
  const { preProceedings, careProceedings } = deps.services
  const idOf = (params: unknown) => parseParams(idParam, params).id

  app.get('/children/:id/court', { config: { access: 'child.view' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    const o = await careProceedings.forChild(actor, id)
    const open = {
      pp: o.preProceedings.some((p) => !p.endDate),
      cp: o.careProceedings.some((p) => !p.finalOrderOn),
    }
    const links = can(actor, 'court.record')
      ? [
          ...(o.openEpisode && !open.pp
            ? [{ href: `/children/${id}/pre-proceedings/new`, text: 'Start pre-proceedings' }]
            : []),
          ...(!open.cp
            ? [{ href: `/children/${id}/care-proceedings/new`, text: 'Record care proceedings' }]
            : []),
        ]
      : []
    const model = await courtPage(deps, actor, id, 'Pre-proceedings and court', {})
    return reply.render(page, {
      ...model,
      breadcrumbs: model.breadcrumbs.slice(0, 1).concat({ text: model.title }),
      links,
      tables: courtTables(o),
    })
  })

  startRecordRoutes(app, deps, {
    path: 'pre-proceedings',
    title: 'Start pre-proceedings',
    submitText: 'Start pre-proceedings',
    fields: preProceedingsStartFields,
    schema: preProceedingsStartSchema,
    create: async (actor, childId, input) =>
      `/pre-proceedings/${(await preProceedings.start(actor, childId, input)).id}`,
  })

  async function show(
    reply: FastifyReply,
    actor: Actor,
    id: string,
    status = 200,
    errors: FieldErrors = {},
    posted: Values = {},
  ) {
    const { pp, meetings, reviewCount, clock, proceedings } = await preProceedings.get(actor, id)
    const initialOn = meetings.find((m) => m.kind === 'INITIAL')?.heldOn ?? null
    const tables = [
      {
        caption: 'Meetings',
        head: [{ text: 'Held' }, { text: 'Kind' }, { text: 'Summary' }],
        empty: 'No meetings recorded.',
        rows: meetings.map((m) => [
          { text: dateText(m.heldOn) },
          { text: describe(preProceedingsMeetingKinds, m.kind) },
          { text: m.summary },
        ]),
      },
    ]
    const v = { ...courtValuesOf(pp), ...posted }
    const forms =
      !pp.endDate && can(actor, 'court.record')
        ? [
            formOf(`/pre-proceedings/${id}`, 'Save changes', preProceedingsUpdateFields, v, {
              heading: 'Record the next steps',
              version: pp.version,
            }),
            formOf(`/pre-proceedings/${id}/meetings`, 'Save the meeting', meetingFields, v, {
              heading: 'Record a meeting',
            }),
          ]
        : []
    const links = proceedings
      ? [{ href: `/care-proceedings/${proceedings.id}`, text: 'The care proceedings that followed' }]
      : []
    return reply.code(status).render(page, {
      ...(await courtPage(deps, actor, pp.childId, 'Pre-proceedings', errors)),
      tag: clockTag(clock),
      rows: preProceedingsRows(pp, clock, reviewCount, initialOn),
      tables,
      links,
      forms,
      values: v,
    })
  }

  app.get('/pre-proceedings/:id', { config: { access: 'child.view' } }, async (request, reply) =>
    show(reply, actorOf(request), idOf(request.params)),
  )

  const form = { base: 'pre-proceedings', show }
  postRecordForm(app, deps, { ...form, suffix: '', schema: preProceedingsUpdateSchema, act: preProceedings.update })
  postRecordForm(app, deps, { ...form, suffix: '/meetings', schema: meetingSchema, act: preProceedings.addMeeting })

  await careProceedingsRoutes(app, deps)
}

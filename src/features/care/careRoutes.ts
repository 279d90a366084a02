import type { FastifyInstance, FastifyReply } from 'fastify'
import type { z } from 'zod'
import type { Action } from '../../access/actions.js'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { submit } from '../child-protection/cpHttp.js'
import { formOf, rowsOf, type Spec, type Values } from '../child-protection/cpPresenters.js'
import { careBody, carePage, childIdOf, page } from './careHttp.js'
import { careValuesOf, endCareFields, legalStatusFields, moveFields, overviewRows, overviewTables, startCareFields, uascFields, visitFields, visitTag } from './carePresenters.js'
import { claVisitSchema, endCareSchema, legalStatusSchema, movePlacementSchema, startCareSchema, uascSchema } from './careSchemas.js'

type CareForm<S extends z.ZodType> = {
  readonly path: string
  readonly title: string
  readonly submitText: string
  readonly fields: (today: string) => Spec[]
  readonly schema: (today: string) => S
  /** Which state the form needs: an open period (the version is the period's), none, or either. */
  readonly needs: 'open' | 'closed' | 'any'
  readonly act: (actor: Actor, childId: string, input: z.infer<S>) => Promise<unknown>
  /** The version carried by the form, when not the open period's (UASC). */
  readonly version?: (deps: Deps, actor: Actor, childId: string) => Promise<{ version?: number; values: Values }>
}

/** Periods of care, changes, visits and UASC status for one child (issue 5 parts 1 and 4). */
export async function careRoutes(app: FastifyInstance, deps: Deps) {
  const { care } = deps.services

  app.get('/children/:id/care', { config: { access: 'child.view' } }, async (request, reply) => {
    const [id, actor] = [childIdOf(request.params), actorOf(request)]
    const o = await care.overview(actor, id)
    const link = (path: string, text: string) => ({ href: `/children/${id}/care${path}`, text })
    const links = [
      ...(can(actor, 'care.record') ? (o.open ? [link('/legal-status', 'Change legal status'), link('/placement', 'Move placement'), link('/visits', 'Record a visit'), link('/end', 'End care')] : [link('/start', 'Start a period of care')]) : []),
      ...(can(actor, 'care.record') ? [link('/uasc', 'UASC status')] : []),
      ...(o.unregistered ? [link('/unregistered', 'Unregistered placement')] : []),
    ]
    const model = await carePage(deps, actor, id, 'Children in care', {})
    return reply.render(page, { ...model, breadcrumbs: model.breadcrumbs.slice(0, 1).concat({ text: model.title }), tag: visitTag(o), rows: overviewRows(o), links, tables: overviewTables(o) })
  })

  function careForm<S extends z.ZodType>(f: CareForm<S>) {
    const access = { config: { access: 'care.record' as Action } }
    const url = (id: string) => `/children/${id}/care/${f.path}`
    const render = async (reply: FastifyReply, actor: Actor, id: string, status: number, errors: FieldErrors, posted: Values | null) => {
      const today = deps.clock.today()
      const open = f.needs === 'any' ? undefined : (await care.overview(actor, id)).open
      const stored = f.version ? await f.version(deps, actor, id) : { version: open?.version, values: {} }
      const values = posted ?? stored.values
      const model = await carePage(deps, actor, id, f.title, errors)
      const refused = f.needs === 'open' && !open ? 'The child is not in care: start a period of care first.' : f.needs === 'closed' && open ? 'The child is already in care: end the current period before starting another.' : null
      if (refused) return reply.code(status).render(page, { ...model, rows: rowsOf([['Not available', refused]]), links: [{ href: `/children/${id}/care`, text: 'Back to the child’s care' }] })
      return reply.code(status).render(page, { ...model, values, forms: [formOf(url(id), f.submitText, f.fields(today), values, { version: stored.version })] })
    }
    app.get(`/children/:id/care/${f.path}`, access, async (request, reply) => render(reply, actorOf(request), childIdOf(request.params), 200, {}, null))
    app.post(`/children/:id/care/${f.path}`, access, async (request, reply) => {
      const [id, actor] = [childIdOf(request.params), actorOf(request)]
      return submit(reply, f.schema(deps.clock.today()), careBody(request), (status, errors, values) => render(reply, actor, id, status, errors, values), async (input) => {
        await f.act(actor, id, input)
        return `/children/${id}/care`
      })
    })
  }

  careForm({ path: 'start', title: 'Start a period of care', submitText: 'Start the period of care', fields: startCareFields, schema: startCareSchema, needs: 'closed', act: care.startCare })
  careForm({ path: 'legal-status', title: 'Change legal status', submitText: 'Save the change', fields: () => legalStatusFields, schema: legalStatusSchema, needs: 'open', act: care.changeLegalStatus })
  careForm({ path: 'placement', title: 'Move placement', submitText: 'Save the new placement', fields: moveFields, schema: movePlacementSchema, needs: 'open', act: care.movePlacement })
  careForm({ path: 'end', title: 'End care', submitText: 'End the period of care', fields: () => endCareFields, schema: endCareSchema, needs: 'open', act: care.endCare })
  careForm({ path: 'visits', title: 'Record a visit to a child in care', submitText: 'Save the visit', fields: () => visitFields, schema: claVisitSchema, needs: 'any', act: care.recordVisit })
  careForm({
    path: 'uasc', title: 'Unaccompanied asylum-seeking child (UASC) status', submitText: 'Save UASC status', fields: () => uascFields, schema: uascSchema, needs: 'any', act: care.setUasc,
    version: async (d, actor, id) => {
      const u = (await d.services.care.overview(actor, id)).uasc
      return u ? { version: u.version, values: careValuesOf(u) } : { values: {} }
    },
  })
}

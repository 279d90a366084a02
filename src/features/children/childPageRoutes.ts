import type { FastifyInstance, FastifyReply } from 'fastify'
import { can } from '../../access/guard.js'
import type { Actor } from '../../access/actor.js'
import type { Deps } from '../../deps.js'
import { actorOf } from '../../http/auth.js'
import { errorList, fieldErrorsOf, joinDateInput, parseOrFail, parseParams } from '../../http/forms.js'
import { describe, keyPersonKinds } from '../../domain/codeLists/index.js'
import { childFormOptions, childName, childSummaryRows } from './childrenPresenters.js'
import { addressSchema, childIdSchema, keyPersonSchema, namedAccessSchema, versionSchema } from './childrenSchemas.js'
import { isAppError } from '../../errors.js'
import { RestrictedRecord } from './childrenService.js'
import { workRows } from '../work/workPresenters.js'
import { childPageSummary } from '../child-protection/cpOverview.js'
import { planSummary } from '../plans/planPresenters.js'

/** The child's record page and the small forms on it (addresses, key people, restriction). */
export async function childPageRoutes(app: FastifyInstance, deps: Deps) {
  const { children, frontDoor, work, cpPlans } = deps.services

  async function showChild(reply: FastifyReply, actor: Actor, id: string, status = 200, errors: Record<string, string> = {}, values: Record<string, unknown> = {}) {
    try {
      const record = await children.view(actor, id)
      const [history, items, cp, childPlans] = await Promise.all([frontDoor.historyFor(actor, id), work.itemsForChild(actor, id), cpPlans.overview(actor, id), deps.services.plans.forChild(actor, id)])
      return reply.code(status).render('pages/children/show.njk', {
        title: childName(record.child),
        ...record,
        ...history,
        workItems: workRows(items),
        childProtection: childPageSummary(cp),
        plans: planSummary(childPlans),
        summaryRows: childSummaryRows(record.child, deps.clock.today()),
        keyPeopleRows: record.keyPeople.map((p) => [{ text: p.name }, { text: describe(keyPersonKinds, p.kind) }, { text: p.relationship }, { text: p.organisation ?? '' }, { text: p.phone ?? '' }]),
        canEdit: can(actor, 'child.edit'),
        canRecordContact: can(actor, 'contact.create'),
        canSeeCaseAudits: can(actor, 'caseAudit.findings'),
        canSeeAdoption: can(actor, 'adoption.view'),
        canRestrict: can(actor, 'child.restrict') && !record.child.restricted,
        canGrant: can(actor, 'child.restrict') && record.child.restricted,
        namedAccess: record.child.restricted ? await children.namedAccess(id) : [],
        errors,
        errorList: errorList(errors, { fromDate: 'fromDate-day' }),
        values,
        ...childFormOptions(values),
        breadcrumbs: [{ text: 'Children', href: '/children' }, { text: childName(record.child) }],
      })
    } catch (e) {
      if (!(e instanceof RestrictedRecord)) throw e
      return reply.code(403).render('pages/children/restricted.njk', { title: 'This record is restricted', id, errors: {}, errorList: [] })
    }
  }

  app.get('/children/:id', { config: { access: 'child.view' } }, async (request, reply) => {
    const { id } = parseParams(childIdSchema, request.params)
    return showChild(reply, actorOf(request), id)
  })

  app.post('/children/:id/addresses', { config: { access: 'child.edit' } }, async (request, reply) => {
    const { id } = parseParams(childIdSchema, request.params)
    const body = (request.body ?? {}) as Record<string, unknown>
    const values = { ...body, fromDate: joinDateInput(body, 'fromDate') }
    const parsed = addressSchema(deps.clock.today()).safeParse(values)
    if (!parsed.success) return showChild(reply, actorOf(request), id, 422, fieldErrorsOf(parsed.error), body)
    await children.addAddress(actorOf(request), id, parsed.data)
    return reply.redirect(`/children/${id}#addresses`)
  })

  app.post('/children/:id/key-people', { config: { access: 'child.edit' } }, async (request, reply) => {
    const { id } = parseParams(childIdSchema, request.params)
    const parsed = keyPersonSchema.safeParse(request.body)
    if (!parsed.success) return showChild(reply, actorOf(request), id, 422, fieldErrorsOf(parsed.error), (request.body ?? {}) as Record<string, unknown>)
    await children.addKeyPerson(actorOf(request), id, parsed.data)
    return reply.redirect(`/children/${id}#key-people`)
  })

  app.post('/children/:id/named-access', { config: { access: 'child.restrict' } }, async (request, reply) => {
    const { id } = parseParams(childIdSchema, request.params)
    const body = (request.body ?? {}) as Record<string, unknown>
    const parsed = namedAccessSchema.safeParse(body)
    if (!parsed.success) return showChild(reply, actorOf(request), id, 422, fieldErrorsOf(parsed.error), body)
    try {
      await children.grantNamedAccess(actorOf(request), id, parsed.data.email)
    } catch (e) {
      if (isAppError(e) && e.status === 422) return showChild(reply, actorOf(request), id, 422, Object.keys(e.fieldErrors).length ? e.fieldErrors : { email: e.message }, body)
      throw e
    }
    return reply.redirect(`/children/${id}#restriction`)
  })

  app.post('/children/:id/restrict', { config: { access: 'child.restrict' } }, async (request, reply) => {
    const { id } = parseParams(childIdSchema, request.params)
    const version = parseOrFail(versionSchema, (request.body as Record<string, unknown> | undefined)?.version)
    await children.restrict(actorOf(request), id, version, [])
    return reply.redirect(`/children/${id}`)
  })
}

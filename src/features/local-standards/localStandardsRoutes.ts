import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Deps } from '../../deps.js'
import { isAppError, type FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, fieldErrorsOf, parseParams } from '../../http/forms.js'
import { standardRows, standardSummary, standardValues, statutoryReason, unitItems } from './localStandardsPresenters.js'
import { clearSchema, localStandardSchema, ruleIdParam } from './localStandardsSchemas.js'

const access = { access: 'admin.localStandards' } as const
const crumb = { text: 'Local standards', href: '/admin/local-standards' }
const bodyOf = (request: FastifyRequest) => (request.body ?? {}) as Record<string, unknown>

/** The council's local standards for timescales (ARCHITECTURE.md §7), set by an administrator. */
export async function localStandardsRoutes(app: FastifyInstance, deps: Deps) {
  const { localStandards } = deps.services

  app.get('/admin/local-standards', { config: access }, async (request, reply) => {
    const saved = (request.query as { saved?: string } | undefined)?.saved
    return reply.render('pages/local-standards/list.njk', { title: 'Local standards for timescales', rows: standardRows(await localStandards.list()), saved: saved === 'set' || saved === 'cleared' ? saved : null, breadcrumbs: [{ text: 'Local standards' }] })
  })

  async function show(reply: FastifyReply, ruleId: string, status = 200, errors: FieldErrors = {}, posted?: Record<string, unknown>) {
    const x = await localStandards.get(ruleId)
    const values = posted ?? standardValues(x.local)
    return reply.code(status).render('pages/local-standards/rule.njk', {
      title: x.rule.title, ruleId, summary: standardSummary(x), statutory: x.rule.localOverride ? null : statutoryReason,
      local: x.local, values, errors, errorList: errorList(errors, { version: 'form' }), unitItems: unitItems(values.unit), breadcrumbs: [crumb, { text: x.rule.id }],
    })
  }

  /** validate → save → back to the list; bad input, a broken rule or a stale version shows the form again. */
  async function save(reply: FastifyReply, ruleId: string, values: Record<string, unknown>, act: () => Promise<unknown>, saved: string) {
    try {
      await act()
      return reply.redirect(`/admin/local-standards?saved=${saved}`, 303)
    } catch (e) {
      if (isAppError(e) && (e.status === 422 || e.status === 409)) return show(reply, ruleId, e.status, Object.keys(e.fieldErrors).length ? e.fieldErrors : { form: e.message }, e.status === 409 ? undefined : values)
      throw e
    }
  }

  app.get('/admin/local-standards/:id', { config: access }, async (request, reply) => show(reply, parseParams(ruleIdParam, request.params).id))

  app.post('/admin/local-standards/:id', { config: access }, async (request, reply) => {
    const { id } = parseParams(ruleIdParam, request.params)
    const values = bodyOf(request)
    const parsed = localStandardSchema.safeParse(values)
    if (!parsed.success) return show(reply, id, 422, fieldErrorsOf(parsed.error), values)
    return save(reply, id, values, () => localStandards.set(actorOf(request), id, parsed.data), 'set')
  })

  app.post('/admin/local-standards/:id/clear', { config: access }, async (request, reply) => {
    const { id } = parseParams(ruleIdParam, request.params)
    const parsed = clearSchema.safeParse(bodyOf(request))
    if (!parsed.success) return show(reply, id, 422, fieldErrorsOf(parsed.error))
    return save(reply, id, {}, () => localStandards.clear(actorOf(request), id, parsed.data.version), 'cleared')
  })
}

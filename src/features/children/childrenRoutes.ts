import type { FastifyInstance } from 'fastify'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { actorOf } from '../../http/auth.js'
import { errorList, fieldErrorsOf, parseOrFail, parseParams } from '../../http/forms.js'
import { isAppError } from '../../errors.js'
import { childInputFrom, renderChildForm } from './childForm.js'
import { childFormValues, childName, conflictRows, searchResult } from './childrenPresenters.js'
import { breakGlassSchema, childDetailsSchema, childIdSchema, searchSchema, versionSchema } from './childrenSchemas.js'
import { childPageRoutes } from './childPageRoutes.js'

export const crumbs = (...extra: { text: string; href?: string }[]) => [{ text: 'Children', href: '/children' }, ...extra]

export async function childrenRoutes(app: FastifyInstance, deps: Deps) {
  const { children } = deps.services

  app.get('/children', { config: { access: 'child.search' } }, async (request, reply) => {
    const { q, page } = parseOrFail(searchSchema, request.query)
    const result = await children.search(actorOf(request), q, page)
    return reply.render('pages/children/search.njk', {
      title: 'Find a child', q, page, ...result,
      results: result.rows.map((r) => searchResult(r.child, r.unlocked)),
      similar: result.similar.map((r) => searchResult(r.child, r.unlocked)),
      canCreate: can(actorOf(request), 'child.create'),
      pages: Math.ceil(result.total / result.pageSize),
    })
  })

  app.get('/children/new', { config: { access: 'child.create' } }, async (_request, reply) =>
    renderChildForm(reply, { title: 'Add a child', action: '/children', values: {}, breadcrumbs: crumbs({ text: 'Add a child' }) }),
  )

  app.post('/children', { config: { access: 'child.create' } }, async (request, reply) => {
    const actor = actorOf(request)
    const values = childInputFrom(request.body)
    const form = { title: 'Add a child', action: '/children', values, breadcrumbs: crumbs({ text: 'Add a child' }) }
    const parsed = childDetailsSchema(deps.clock.today()).safeParse(values)
    if (!parsed.success) return renderChildForm(reply.code(422), { ...form, errors: fieldErrorsOf(parsed.error) })
    if (values.confirmNotDuplicate !== 'yes') {
      const duplicates = await children.likelyDuplicates(actor, parsed.data)
      if (duplicates.visible.length || duplicates.hidden)
        return renderChildForm(reply.code(409), { ...form, duplicates: duplicates.visible.map((c) => searchResult(c, false)), hiddenDuplicates: duplicates.hidden })
    }
    try {
      const child = await children.create(actor, parsed.data)
      return reply.redirect(`/children/${child.id}`)
    } catch (e) {
      if (isAppError(e) && e.status === 422) return renderChildForm(reply.code(422), { ...form, errors: e.fieldErrors })
      throw e
    }
  })

  app.get('/children/:id/edit', { config: { access: 'child.edit' } }, async (request, reply) => {
    const { id } = parseParams(childIdSchema, request.params)
    const child = await children.forEdit(actorOf(request), id)
    return renderChildForm(reply, { title: `Edit ${childName(child)}`, action: `/children/${id}/edit`, values: childFormValues(child), breadcrumbs: crumbs({ text: childName(child), href: `/children/${id}` }, { text: 'Edit' }) })
  })

  app.post('/children/:id/edit', { config: { access: 'child.edit' } }, async (request, reply) => {
    const { id } = parseParams(childIdSchema, request.params)
    const actor = actorOf(request)
    const values = childInputFrom(request.body)
    const form = { title: 'Edit child', action: `/children/${id}/edit`, values, breadcrumbs: crumbs({ text: 'Child', href: `/children/${id}` }, { text: 'Edit' }) }
    const parsed = childDetailsSchema(deps.clock.today()).safeParse(values)
    if (!parsed.success) return renderChildForm(reply.code(422), { ...form, errors: fieldErrorsOf(parsed.error) })
    const version = parseOrFail(versionSchema, values.version)
    try {
      await children.update(actor, id, version, parsed.data)
      return reply.redirect(`/children/${id}?saved=1`)
    } catch (e) {
      if (!isAppError(e) || e.status !== 409) throw e
      const { yours, current } = e.detail as { yours: Record<string, unknown>; current: Record<string, unknown> }
      return reply.code(409).render('pages/children/conflict.njk', { title: 'Someone else changed this child’s details', id, rows: conflictRows(yours, current), currentVersion: current.version, breadcrumbs: crumbs({ text: 'Child', href: `/children/${id}` }) })
    }
  })

  app.post('/children/:id/break-glass', { config: { access: 'child.view' } }, async (request, reply) => {
    const { id } = parseParams(childIdSchema, request.params)
    const parsed = breakGlassSchema.safeParse(request.body)
    if (!parsed.success) {
      const errors = fieldErrorsOf(parsed.error)
      return reply.code(422).render('pages/children/restricted.njk', { title: 'This record is restricted', id, errors, errorList: errorList(errors) })
    }
    await children.breakGlass(actorOf(request), id, parsed.data.reason)
    return reply.redirect(`/children/${id}`)
  })

  await childPageRoutes(app, deps)
}

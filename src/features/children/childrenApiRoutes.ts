import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { Deps } from '../../deps.js'
import { conflict } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { parseOrFail, parseParams } from '../../http/forms.js'
import { childJson } from './childrenJson.js'
import { childDetailsSchema, childIdSchema, searchSchema, versionSchema } from './childrenSchemas.js'

const tag = 'Children'

/** The JSON API for children: the same services, validation, access rules and audit as the pages. */
export async function childrenApiRoutes(app: FastifyInstance, deps: Deps) {
  const { children } = deps.services
  const details = () => childDetailsSchema(deps.clock.today())
  const createBody = z.object({ child: z.record(z.string(), z.unknown()), confirmNotDuplicate: z.boolean().default(false) })

  app.get('/api/v1/children', { config: { access: 'child.search', openapi: { tag, summary: 'Search children by name, child ID, UPN or date of birth', query: searchSchema } } }, async (request) => {
    const { q, page } = parseOrFail(searchSchema, request.query)
    const result = await children.search(actorOf(request), q, page)
    return { total: result.total, page, pageSize: result.pageSize, children: result.rows.map((r) => childJson(r.child, r.unlocked)), similar: result.similar.map((r) => childJson(r.child, r.unlocked)) }
  })

  app.post('/api/v1/children', { config: { access: 'child.create', openapi: { tag, summary: 'Create a child; likely duplicates are refused unless confirmNotDuplicate is true', body: createBody } } }, async (request, reply) => {
    const body = parseOrFail(createBody, request.body)
    const input = parseOrFail(details(), body.child)
    if (!body.confirmNotDuplicate) {
      const dupes = await children.likelyDuplicates(actorOf(request), input)
      if (dupes.visible.length || dupes.hidden) throw conflict('This child may already be recorded', { possibleDuplicates: dupes.visible.map((c) => c.id), hiddenMatches: dupes.hidden })
    }
    const child = await children.create(actorOf(request), input)
    return reply.code(201).send(childJson(child, true))
  })

  app.get('/api/v1/children/:id', { config: { access: 'child.view', openapi: { tag, summary: 'A child’s record (audited as a view)' } } }, async (request) => {
    const { id } = parseParams(childIdSchema, request.params)
    const record = await children.view(actorOf(request), id)
    return { ...childJson(record.child, true), addresses: record.addresses, keyPeople: record.keyPeople, allocations: record.allocations }
  })

  const patchBody = z.object({ version: versionSchema, child: z.record(z.string(), z.unknown()) })
  app.patch('/api/v1/children/:id', { config: { access: 'child.edit', openapi: { tag, summary: 'Replace a child’s details; a stale version is a 409 and changes nothing', body: patchBody } } }, async (request) => {
    const { id } = parseParams(childIdSchema, request.params)
    const body = parseOrFail(patchBody, request.body)
    const updated = await children.update(actorOf(request), id, body.version, parseOrFail(details(), body.child))
    return childJson(updated, true)
  })
}

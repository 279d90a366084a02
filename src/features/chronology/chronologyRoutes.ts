import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { formatDateTime } from '../../domain/format.js'
import { badRequest } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, fieldErrorsOf, parseParams } from '../../http/forms.js'
import { publicDir } from '../../http/staticAssets.js'
import { idParam } from '../child-protection/cpSchemas.js'
import { childHeading, chronologyRows, filterQuery, filterText, filterValues } from './chronologyPresenters.js'
import { chronologyFilterSchema, chronologyQueryOf } from './chronologySchemas.js'
import type { ChronologyFormat } from './chronologyService.js'

const anchors = { from: 'from-day', to: 'to-day', types: 'types' }
const rawQuery = (request: FastifyRequest) => (request.query ?? {}) as Record<string, unknown>
const crumbs = (childId: string, name: string, ...more: { text: string; href?: string }[]) => [{ text: name, href: `/children/${childId}` }, ...more]

/** The child's chronology: the page, a print view and a self-contained HTML download for the family court. */
export async function chronologyRoutes(app: FastifyInstance, deps: Deps) {
  const { chronology, children } = deps.services
  // The download must stand alone (no server to fetch a stylesheet from), so its CSS is inlined.
  const css = readFileSync(path.join(publicDir, 'chronology.css'), 'utf8')
  const idOf = (params: unknown) => parseParams(idParam, params).id

  app.get('/children/:id/chronology', { config: { access: 'child.view' } }, async (request, reply) => {
    const [id, actor, raw] = [idOf(request.params), actorOf(request), rawQuery(request)]
    const parsed = chronologyFilterSchema.safeParse(chronologyQueryOf(raw))
    const base = { title: 'Chronology', childId: id, filter: filterValues(raw) }
    if (!parsed.success) {
      // A bad filter shows the form again with the error summary; the record is still scope-checked.
      const child = childHeading(await children.forEdit(actor, id))
      const errors = fieldErrorsOf(parsed.error)
      return reply.code(400).render('pages/chronology/show.njk', { ...base, child, errors, errorList: errorList(errors, anchors), breadcrumbs: crumbs(id, child.name, { text: 'Chronology' }) })
    }
    const { child, events } = await chronology.view(actor, id, parsed.data)
    const heading = childHeading(child)
    return reply.render('pages/chronology/show.njk', {
      ...base, child: heading, events: chronologyRows(events), summary: filterText(parsed.data), query: filterQuery(parsed.data), canExport: can(actor, 'chronology.export'), errors: {}, breadcrumbs: crumbs(id, heading.name, { text: 'Chronology' }),
    })
  })

  async function exported(request: FastifyRequest, reply: FastifyReply, actor: Actor, format: ChronologyFormat) {
    const id = idOf(request.params)
    const parsed = chronologyFilterSchema.safeParse(chronologyQueryOf(rawQuery(request)))
    if (!parsed.success) throw badRequest(Object.values(fieldErrorsOf(parsed.error)).join('. '))
    const { child, events } = await chronology.export(actor, id, parsed.data, format)
    const heading = childHeading(child)
    const model = { title: `Chronology: ${heading.name}`, childId: id, child: heading, events: chronologyRows(events), summary: filterText(parsed.data), producedAt: formatDateTime(deps.clock.now()), producedBy: actor.displayName, councilName: deps.councilName }
    // Personal data: neither the download nor the print view may be kept by a shared cache.
    reply.header('cache-control', 'no-store')
    if (format === 'print') return reply.render('pages/chronology/print.njk', { ...model, backHref: `/children/${id}/chronology${filterQuery(parsed.data)}`, breadcrumbs: crumbs(id, heading.name, { text: 'Chronology', href: `/children/${id}/chronology` }, { text: 'Print view' }) })
    return reply.header('content-disposition', `attachment; filename="chronology-${heading.childRef}.html"`).render('pages/chronology/export.njk', { ...model, css })
  }

  app.get('/children/:id/chronology/print', { config: { access: 'chronology.export' } }, (request, reply) => exported(request, reply, actorOf(request), 'print'))
  app.get('/children/:id/chronology/download', { config: { access: 'chronology.export' } }, (request, reply) => exported(request, reply, actorOf(request), 'html'))
}

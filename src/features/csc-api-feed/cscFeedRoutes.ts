import type { FastifyInstance, FastifyReply } from 'fastify'
import { z } from 'zod'
import type { Deps } from '../../deps.js'
import { actorOf } from '../../http/auth.js'
import { errorList, parseParams } from '../../http/forms.js'
import { batchView, jobView, runViews, statusTag } from './cscFeedPresenters.js'

const access = { access: 'cscFeed.manage' } as const
const crumbs = [{ text: 'DfE children’s social care API feed', href: '/returns/csc-api' }]
const idParam = z.object({ id: z.uuid() })
const runSchema = z.object({ full: z.enum(['yes', 'no']).optional(), _csrf: z.string().optional() }).strict()
// The LA child id as the CIN census allows it (rules 1570/1580): letters and digits, up to 20.
const previewQuery = z.object({ child: z.string().trim().regex(/^[A-Za-z0-9]{1,20}$/, 'Enter the child’s LA child ID: letters and digits only, up to 20 characters').optional() }).strip()

/** The daily DfE children's social care API feed (issue 7 §6): state, runs, batches, a payload preview. */
export async function cscFeedRoutes(app: FastifyInstance, deps: Deps) {
  const { cscFeed } = deps.services

  async function showIndex(reply: FastifyReply, errors: Record<string, string> = {}) {
    const s = cscFeed.settings
    return reply.header('cache-control', 'no-store').render('pages/csc-api-feed/index.njk', {
      title: 'DfE children’s social care API feed',
      settings: { enabled: s.enabled, host: s.host, tokenHost: s.tokenHost, missing: s.missing },
      runs: runViews(await cscFeed.recentRuns(10)),
      errors,
      errorList: errorList(errors, { run: 'full' }),
    })
  }

  app.get('/returns/csc-api', { config: access }, async (_request, reply) => showIndex(reply))

  app.post('/returns/csc-api/runs', { config: access }, async (request, reply) => {
    const parsed = runSchema.safeParse(request.body ?? {})
    if (!parsed.success) return showIndex(reply.code(400), { run: 'Choose whether to send every child or only the changes' })
    if (!cscFeed.settings.enabled) return showIndex(reply.code(400), { run: 'The feed is not configured, so nothing can be sent. Ask the administrator to set the CSC_API settings.' })
    const job = cscFeed.startRun(actorOf(request), parsed.data.full === 'yes')
    return reply.redirect(`/returns/csc-api/runs/${job.id}`, 303)
  })

  app.get('/returns/csc-api/runs/:id', { config: access }, async (request, reply) => {
    const job = jobView(cscFeed.job(actorOf(request), parseParams(idParam, request.params).id))
    return reply.header('cache-control', 'no-store').render('pages/csc-api-feed/run.njk', { title: 'Feed run', job, breadcrumbs: [...crumbs, { text: 'Run' }] })
  })

  app.get('/returns/csc-api/batches/:id', { config: access }, async (request, reply) => {
    const { batch, rows } = await cscFeed.batch(actorOf(request), parseParams(idParam, request.params).id)
    return reply.header('cache-control', 'no-store').render('pages/csc-api-feed/batch.njk', { title: 'Feed batch', ...batchView(batch, rows), tag: statusTag(batch.status), breadcrumbs: [...crumbs, { text: 'Batch' }] })
  })

  app.get('/returns/csc-api/preview', { config: access }, async (request, reply) => {
    const parsed = previewQuery.safeParse(request.query ?? {})
    const base = { title: 'Preview a child’s payload', breadcrumbs: [...crumbs, { text: 'Preview' }] }
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? 'Enter the child’s LA child ID'
      return reply.code(400).render('pages/csc-api-feed/preview.njk', { ...base, errors: { child: message }, errorList: errorList({ child: message }, { child: 'child' }) })
    }
    if (!parsed.data.child) return reply.render('pages/csc-api-feed/preview.njk', { ...base, errors: {} })
    const preview = await cscFeed.preview(actorOf(request), parsed.data.child)
    return reply.header('cache-control', 'no-store').render('pages/csc-api-feed/preview.njk', { ...base, errors: {}, childValue: preview.childRef, preview: { ...preview, json: JSON.stringify(preview.payload, null, 2) } })
  })
}

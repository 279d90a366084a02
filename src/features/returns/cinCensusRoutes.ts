import type { FastifyInstance, FastifyReply } from 'fastify'
import { z } from 'zod'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { actorOf } from '../../http/auth.js'
import { errorList, parseParams } from '../../http/forms.js'
import { censusYears } from './cinCensusService.js'
import { runView } from './cinCensusPresenters.js'

const access = { access: 'returns.cinCensus' } as const
const idParam = z.object({ id: z.uuid() })
const runSchema = z.object({ collectionYear: z.enum(censusYears, { error: 'Select the collection year' }) })
const crumbs = [{ text: 'CIN census', href: '/returns/cin-census' }]

/** The CIN census return: choose a year, run export and validation, read the findings, download. */
export async function cinCensusRoutes(app: FastifyInstance, deps: Deps) {
  const { cinCensus } = deps.services

  const showForm = (reply: FastifyReply, errors: Record<string, string> = {}, selected?: string) =>
    reply.render('pages/returns/cin-census.njk', {
      title: 'CIN census return',
      yearItems: censusYears.map((y) => ({ value: y, text: `${y} (reference date 31 March 20${y.slice(5, 7)})`, checked: y === selected })),
      runs: cinCensus.runsFor(actorOf(reply.request)).map(runView),
      mayImport: can(actorOf(reply.request), 'returns.cinCensusImport'),
      errors,
      errorList: errorList(errors, { collectionYear: 'collectionYear' }),
    })

  app.get('/returns/cin-census', { config: access }, async (_request, reply) => showForm(reply))

  app.post('/returns/cin-census/runs', { config: access }, async (request, reply) => {
    const parsed = runSchema.safeParse(request.body ?? {})
    if (!parsed.success) return showForm(reply.code(422), { collectionYear: 'Select the collection year' })
    const run = await cinCensus.start(actorOf(request), parsed.data.collectionYear)
    return reply.redirect(`/returns/cin-census/runs/${run.id}`, 303)
  })

  app.get('/returns/cin-census/runs/:id', { config: access }, async (request, reply) => {
    const run = runView(cinCensus.run(actorOf(request), parseParams(idParam, request.params).id))
    return reply.header('cache-control', 'no-store').render('pages/returns/cin-census-run.njk', {
      title: `CIN census ${run.collectionYear}`,
      run,
      breadcrumbs: [...crumbs, { text: `Run for ${run.collectionYear}` }],
    })
  })

  app.get('/returns/cin-census/runs/:id/download', { config: access }, async (request, reply) => {
    const { filename, xml } = await cinCensus.download(actorOf(request), parseParams(idParam, request.params).id)
    return reply
      .header('content-type', 'application/xml; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .header('cache-control', 'no-store')
      .send(xml)
  })
}

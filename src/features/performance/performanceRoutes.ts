import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Deps } from '../../deps.js'
import { formatDate } from '../../domain/format.js'
import { kpiById } from '../../domain/kpis/index.js'
import { notFound } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { toCsv } from '../../http/csv.js'
import { errorList, fieldErrorsOf, parseParams } from '../../http/forms.js'
import { csvHeader, csvRows, drillDownRows, filterForm, linkQuery, ragTag, scorecardTables } from './performancePresenters.js'
import { kpiIdParam, performanceQuerySchema } from './performanceSchemas.js'

const access = { access: 'kpi.view' } as const
const DRILL_DOWN_SHOWN = 1000
const crumbs = (...more: { text: string; href?: string }[]) => [{ text: 'Home', href: '/' }, ...more]

/** The KPI scorecard, each KPI's drill-down to the named children, and its CSV (issue 7). */
export async function performanceRoutes(app: FastifyInstance, deps: Deps) {
  const perf = deps.services.performance
  const parse = (request: FastifyRequest) => performanceQuerySchema(perf.currentMonth()).safeParse(request.query ?? {})
  const kpiOf = (params: unknown) => kpiById(parseParams(kpiIdParam, params).id) ?? (() => { throw notFound('KPI') })()
  // An invalid choice shows the form again with the GOV.UK error summary, as a 400; nothing is read.
  const invalid = (errors: Record<string, string>) => ({ errors, errorList: errorList(errors) })

  app.get('/performance', { config: access }, async (request, reply) => {
    const parsed = parse(request)
    const title = 'Performance scorecard'
    if (!parsed.success) {
      const q = performanceQuerySchema(perf.currentMonth()).parse({})
      return reply.code(400).render('pages/performance/scorecard.njk', { title, form: filterForm(q, perf.currentMonth()), tables: [], ...invalid(fieldErrorsOf(parsed.error)), breadcrumbs: crumbs({ text: 'Performance' }) })
    }
    const q = parsed.data
    const { period, lines } = await perf.scorecard(actorOf(request), q)
    return reply.render('pages/performance/scorecard.njk', { title, period, asAt: formatDate(period.to), form: filterForm(q, perf.currentMonth()), tables: scorecardTables(lines, q), kpiCount: lines.length, errors: {}, breadcrumbs: crumbs({ text: 'Performance' }) })
  })

  app.get('/performance/:id', { config: access }, async (request, reply) => {
    const kpi = kpiOf(request.params)
    const parsed = parse(request)
    const base = { title: kpi.title, kpi, breadcrumbs: crumbs({ text: 'Performance', href: '/performance' }, { text: kpi.title }) }
    if (!parsed.success) return reply.code(400).render('pages/performance/drilldown.njk', { ...base, ...invalid(fieldErrorsOf(parsed.error)) })
    const q = parsed.data
    const result = await perf.drillDown(actorOf(request), kpi.id, q)
    const filter = result.filter ? { [result.filter.by]: result.filter.id } : {}
    return reply.header('cache-control', 'no-store').render('pages/performance/drilldown.njk', {
      ...base, errors: {}, period: result.period, value: result.value, rag: ragTag(result.rag), count: result.count,
      table: drillDownRows(kpi, result.rows.slice(0, DRILL_DOWN_SHOWN)), total: result.rows.length, shown: Math.min(DRILL_DOWN_SHOWN, result.rows.length),
      filtered: Boolean(result.filter), backHref: `/performance${linkQuery(q, { breakdown: q.breakdown })}`, csvHref: `/performance/${kpi.id}/export.csv${linkQuery(q, filter)}`,
      valueText: result.value === null ? 'No data' : String(result.value),
    })
  })

  app.get('/performance/:id/export.csv', { config: access }, async (request, reply) => {
    const kpi = kpiOf(request.params)
    const parsed = parse(request)
    if (!parsed.success) return reply.code(400).type('text/plain; charset=utf-8').send(Object.values(fieldErrorsOf(parsed.error)).join('. '))
    const result = await perf.export(actorOf(request), kpi.id, parsed.data)
    // A byte-order mark so spreadsheet programs read the names as UTF-8; cells escaped against formula injection.
    return reply
      .header('cache-control', 'no-store')
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="kpi-${kpi.id.toLowerCase()}-${result.period.from}-${result.period.to}.csv"`)
      .send('\uFEFF' + toCsv([csvHeader, ...csvRows(kpi, result.period, result.rows)]))
  })
}

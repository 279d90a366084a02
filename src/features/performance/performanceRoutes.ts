import type { FastifyInstance, FastifyRequest } from 'fastify'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { formatDate } from '../../domain/format.js'
import { kpiById, kpiCatalogue } from '../../domain/kpis/index.js'
import { notFound } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { toCsv } from '../../http/csv.js'
import { errorList, fieldErrorsOf, parseParams } from '../../http/forms.js'
import { pagination } from '../../http/pagination.js'
import { benchmarkText, csvHeader, csvRows, drillDownRows, filterForm, groupHeading, linkQuery, ragTag, scorecardTables, targetText, valueWithCohort } from './performancePresenters.js'
import { kpiIdParam, performanceQuerySchema, type PerformanceQuery } from './performanceSchemas.js'
import { DRILL_DOWN_PAGE_SIZE } from './performanceService.js'
import { exportFileName, oneSheetWorkbook, scorecardCells, scorecardCsv, scorecardWorkbook } from './scorecardExport.js'
import { trendGroupOf } from '../kpi-trends/trendScope.js'
import { MAX_TREND_MONTHS } from '../kpi-trends/snapshotService.js'

const access = { access: 'kpi.view' } as const
const crumbs = (...more: { text: string; href?: string }[]) => [{ text: 'Home', href: '/' }, ...more]
const exportQuery = (q: PerformanceQuery) => `?${new URLSearchParams({ period: q.period, ending: q.ending, breakdown: q.breakdown }).toString()}`

/** The KPI scorecard and its exports, each KPI's drill-down to the named children, and its CSV (issue 7). */
export async function performanceRoutes(app: FastifyInstance, deps: Deps) {
  const perf = deps.services.performance
  const parse = (request: FastifyRequest) => performanceQuerySchema(perf.currentMonth()).safeParse(request.query ?? {})
  const kpiOf = (params: unknown) => kpiById(parseParams(kpiIdParam, params).id) ?? (() => { throw notFound('KPI') })()
  // An invalid choice shows the form again with the GOV.UK error summary, as a 400; nothing is read.
  const invalid = (errors: Record<string, string>) => ({ errors, errorList: errorList(errors) })

  app.get('/performance', { config: access }, async (request, reply) => {
    const parsed = parse(request)
    const actor = actorOf(request)
    const base = { title: 'Performance scorecard', canEditSettings: can(actor, 'kpi.settings'), breadcrumbs: crumbs({ text: 'Performance' }) }
    if (!parsed.success) {
      const q = performanceQuerySchema(perf.currentMonth()).parse({})
      return reply.code(400).render('pages/performance/scorecard.njk', { ...base, form: filterForm(q, perf.currentMonth()), tables: [], ...invalid(fieldErrorsOf(parsed.error)) })
    }
    const q = parsed.data
    // The figures, one call for every KPI's 24-month trend, and one for the user's pins, together.
    const [{ period, lines }, trends, pinned] = await Promise.all([
      perf.scorecard(actor, q),
      q.breakdown === 'authority' ? deps.services.kpiTrends.series(kpiCatalogue.map((k) => k.id), q.ending, MAX_TREND_MONTHS, trendGroupOf(actor)) : undefined,
      deps.services.kpiPins.pinnedIds(actor),
    ])
    const extras = { ...(trends ? { trends } : {}), pinned, returnTo: `/performance${exportQuery(q)}` }
    return reply.render('pages/performance/scorecard.njk', {
      ...base, period, asAt: formatDate(period.to), form: filterForm(q, perf.currentMonth()), tables: scorecardTables(lines, q, extras), groupHeading: groupHeading(q.breakdown), pinning: true,
      kpiCount: lines.length, errors: {}, teamTrends: trendGroupOf(actor) !== undefined, csvHref: `/performance/export.csv${exportQuery(q)}`, xlsxHref: `/performance/export.xlsx${exportQuery(q)}`,
    })
  })

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/performance/export.${format}`, { config: access }, async (request, reply) => {
      const parsed = parse(request)
      if (!parsed.success) return reply.code(400).type('text/plain; charset=utf-8').send(Object.values(fieldErrorsOf(parsed.error)).join('. '))
      const q = parsed.data
      const { period, lines } = await perf.scorecardExport(actorOf(request), q, format)
      const cells = scorecardCells(lines, period, q.breakdown)
      return reply
        .header('cache-control', 'no-store')
        .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${exportFileName(period, q.breakdown, format)}"`)
        .send(format === 'csv' ? scorecardCsv(cells) : await scorecardWorkbook(cells, period))
    })
  }

  app.get('/performance/:id', { config: access }, async (request, reply) => {
    const kpi = kpiOf(request.params)
    const parsed = parse(request)
    const base = { title: kpi.title, kpi, breadcrumbs: crumbs({ text: 'Performance', href: '/performance' }, { text: kpi.title }) }
    if (!parsed.success) return reply.code(400).render('pages/performance/drilldown.njk', { ...base, ...invalid(fieldErrorsOf(parsed.error)) })
    const q = parsed.data
    const actor = actorOf(request)
    const [result, pinned] = await Promise.all([perf.drillDown(actor, kpi.id, q), deps.services.kpiPins.pinnedIds(actor)])
    const filter = result.filter ? { [result.filter.by]: result.filter.id } : {}
    const here = `/performance/${kpi.id}${linkQuery(q, filter)}`
    return reply.header('cache-control', 'no-store').render('pages/performance/drilldown.njk', {
      ...base, errors: {}, period: result.period, value: result.value, rag: ragTag(result.rag), count: result.count,
      table: drillDownRows(kpi, result.rows), total: result.count.denominator, first: (result.page - 1) * DRILL_DOWN_PAGE_SIZE + 1, last: (result.page - 1) * DRILL_DOWN_PAGE_SIZE + result.rows.length,
      pagination: pagination(result.page, result.pages, (n) => `/performance/${kpi.id}${linkQuery(q, { ...filter, ...(n > 1 ? { page: String(n) } : {}) })}`),
      filtered: Boolean(result.filter), backHref: `/performance${linkQuery(q, { breakdown: q.breakdown })}`, csvHref: `/performance/${kpi.id}/export.csv${linkQuery(q, filter)}`, xlsxHref: `/performance/${kpi.id}/export.xlsx${linkQuery(q, filter)}`,
      valueText: valueWithCohort(result.kpi, result), target: targetText(result.kpi), england: benchmarkText(result.kpi, 'England'), neighbours: benchmarkText(result.kpi, 'Statistical neighbours'),
      trendHref: `/performance/${kpi.id}/trend`, pin: { pinned: pinned.has(kpi.id), returnTo: here },
    })
  })

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/performance/:id/export.${format}`, { config: access }, async (request, reply) => {
      const kpi = kpiOf(request.params)
      const parsed = parse(request)
      if (!parsed.success) return reply.code(400).type('text/plain; charset=utf-8').send(Object.values(fieldErrorsOf(parsed.error)).join('. '))
      const result = await perf.export(actorOf(request), kpi.id, parsed.data, format)
      const rows = csvRows(kpi, result.period, result.rows)
      // CSV with a byte-order mark so spreadsheet programs read the names as UTF-8; cells escaped against formula injection in both.
      return reply
        .header('cache-control', 'no-store')
        .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="kpi-${kpi.id.toLowerCase()}-${result.period.from}-${result.period.to}.${format}"`)
        .send(format === 'csv' ? '\uFEFF' + toCsv([csvHeader, ...rows]) : await oneSheetWorkbook('Children', `${kpi.title}: ${result.period.label}`, csvHeader, rows))
    })
  }
}

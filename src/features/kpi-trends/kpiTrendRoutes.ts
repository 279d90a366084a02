import type { FastifyInstance, FastifyReply } from 'fastify'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { kpiById, type Kpi } from '../../domain/kpis/index.js'
import { notFound } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, fieldErrorsOf, parseParams } from '../../http/forms.js'
import { kpiIdParam } from '../performance/performanceSchemas.js'
import { heldTable, jobView, trendTable } from './kpiTrendPresenters.js'
import { jobIdParam, MAX_REBUILD_MONTHS, rebuildSchema, trendQuerySchema, WHOLE_AUTHORITY } from './kpiTrendSchemas.js'
import { lastCompleteMonth, monthName, shiftMonth } from './months.js'
import { MAX_TREND_MONTHS } from './snapshotService.js'
import { trendChart } from './trendChart.js'
import { trendSummary } from './trendSummary.js'
import { trendGroupOf } from './trendScope.js'

const view = { access: 'kpi.view' } as const
const manage = { access: 'kpi.snapshots' } as const
const home = { text: 'Home', href: '/' }
const performance = { text: 'Performance', href: '/performance' }
const snapshotsCrumb = { text: 'KPI snapshots', href: '/performance/snapshots' }

/** Monthly KPI snapshots, their rebuild from the event history, and the 24-month trends (issue 7). */
export async function kpiTrendRoutes(app: FastifyInstance, deps: Deps) {
  const { kpiTrends, kpiSettings } = deps.services
  const kpiOf = (params: unknown): Kpi => kpiById(parseParams(kpiIdParam, params).id) ?? (() => { throw notFound('KPI') })()

  // A KPI's 24-month chart (Observable Plot, drawn on the server), its data table and summary.
  app.get('/performance/:id/trend', { config: view }, async (request, reply) => {
    const kpi = (await kpiSettings.get(kpiOf(request.params).id)).effective
    const ending = lastCompleteMonth(kpiTrends.today())
    const teams = await kpiTrends.teams()
    const parsed = trendQuerySchema.safeParse(request.query ?? {})
    // With no choice made, a team manager sees their own team's trend, as beside their scorecard figures.
    const chosen = parsed.success ? (parsed.data.team ?? trendGroupOf(actorOf(request))?.key) : undefined
    const teamId = chosen === WHOLE_AUTHORITY ? undefined : chosen
    const team = teamId ? teams.find((t) => t.id === teamId) : undefined
    const errors = !parsed.success ? fieldErrorsOf(parsed.error) : teamId && !team ? { team: 'Choose a team from the list: no team has that id' } : {}
    const base = {
      title: `${kpi.title}: trend`,
      kpi,
      teamItems: [{ value: WHOLE_AUTHORITY, text: 'Whole authority', selected: !teamId }, ...teams.map((t) => ({ value: t.id, text: t.name, selected: t.id === teamId }))],
      mayManage: can(actorOf(request), 'kpi.snapshots'),
      hasTarget: kpi.target !== null,
      lastMonthName: monthName(ending),
      drillHref: `/performance/${kpi.id}?period=month&ending=${ending}${team ? `&team=${team.id}` : ''}`,
      errors,
      errorList: errorList(errors),
      breadcrumbs: [home, performance, { text: kpi.title }],
    }
    if (Object.keys(errors).length) return reply.code(400).render('pages/kpi-trends/trend.njk', base)
    const from = shiftMonth(ending, -(MAX_TREND_MONTHS - 1))
    const points = (await kpiTrends.series([kpi.id], ending, MAX_TREND_MONTHS, team ? { breakdown: 'team', key: team.id } : undefined)).get(kpi.id) ?? []
    const summary = trendSummary(kpi, points)
    const who = team ? team.name : 'the whole authority'
    const heading = `${team ? team.name : 'Whole authority'}, ${monthName(from)} to ${monthName(ending)}`
    const chart = points.length
      ? await trendChart(kpi, points, { title: `${kpi.title}, ${who}, month by month`, description: `${summary}. The table below the chart gives the same figures.` })
      : ''
    return reply.render('pages/kpi-trends/trend.njk', { ...base, who, summary, chart, table: trendTable(kpi, points), points: points.length, heading })
  })

  const showSnapshots = async (reply: FastifyReply, errors: Record<string, string> = {}, values: Record<string, string> = {}) => {
    const last = lastCompleteMonth(kpiTrends.today())
    return reply.header('cache-control', 'no-store').render('pages/kpi-trends/snapshots.njk', {
      title: 'KPI snapshots',
      held: heldTable(await kpiTrends.heldMonths()),
      jobs: kpiTrends.rebuildJobs().map(jobView),
      values: { from: values.from ?? shiftMonth(last, -11), to: values.to ?? last },
      lastMonth: last,
      lastMonthName: monthName(last),
      maxMonths: MAX_REBUILD_MONTHS,
      errors,
      errorList: errorList(errors),
      breadcrumbs: [home, performance, { text: 'KPI snapshots' }],
    })
  }

  // The months held, when and how each was taken, and the form to rebuild a range.
  app.get('/performance/snapshots', { config: manage }, async (_request, reply) => showSnapshots(reply))

  app.post('/performance/snapshots/rebuild', { config: manage }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>
    const parsed = rebuildSchema(kpiTrends.today()).safeParse(body)
    if (!parsed.success) {
      const typed = { from: String(body.from ?? ''), to: String(body.to ?? '') }
      return showSnapshots(reply.code(400), fieldErrorsOf(parsed.error), typed)
    }
    const job = kpiTrends.startRebuild(actorOf(request), parsed.data.from, parsed.data.to)
    return reply.redirect(`/performance/snapshots/rebuilds/${job.id}`, 303)
  })

  // Progress without JavaScript: the page refreshes itself while the job runs.
  app.get('/performance/snapshots/rebuilds/:jobId', { config: manage }, async (request, reply) => {
    const job = kpiTrends.rebuildJob(parseParams(jobIdParam, request.params).jobId)
    if (!job) throw notFound('Rebuild')
    const run = jobView(job)
    return reply.header('cache-control', 'no-store').render('pages/kpi-trends/rebuild.njk', {
      title: `Rebuild of ${run.range}`,
      run,
      breadcrumbs: [home, performance, snapshotsCrumb, { text: 'Rebuild' }],
    })
  })
}

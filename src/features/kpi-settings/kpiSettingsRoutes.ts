import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Actor } from '../../access/actor.js'
import type { Deps } from '../../deps.js'
import { kpiById, type Kpi } from '../../domain/kpis/index.js'
import { isAppError, notFound, type FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, fieldErrorsOf, parseParams } from '../../http/forms.js'
import { groupHeading, scorecardTables } from '../performance/performancePresenters.js'
import { kpiIdParam, performanceQuerySchema } from '../performance/performanceSchemas.js'
import { defaultsSummary, postedValues, settingsTables, settingsValues, type SettingsValues } from './kpiSettingsPresenters.js'
import { kpiSettingsSchema, pinForm } from './kpiSettingsSchemas.js'
import { trendGroupOf } from '../kpi-trends/trendScope.js'
import { MAX_TREND_MONTHS } from '../kpi-trends/snapshotService.js'

const crumbs = (...more: { text: string; href?: string }[]) => [{ text: 'Home', href: '/' }, { text: 'Performance', href: '/performance' }, ...more]
const settingsAccess = { access: 'kpi.settings' } as const
const viewAccess = { access: 'kpi.view' } as const

/** KPI targets and benchmarks edited by the performance team, and KPIs pinned to a personal dashboard (issue 7). */
export async function kpiSettingsRoutes(app: FastifyInstance, deps: Deps) {
  const { kpiSettings, kpiPins, performance: perf } = deps.services
  const kpiOf = (params: unknown): Kpi => kpiById(parseParams(kpiIdParam, params).id) ?? (() => { throw notFound('KPI') })()

  app.get('/performance/settings', { config: settingsAccess }, async (request, reply) => {
    const saved = kpiById(String((request.query as Record<string, unknown> | undefined)?.saved ?? ''))
    return reply.render('pages/kpi-settings/list.njk', {
      title: 'KPI targets and benchmarks', tables: settingsTables(await kpiSettings.list()), saved: saved?.title, breadcrumbs: crumbs({ text: 'Targets and benchmarks' }),
    })
  })

  async function form(reply: FastifyReply, kpi: Kpi, status = 200, errors: FieldErrors = {}, values?: SettingsValues) {
    const { row } = await kpiSettings.get(kpi.id)
    return reply.code(status).render('pages/kpi-settings/edit.njk', {
      title: `Target and benchmarks: ${kpi.title}`, kpi, percent: kpi.unit === 'percent', summary: defaultsSummary(kpi, row), values: values ?? settingsValues(row),
      errors, errorList: errorList(errors), breadcrumbs: crumbs({ text: 'Targets and benchmarks', href: '/performance/settings' }, { text: kpi.id }),
    })
  }

  app.get('/performance/:id/settings', { config: settingsAccess }, async (request, reply) => form(reply, kpiOf(request.params)))

  app.post('/performance/:id/settings', { config: settingsAccess }, async (request, reply) => {
    const kpi = kpiOf(request.params)
    const body = (request.body ?? {}) as Record<string, unknown>
    const parsed = kpiSettingsSchema(kpi).safeParse(body)
    // Bad input: the form again with the error summary and the input kept, as a 400; nothing saved.
    if (!parsed.success) return form(reply, kpi, 400, fieldErrorsOf(parsed.error), postedValues(body))
    try {
      await kpiSettings.save(actorOf(request), kpi.id, parsed.data)
    } catch (e) {
      // Someone saved first: show what is saved now (with its version) and say nothing was saved.
      if (isAppError(e) && e.status === 409) return form(reply, kpi, 409, { form: e.message })
      throw e
    }
    return reply.redirect(`/performance/settings?saved=${kpi.id}`)
  })

  for (const [verb, act] of [['pin', kpiPins.pin], ['unpin', kpiPins.unpin]] as const) {
    app.post(`/performance/:id/${verb}`, { config: viewAccess }, async (request, reply) => {
      const kpi = kpiOf(request.params)
      await act(actorOf(request), kpi.id)
      const back = pinForm.safeParse(request.body ?? {})
      return reply.redirect((back.success && back.data.returnTo) || '/performance/dashboard')
    })
  }

  app.get('/performance/dashboard', { config: viewAccess }, async (request, reply) => dashboard(request, reply, actorOf(request)))

  /** My dashboard: the pinned KPIs for the current year to date (or the period chosen), as on the scorecard. */
  async function dashboard(request: FastifyRequest, reply: FastifyReply, actor: Actor) {
    const base = { title: 'My dashboard', breadcrumbs: crumbs({ text: 'My dashboard' }) }
    const parsed = performanceQuerySchema(perf.currentMonth()).safeParse(request.query ?? {})
    if (!parsed.success) {
      const errors = fieldErrorsOf(parsed.error)
      return reply.code(400).render('pages/kpi-settings/dashboard.njk', { ...base, errors, errorList: errorList(errors), tables: [] })
    }
    const q = { ...parsed.data, breakdown: 'authority' as const }
    const pinned = await kpiPins.pinned(actor)
    if (pinned.length === 0) return reply.render('pages/kpi-settings/dashboard.njk', { ...base, tables: [], empty: true })
    const [{ period, lines }, trends] = await Promise.all([perf.scorecard(actor, q, pinned), deps.services.kpiTrends.series(pinned.map((k) => k.id), q.ending, MAX_TREND_MONTHS, trendGroupOf(actor))])
    const tables = [{ caption: 'Your pinned KPIs', rows: scorecardTables(lines, q, { trends, pinned: new Set(pinned.map((k) => k.id)), returnTo: '/performance/dashboard' }).flatMap((t) => t.rows) }]
    return reply.header('cache-control', 'no-store').render('pages/kpi-settings/dashboard.njk', { ...base, period, tables, groupHeading: groupHeading('authority'), pinning: true, teamTrends: trendGroupOf(actor) !== undefined })
  }
}

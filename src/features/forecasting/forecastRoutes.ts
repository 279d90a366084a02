import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, fieldErrorsOf, joinDateInput, splitDate } from '../../http/forms.js'
import { backtestTable, chartOf, costRows, costTables, forecastTable, horizonItems, methodOf, staffingTable, summaryOf } from './forecastPresenters.js'
import { costPlacementTypes, costSchema, forecastQuery } from './forecastSchemas.js'

const crumbs = (...more: { text: string; href?: string }[]) => [{ text: 'Home', href: '/' }, ...more]
const costAnchors = { placementType: 'placementType', weeklyCost: 'weeklyCost', effectiveFrom: 'effectiveFrom-day' }
type CostValues = { placementType?: string; weeklyCost?: string; effectiveFrom?: string }

/** Demand, staffing and placement cost forecasts from the flows in the data, with backtests (issue 7). */
export async function forecastRoutes(app: FastifyInstance, deps: Deps) {
  const { forecasts, placementCosts } = deps.services

  app.get('/forecasts', { config: { access: 'forecast.view' } }, async (request, reply) => {
    const parsed = forecastQuery.safeParse(request.query ?? {})
    const base = { title: 'Demand forecast', breadcrumbs: crumbs({ text: 'Demand forecast' }), canEditCosts: can(actorOf(request), 'forecast.costs') }
    if (!parsed.success) {
      const errors = fieldErrorsOf(parsed.error)
      return reply.code(400).render('pages/forecasting/forecasts.njk', { ...base, errors, errorList: errorList(errors, { horizon: 'horizon' }), horizons: horizonItems(12) })
    }
    const r = await forecasts.forecast(parsed.data.horizon)
    return reply.header('cache-control', 'no-store').render('pages/forecasting/forecasts.njk', {
      ...base, errors: {}, horizon: r.horizon, horizons: horizonItems(r.horizon), lastMonth: r.lastMonth,
      measures: r.measures.map((m) => ({ id: m.id, title: m.title, summary: summaryOf(m), method: methodOf(m.forecast), chart: chartOf(m), table: forecastTable(m) })),
      staffing: staffingTable(r.staffing), cost: costTables(r.cost), costsEntered: r.cost.costsEntered, backtest: backtestTable(r.measures),
    })
  })

  async function costPage(reply: FastifyReply, actor: Actor, status = 200, errors: FieldErrors = {}, values: CostValues = {}, saved?: string) {
    const today = deps.clock.today()
    const types = costPlacementTypes(today).map((t) => ({ value: t.code, text: `${t.code}: ${t.description}`, selected: values.placementType === t.code }))
    return reply.code(status).render('pages/forecasting/costs.njk', {
      title: 'Weekly placement costs', breadcrumbs: crumbs({ text: 'Demand forecast', href: '/forecasts' }, { text: 'Weekly placement costs' }),
      errors, errorList: errorList(errors, costAnchors), values, effectiveFrom: splitDate(values.effectiveFrom), saved,
      types: [{ value: '', text: 'Choose a placement type', selected: !values.placementType }, ...types],
      rows: costRows(await placementCosts.list()), actorId: actor.id,
    })
  }

  app.get('/forecasts/costs', { config: { access: 'forecast.costs' } }, async (request, reply) => {
    const saved = typeof (request.query as Record<string, unknown> | undefined)?.saved === 'string' ? 'The weekly cost was saved.' : undefined
    return costPage(reply, actorOf(request), 200, {}, {}, saved)
  })

  app.post('/forecasts/costs', { config: { access: 'forecast.costs' } }, async (request, reply) => {
    const actor = actorOf(request)
    const body = (request.body ?? {}) as Record<string, unknown>
    const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 200) : Array.isArray(v) && typeof v[0] === 'string' ? v[0].slice(0, 200) : '')
    const values: CostValues = { placementType: text(body.placementType), weeklyCost: text(body.weeklyCost), effectiveFrom: joinDateInput(body, 'effectiveFrom') }
    const parsed = costSchema(deps.clock.today()).safeParse(values)
    if (!parsed.success) return costPage(reply, actor, 400, fieldErrorsOf(parsed.error), values)
    await placementCosts.save(actor, parsed.data)
    return reply.redirect('/forecasts/costs?saved=1', 303)
  })
}

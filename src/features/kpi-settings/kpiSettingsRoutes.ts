import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'

/** KPI targets and benchmarks edited by the performance team, and KPIs pinned to a personal dashboard (issue 7). */
export async function kpiSettingsRoutes(app: FastifyInstance, deps: Deps) {
  void app
  void deps
}

import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'

/** Monthly KPI snapshots, their rebuild from the event history, and the 24-month trends (issue 7). */
export async function kpiTrendRoutes(app: FastifyInstance, deps: Deps) {
  void app
  void deps
}

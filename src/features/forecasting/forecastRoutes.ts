import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'

/** Demand, staffing and placement cost forecasts from the flows in the data, with backtests (issue 7). */
export async function forecastRoutes(app: FastifyInstance, deps: Deps) {
  void app
  void deps
}

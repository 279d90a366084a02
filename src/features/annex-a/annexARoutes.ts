import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'

/** The Ofsted Annex A workbook: Lists 1 to 11 produced from the casework, and imported workbooks to benchmark against (issue 7). */
export async function annexARoutes(app: FastifyInstance, deps: Deps) {
  void app
  void deps
}

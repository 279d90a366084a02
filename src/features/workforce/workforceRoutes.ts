import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'
import { actorOf } from '../../http/auth.js'

/** The authority-wide workforce measures by month, and the DfE workforce census download. */
export async function workforceRoutes(app: FastifyInstance, deps: Deps) {
  const { workforce } = deps.services
  const access = { access: 'workforce.view' } as const

  app.get('/workforce', { config: access }, async (_request, reply) => {
    const view = await workforce.measures()
    return reply.render('pages/workforce/index.njk', { title: 'Workforce', view })
  })

  app.get('/workforce/census.xml', { config: access }, async (request, reply) => {
    const census = await workforce.census(actorOf(request))
    return reply
      .header('cache-control', 'no-store')
      .header('content-type', 'application/xml; charset=utf-8')
      .header('content-disposition', `attachment; filename="csww-${census.referenceDate}.xml"`)
      .send(census.xml)
  })
}

import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'
import { actorOf } from '../../http/auth.js'
import { parseParams } from '../../http/forms.js'
import { teamParam } from './allocationSchemas.js'

/** Team caseloads, counted from live allocations (Leicestershire 2016: the figures were wrong). */
export async function caseloadRoutes(app: FastifyInstance, deps: Deps) {
  const { caseloads } = deps.services

  app.get('/caseloads', { config: { access: 'caseload.view' } }, async (request, reply) => {
    const teams = await caseloads.teams(actorOf(request))
    if (teams.length === 1) return reply.redirect(`/teams/${teams[0]!.id}/caseloads`)
    return reply.render('pages/allocation/teams.njk', { title: 'Caseloads', teams })
  })

  app.get('/teams/:id/caseloads', { config: { access: 'caseload.view' } }, async (request, reply) => {
    const view = await caseloads.forTeam(actorOf(request), parseParams(teamParam, request.params).id)
    return reply.render('pages/allocation/caseloads.njk', { title: `Caseloads: ${view.team.name}`, view, breadcrumbs: [{ text: 'Caseloads', href: '/caseloads' }, { text: view.team.name }] })
  })
}

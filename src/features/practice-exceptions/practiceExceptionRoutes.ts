import type { FastifyInstance } from 'fastify'
import type { Deps } from '../../deps.js'
import { actorOf } from '../../http/auth.js'
import { errorList, fieldErrorsOf } from '../../http/forms.js'
import { exceptionPage } from './practiceExceptionPresenters.js'
import { practiceExceptionQuery } from './practiceExceptionSchemas.js'

const page = 'pages/practice-exceptions/index.njk'
const title = 'Practice exceptions'

/** The practice exceptions page: by team, the children inspectors would ask about (issue 7 part 3). */
export async function practiceExceptionRoutes(app: FastifyInstance, deps: Deps) {
  const { practiceExceptions } = deps.services
  const breadcrumbs = [{ text: 'Home', href: '/' }, { text: title }]

  app.get('/practice-exceptions', { config: { access: 'kpi.view' } }, async (request, reply) => {
    const actor = actorOf(request)
    const parsed = practiceExceptionQuery.safeParse(request.query ?? {})
    if (!parsed.success) {
      const errors = fieldErrorsOf(parsed.error)
      const teams = (await practiceExceptions.teams(actor)).map((t) => ({ value: t.id, text: t.name }))
      return reply.code(400).render(page, { title, errors, errorList: errorList(errors), teamChoices: [{ value: '', text: 'All teams' }, ...teams], teams: [], headings: [], breadcrumbs })
    }
    const team = parsed.data.team
    const data = await practiceExceptions.byTeam(actor, team)
    const model = exceptionPage(actor, data)
    const teamChoices = [{ value: '', text: 'All teams' }, ...data.choices.map((t) => ({ value: t.id, text: t.name, selected: t.id === team }))]
    return reply.render(page, { title, errors: {}, teamChoices, ...model, filtered: !!team, breadcrumbs })
  })
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Actor } from '../../access/actor.js'
import type { Deps } from '../../deps.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, fieldErrorsOf, parseParams } from '../../http/forms.js'
import { submit } from '../child-protection/cpHttp.js'
import { formOf, type Values } from '../child-protection/cpPresenters.js'
import { idParam } from '../child-protection/cpSchemas.js'
import { formatDate } from '../../domain/format.js'
import { workRows } from '../work/workPresenters.js'
import { summarise } from '../work/workService.js'
import { formPoints, notYetRecorded, pointCodes, type PointCode } from './oversightPoints.js'
import { gapRows, gapsHref, noteFields, oversightRows, pointName, trackerTable } from './oversightPresenters.js'
import { gapsQuery, oversightSchema, teamQuery } from './oversightSchemas.js'

const home = { text: 'Home', href: '/' }
const trackerCrumb = { text: 'Oversight tracker', href: '/oversight/tracker' }

/** Management oversight (issue 6 part 4): the gaps list with its drill-downs, the tracker, and the form on each decision. */
export async function oversightRoutes(app: FastifyInstance, deps: Deps) {
  const { oversight } = deps.services
  const query = (request: FastifyRequest) => (request.query ?? {}) as Values

  app.get('/oversight/gaps', { config: { access: 'oversight.view' } }, async (request, reply) => {
    const actor = actorOf(request)
    const values = query(request)
    const teams = await oversight.teams(actor)
    const filters = {
      points: [{ value: '', text: 'All decision points' }, ...pointCodes.map((c) => ({ value: c, text: pointName(c), selected: values.point === c }))],
      teams: [{ value: '', text: 'All teams' }, ...teams.map((t) => ({ value: t.id, text: t.name, selected: values.team === t.id })), { value: 'unallocated', text: 'No live allocation', selected: values.team === 'unallocated' }],
    }
    const model = { title: 'Management oversight gaps', values, filters, notYetRecorded, breadcrumbs: [home, trackerCrumb, { text: 'Gaps' }] }
    const parsed = gapsQuery.safeParse(values)
    if (!parsed.success) {
      const errors = fieldErrorsOf(parsed.error)
      return reply.code(400).render('pages/oversight/gaps.njk', { ...model, errors, errorList: errorList(errors), rows: [] })
    }
    const rows = gapRows(await oversight.gaps(actor, parsed.data))
    return reply.render('pages/oversight/gaps.njk', { ...model, errors: {}, rows, shown: true })
  })

  app.get('/oversight/tracker', { config: { access: 'oversight.view' } }, async (request, reply) => {
    const table = trackerTable(await oversight.tracker(actorOf(request)))
    return reply.render('pages/oversight/tracker.njk', { title: 'Oversight tracker', table, allGaps: gapsHref({}), notYetRecorded, breadcrumbs: [home, { text: 'Oversight tracker' }] })
  })

  app.get('/oversight/tracker/overdue', { config: { access: 'oversight.view' } }, async (request, reply) => {
    const actor = actorOf(request)
    const parsed = teamQuery.safeParse(query(request))
    const team = parsed.success ? (parsed.data.team ?? actor.teamId) : null
    // Someone with no team of their own and no team chosen picks one on the tracker.
    if (parsed.success && !team) return reply.redirect('/oversight/tracker')
    if (!team) {
      const errors = fieldErrorsOf(parsed.error!)
      return reply.code(400).render('pages/oversight/tracker.njk', { title: 'Overdue items', errors, errorList: errorList(errors), breadcrumbs: [home, trackerCrumb, { text: 'Overdue items' }] })
    }
    const items = await oversight.overdue(actor, team)
    return reply.render('pages/work/list.njk', { title: 'Overdue items for the team', items: workRows(items), summary: summarise(items), showWorker: true, breadcrumbs: [home, trackerCrumb, { text: 'Overdue items' }] })
  })

  /** The decision, the oversight already recorded, and (for a manager, once decided) the note form. */
  async function show(reply: FastifyReply, actor: Actor, point: PointCode, id: string, path: string, status = 200, errors: FieldErrors = {}, values: Values = {}) {
    const d = await oversight.decision(actor, point, id)
    const name = `${d.child.firstName} ${d.child.lastName}`
    const rows = [
      { key: { text: 'Decision point' }, value: { text: pointName(point) } },
      { key: { text: 'Date of the decision' }, value: { text: d.decidedOn ? formatDate(d.decidedOn) : 'No decision yet: oversight is recorded once the decision is made' } },
    ]
    const forms = d.decidedOn ? [formOf(path, 'Save oversight', noteFields, values, { heading: 'Record management oversight' })] : []
    const table = { caption: 'Oversight recorded', empty: 'No management oversight recorded yet: this decision is an oversight gap.', head: ['Recorded', 'Manager', 'Oversight'].map((text) => ({ text })), rows: oversightRows(d.records) }
    return reply.code(status).render('pages/child-protection/record.njk', {
      title: 'Management oversight', childId: d.child.id, caption: name, captionHref: `/children/${d.child.id}`, errors, errorList: errorList(errors), values, rows,
      links: [{ href: d.point.href(id), text: 'Back to the record' }], tables: [table], forms,
      breadcrumbs: [{ text: name, href: `/children/${d.child.id}` }, { text: 'Management oversight' }],
    })
  }

  for (const p of formPoints) {
    const pathOf = (id: string) => p.path.replace(':id', id)
    app.get(p.path, { config: { access: 'oversight.record' } }, async (request, reply) => {
      const id = parseParams(idParam, request.params).id
      return show(reply, actorOf(request), p.point, id, pathOf(id))
    })
    app.post(p.path, { config: { access: 'oversight.record' } }, async (request, reply) => {
      const [id, actor] = [parseParams(idParam, request.params).id, actorOf(request)]
      return submit(reply, oversightSchema, (request.body ?? {}) as Values, (s, e, v) => show(reply, actor, p.point, id, pathOf(id), s, e, v), async (input) => (await oversight.record(actor, p.point, id, input), pathOf(id)))
    })
  }
}

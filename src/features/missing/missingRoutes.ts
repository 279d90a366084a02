import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { formatDate } from '../../domain/format.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, parseParams } from '../../http/forms.js'
import { submit } from '../child-protection/cpHttp.js'
import { formOf, rowsOf, type Values } from '../child-protection/cpPresenters.js'
import { idParam } from '../child-protection/cpSchemas.js'
import { rhiStatuses } from './missingList.js'
import {
  childTables, episodeFields, episodeRows, interviewFields, interviewValues, missingAnchors, missingNowRows, returnFields, returnValues, rhiRows, rhiTag, screeningDueRows, screeningFields, statusText,
} from './missingPresenters.js'
import { episodeQuery, episodeSchema, interviewSchema, missingBody, returnSchema, screeningSchema } from './missingSchemas.js'

const page = 'pages/child-protection/record.njk'
/** Rows drawn per section; the counts at the top are always the full figures. */
const shown = 200
const listFilters = z.object({ team: z.uuid().optional().catch(undefined), status: z.enum(rhiStatuses).optional().catch(undefined) }).catch({})

/** Missing and absent episodes, return home interviews (DfE 2014) and exploitation screening (issue 5 part 5). */
export async function missingRoutes(app: FastifyInstance, deps: Deps) {
  const { missing, missingList } = deps.services
  const idOf = (params: unknown) => parseParams(idParam, params).id
  const episodeOf = (request: FastifyRequest) => episodeQuery.parse(request.query ?? {}).episode
  const body = (request: FastifyRequest) => missingBody((request.body ?? {}) as Record<string, unknown>)

  async function childPage(actor: Actor, childId: string, title: string, errors: FieldErrors, episode?: boolean) {
    const child = await deps.services.children.forEdit(actor, childId)
    const name = `${child.firstName} ${child.lastName}`
    const overview = { text: 'Missing, return interviews and exploitation', href: `/children/${childId}/missing` }
    return { title, childId, caption: name, captionHref: `/children/${childId}`, errors, errorList: errorList(errors, missingAnchors), breadcrumbs: [{ text: name, href: `/children/${childId}` }, ...(episode ? [overview] : []), { text: title }] }
  }

  async function overview(reply: FastifyReply, actor: Actor, childId: string, status = 200, errors: FieldErrors = {}, values: Values = {}) {
    const o = await missing.forChild(actor, childId)
    const due = o.screeningDue
    const rows = rowsOf([
      ['Currently missing', o.episodes.some((e) => !e.endedAt) ? 'Yes' : 'No'],
      ['Exploitation screening', due ? `Due: ${due.episodes} missing or absent episodes since ${formatDate(due.since)} and no CSE or CCE screening since` : 'Not prompted by repeat missing episodes'],
    ])
    // Repeat missing prompts a screening: the form names the prompt unless the user has typed one.
    if (due && !('prompt' in values)) values = { ...values, prompt: `Repeat missing: ${due.episodes} episodes since ${formatDate(due.since)}` }
    const forms = can(actor, 'missing.record')
      ? [formOf(`/children/${childId}/missing/episodes`, 'Save episode', episodeFields, values, { heading: 'Record a missing or absent episode' }), formOf(`/children/${childId}/missing/screenings`, 'Save screening', screeningFields, values, { heading: 'Record an exploitation screening (CSE or CCE)' })]
      : []
    const model = await childPage(actor, childId, 'Missing, return interviews and exploitation', errors)
    return reply.code(status).render(page, { ...model, rows, tag: due ? { text: 'Screening due', classes: 'govuk-tag--red' } : undefined, tables: childTables(childId, o.episodes, o.screenings), forms, values })
  }

  async function episodePage(reply: FastifyReply, actor: Actor, childId: string, episodeId: string, status = 200, errors: FieldErrors = {}, posted: Values = {}) {
    const e = await missing.episode(actor, childId, episodeId)
    const values = { ...returnValues(e), ...interviewValues(e.interview), ...posted }
    const at = `?episode=${e.id}`
    const forms = can(actor, 'missing.record')
      ? [
          formOf(`/children/${childId}/missing/return${at}`, 'Save the return', returnFields, values, { heading: e.endedAt ? 'Correct the return' : 'Record the return', version: e.version }),
          ...(e.endedAt ? [formOf(`/children/${childId}/missing/interview${at}`, 'Save the interview', interviewFields, values, { heading: e.interview ? 'Update the return home interview' : 'Record the return home interview', ...(e.interview ? { version: e.interview.version } : {}) })] : []),
        ]
      : []
    const model = await childPage(actor, childId, e.kind === 'A' ? 'Away without authorisation' : 'Missing episode', errors, true)
    return reply.code(status).render(page, { ...model, tag: rhiTag(e), rows: rowsOf(episodeRows(e)), forms, values })
  }

  app.get('/children/:id/missing', { config: { access: 'child.view' } }, async (request, reply) => {
    const [id, actor, episode] = [idOf(request.params), actorOf(request), episodeOf(request)]
    return episode ? episodePage(reply, actor, id, episode) : overview(reply, actor, id)
  })

  app.post('/children/:id/missing/episodes', { config: { access: 'missing.record' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, episodeSchema(deps.clock.now()), body(request), (s, e, v) => overview(reply, actor, id, s, e, v), async (input) => `/children/${id}/missing?episode=${(await missing.recordEpisode(actor, id, input)).id}`)
  })

  app.post('/children/:id/missing/screenings', { config: { access: 'missing.record' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, screeningSchema(deps.clock.today()), body(request), (s, e, v) => overview(reply, actor, id, s, e, v), async (input) => (await missing.recordScreening(actor, id, input), `/children/${id}/missing`))
  })

  // The episode comes in the query string so every URL keeps the child's id as its only parameter.
  function episodePost<S extends z.ZodType>(path: string, schema: () => S, act: (actor: Actor, childId: string, input: z.infer<S>) => Promise<unknown>) {
    app.post(`/children/:id/missing/${path}`, { config: { access: 'missing.record' } }, async (request, reply) => {
      const [id, actor, episode] = [idOf(request.params), actorOf(request), episodeOf(request)]
      if (!episode) return overview(reply, actor, id, 422, { form: 'Choose the episode from the list, then record its return or interview' })
      const render = (s: number, e: FieldErrors, v: Values) => episodePage(reply, actor, id, episode, s, e, v)
      return submit(reply, schema(), { ...body(request), episodeId: episode }, render, async (input) => (await act(actor, id, input), `/children/${id}/missing?episode=${episode}`))
    })
  }
  episodePost('return', () => returnSchema(deps.clock.now()), missing.recordReturn)
  episodePost('interview', () => interviewSchema(deps.clock.now(), deps.clock.today()), missing.recordInterview)

  app.get('/missing', { config: { access: 'missing.list' } }, async (request, reply) => {
    const q = listFilters.parse(request.query ?? {})
    const l = await missingList.list(actorOf(request), { teamId: q.team, status: q.status === 'MISSING' || q.status === 'IN_TIME' ? undefined : q.status })
    const rhiStatus = q.status && q.status in statusText ? q.status : ''
    return reply.render('pages/missing/list.njk', {
      title: 'Missing children and return home interviews',
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Missing children' }],
      missing: { count: l.missing.length, rows: missingNowRows(l.missing.slice(0, shown)) },
      rhi: { count: l.rhi.length, rows: rhiRows(l.rhi.slice(0, shown)), shown: Math.min(shown, l.rhi.length), exceptions: l.rhi.filter((r) => r.status !== 'DUE').length },
      screening: { count: l.screeningDue.length, rows: screeningDueRows(l.screeningDue) },
      teamItems: [{ value: '', text: 'All teams' }, ...l.teams.map((t) => ({ value: t.id, text: t.name, selected: t.id === q.team }))],
      statusItems: [{ value: '', text: 'All' }, ...Object.entries(statusText).map(([value, text]) => ({ value, text, selected: value === rhiStatus }))],
    })
  })
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { z } from 'zod'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Action } from '../../access/actions.js'
import type { Deps } from '../../deps.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, parseParams } from '../../http/forms.js'
import { pageModel, submit } from '../child-protection/cpHttp.js'
import { formOf, rowsOf, type Values } from '../child-protection/cpPresenters.js'
import { idParam } from '../child-protection/cpSchemas.js'
import { actionFields, careLeaverAnchors, careLeaverFields, contactFields, custodyFields, datesOf, listRows, outcomeFields, overviewRows, overviewTables, paFields, pathwayPlanFields, reviewFields } from './careLeaverPresenters.js'
import { careLeaverSchema, contactSchema, custodyEditSchema, custodySchema, eligibilities, listFilterSchema, outcomeSchema, pathwayActionSchema, pathwayPlanSchema, pathwayReviewSchema, paSchema, withCareLeaverDates } from './careLeaverSchemas.js'

const page = 'pages/child-protection/record.njk'
const body = (request: FastifyRequest) => withCareLeaverDates((request.body ?? {}) as Record<string, unknown>)

/** Care leavers (Children Act 1989 s23A–24B; Care Leavers (England) Regulations 2010; CPPCR 2010 Part 7). */
export async function careLeaverRoutes(app: FastifyInstance, deps: Deps) {
  const svc = deps.services.careLeavers
  const today = () => deps.clock.today()
  const idOf = (params: unknown) => parseParams(idParam, params).id

  async function show(reply: FastifyReply, actor: Actor, childId: string, status = 200, errors: FieldErrors = {}, posted: Values = {}) {
    const o = await svc.overview(actor, childId)
    const model = await pageModel(deps, actor, childId, 'Care leaver', errors)
    const base = { ...model, captionHref: `/children/${childId}`, errorList: errorList(errors, careLeaverAnchors), breadcrumbs: [model.breadcrumbs[0], { text: 'Care leaver' }] }
    const writes = can(actor, 'careLeaver.record')
    const to = (path: string) => `/children/${childId}/care-leaver${path}`
    if (!o.careLeaver) {
      const why = o.everInCare ? 'This young person is not recorded as a care leaver.' : 'This young person has never been in care, so is not a care leaver: only a young person looked after by the council can be (Children Act 1989 s23A, s24, Sch 2 para 19B).'
      const values = { ...posted }
      return reply.code(status).render(page, { ...base, rows: rowsOf([['Care leaver', why]]), values, forms: writes && o.everInCare ? [formOf(to(''), 'Record as a care leaver', careLeaverFields, values, { heading: 'Record as a care leaver' })] : [] })
    }
    const cl = o.careLeaver
    const latestCustody = o.custody[0]
    const values: Values = {
      eligibility: cl.eligibility, stayingPut: cl.stayingPut ? 'yes' : 'no', apprenticeship: cl.apprenticeship ? 'yes' : 'no', ...datesOf({ needsAssessmentOn: cl.needsAssessmentOn, localOfferUntil: cl.localOfferUntil }),
      ...(latestCustody && !latestCustody.endedOn ? { establishment: latestCustody.establishment, releasePlan: latestCustody.releasePlan ?? '', ...datesOf({ custodyStartedOn: latestCustody.startedOn }) } : {}),
      ...posted,
    }
    const forms = writes
      ? [
          formOf(to(''), 'Save', careLeaverFields, values, { heading: 'Eligibility, needs assessment and support', version: cl.version }),
          formOf(to('/pa'), 'Allocate', paFields(await svc.personalAdvisers()), values, { heading: o.pa ? 'Change the personal adviser' : 'Allocate a personal adviser' }),
          formOf(to('/contacts'), 'Record contact', contactFields, values, { heading: 'Record a contact or visit' }),
          ...(o.plan ? [formOf(to('/pathway-plan/actions'), 'Add action', actionFields, values, { heading: 'Add a SMART action to the pathway plan' }), formOf(to('/pathway-plan/reviews'), 'Record review', reviewFields, values, { heading: 'Record a pathway plan review' })] : [formOf(to('/pathway-plan'), 'Start pathway plan', pathwayPlanFields, values, { heading: 'Start the pathway plan' })]),
          formOf(to('/outcomes'), 'Record OC3', outcomeFields, values, { heading: 'Record OC3 outcomes for a year' }),
          latestCustody && !latestCustody.endedOn ? formOf(to('/custody/update'), 'Save custody', custodyFields, values, { heading: 'Update the custody spell (release plan, release)', version: latestCustody.version }) : formOf(to('/custody'), 'Record custody', custodyFields, values, { heading: 'Record a custody spell' }),
        ]
      : []
    const tag = o.clocks.custodyNotVisited ? { text: 'In custody, not visited', classes: 'govuk-tag--red' } : undefined
    return reply.code(status).render(page, { ...base, tag, rows: rowsOf(overviewRows(o)), tables: overviewTables(o), values, forms })
  }

  app.get('/children/:id/care-leaver', { config: { access: 'child.view' } }, async (request, reply) => show(reply, actorOf(request), idOf(request.params)))

  const post = <S extends z.ZodType>(path: string, schema: () => S, act: (actor: Actor, childId: string, input: z.infer<S>) => Promise<unknown>, access: Action = 'careLeaver.record') =>
    app.post(`/children/:id/care-leaver${path}`, { config: { access } }, async (request, reply) => {
      const [childId, actor] = [idOf(request.params), actorOf(request)]
      return submit(reply, schema(), body(request), (s, e, v) => show(reply, actor, childId, s, e, v), async (input) => (await act(actor, childId, input), `/children/${childId}/care-leaver`))
    })
  post('', () => careLeaverSchema(today()), (a, c, i) => svc.record(a, c, i))
  post('/pa', () => paSchema(today()), (a, c, i) => svc.allocatePa(a, c, i))
  post('/contacts', () => contactSchema(today()), (a, c, i) => svc.recordContact(a, c, i))
  post('/pathway-plan', () => pathwayPlanSchema(today()), (a, c, i) => svc.startPathwayPlan(a, c, i))
  post('/pathway-plan/actions', () => pathwayActionSchema, (a, c, i) => svc.addPlanAction(a, c, i))
  post('/pathway-plan/reviews', () => pathwayReviewSchema(today()), (a, c, i) => svc.reviewPathwayPlan(a, c, i))
  post('/outcomes', () => outcomeSchema(today()), (a, c, i) => svc.recordOutcome(a, c, i))
  post('/custody', () => custodySchema(today()), (a, c, i) => svc.recordCustody(a, c, i))
  post('/custody/update', () => custodyEditSchema(today()), (a, c, i) => svc.updateCustody(a, c, i))

  app.get('/care-leavers', { config: { access: 'careLeaver.list' } }, async (request, reply) => {
    const actor = actorOf(request)
    const filter = listFilterSchema.parse(request.query ?? {})
    const [rows, pas] = await Promise.all([svc.list(actor, filter), svc.personalAdvisers()])
    return reply.render('pages/care-leavers/list.njk', {
      title: 'Care leavers', rows: listRows(rows, today()), count: rows.length, filter,
      eligibilityItems: [{ value: '', text: 'Any' }, ...eligibilities.map((e) => ({ value: e.code, text: e.description.split(':')[0], selected: e.code === filter.eligibility }))],
      paItems: [{ value: '', text: 'Any' }, ...pas.map((p) => ({ value: p.id, text: p.displayName, selected: p.id === filter.paId }))],
      statusItems: [['', 'Any'], ['contact_overdue', 'PA contact overdue'], ['plan_overdue', 'Pathway plan review overdue'], ['no_plan', 'No pathway plan'], ['no_pa', 'No personal adviser'], ['in_custody', 'In custody'], ['custody_not_visited', 'In custody, not visited for 8 weeks']].map(([value, text]) => ({ value, text, selected: value === (filter.status ?? '') })),
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Care leavers' }],
    })
  })

  app.get('/care-leavers/caseloads', { config: { access: 'careLeaver.list' } }, async (_request, reply) => {
    const loads = await svc.caseloads()
    return reply.render('pages/care-leavers/caseloads.njk', { title: 'Personal adviser caseloads', rows: loads.map((l) => [{ text: l.name }, { text: String(l.count), format: 'numeric' }]), breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Care leavers', href: '/care-leavers' }, { text: 'Caseloads' }] })
  })
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { z } from 'zod'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import type { FieldErrors } from '../../errors.js'
import { actorOf } from '../../http/auth.js'
import { errorList, parseParams } from '../../http/forms.js'
import { pageModel, submit } from '../child-protection/cpHttp.js'
import { formOf, rowsOf, type Values } from '../child-protection/cpPresenters.js'
import { idParam } from '../child-protection/cpSchemas.js'
import { adopterFields, adopterLink, adopterRows, adopterTableRows, adopterValues, adoptionAnchors, adoptionFields, adoptionRows, adoptionValues, decisionFields, decisionTable, reversalFields } from './adoptionPresenters.js'
import { adopterEditSchema, adopterSchema, adoptionSchema, decisionSchema, reversalSchema, withAdoptionDates } from './adoptionSchemas.js'

const page = 'pages/child-protection/record.njk'
const body = (request: FastifyRequest) => withAdoptionDates((request.body ?? {}) as Record<string, unknown>)

/** Adoption (Adoption and Children Act 2002; Adoption Agencies Regulations 2005): adoption.view to see, adoption.record to write. */
export async function adoptionRoutes(app: FastifyInstance, deps: Deps) {
  const svc = deps.services.adoption
  const today = () => deps.clock.today()
  const idOf = (params: unknown) => parseParams(idParam, params).id

  async function show(reply: FastifyReply, actor: Actor, childId: string, status = 200, errors: FieldErrors = {}, posted: Values = {}) {
    const d = await svc.forChild(actor, childId)
    const model = await pageModel(deps, actor, childId, 'Adoption', errors)
    const values = { ...adoptionValues(d), ...posted }
    const to = (path: string) => `/children/${childId}/adoption${path}`
    const forms = can(actor, 'adoption.record')
      ? d.open
        ? [formOf(to(''), 'Save', adoptionFields(d.register), values, { heading: 'Placement order, match, placement and adoption order', version: d.adoption?.version }), ...(d.adoption?.adoptionOrderOn ? [] : [formOf(to('/decisions/reverse'), 'Reverse the decision', reversalFields, values, { heading: 'Reverse the decision', version: d.open.version, buttonClasses: 'govuk-button--warning' })])]
        : [formOf(to('/decisions'), 'Record the decision', decisionFields, values, { heading: 'Record the decision that the child should be placed for adoption' })]
      : []
    return reply.code(status).render(page, {
      ...model, captionHref: `/children/${childId}`, errorList: errorList(errors, adoptionAnchors), breadcrumbs: [model.breadcrumbs[0], { text: 'Adoption' }],
      rows: rowsOf(adoptionRows(d)), links: [...adopterLink(d.adopter), { text: 'Adopters register', href: '/adoption/adopters' }], tables: [decisionTable(d)], values, forms,
    })
  }

  app.get('/children/:id/adoption', { config: { access: 'adoption.view' } }, async (request, reply) => show(reply, actorOf(request), idOf(request.params)))

  const post = <S extends z.ZodType>(path: string, schema: () => S, act: (actor: Actor, childId: string, input: z.infer<S>) => Promise<unknown>) =>
    app.post(`/children/:id/adoption${path}`, { config: { access: 'adoption.record' } }, async (request, reply) => {
      const [childId, actor] = [idOf(request.params), actorOf(request)]
      return submit(reply, schema(), body(request), (s, e, v) => show(reply, actor, childId, s, e, v), async (input) => (await act(actor, childId, input), `/children/${childId}/adoption`))
    })
  post('', () => adoptionSchema(today()), (a, c, i) => svc.record(a, c, i))
  post('/decisions', () => decisionSchema(today()), (a, c, i) => svc.decide(a, c, i))
  post('/decisions/reverse', () => reversalSchema(today()), (a, c, i) => svc.reverse(a, c, i))

  const registerCrumbs = [{ text: 'Home', href: '/' }, { text: 'Adopters' }]
  async function showRegister(reply: FastifyReply, actor: Actor, status = 200, errors: FieldErrors = {}, values: Values = {}) {
    const list = await svc.adopters()
    const forms = can(actor, 'adoption.record') ? [formOf('/adoption/adopters', 'Add adopters', adopterFields, values, { heading: 'Add adopters' })] : []
    return reply.code(status).render('pages/adoption/adopters.njk', { title: 'Adopters', rows: adopterTableRows(list), forms, values, errors, errorList: errorList(errors, adoptionAnchors), breadcrumbs: registerCrumbs })
  }
  app.get('/adoption/adopters', { config: { access: 'adoption.view' } }, async (request, reply) => showRegister(reply, actorOf(request)))
  app.post('/adoption/adopters', { config: { access: 'adoption.record' } }, async (request, reply) => {
    const actor = actorOf(request)
    return submit(reply, adopterSchema(today()), body(request), (s, e, v) => showRegister(reply, actor, s, e, v), async (input) => `/adoption/adopters/${(await svc.addAdopter(actor, input)).id}`)
  })

  async function showAdopter(reply: FastifyReply, actor: Actor, id: string, status = 200, errors: FieldErrors = {}, posted: Values = {}) {
    const a = await svc.adopter(id)
    const values = { ...adopterValues(a), ...posted }
    const forms = can(actor, 'adoption.record') ? [formOf(`/adoption/adopters/${id}`, 'Save changes', adopterFields, values, { heading: 'Update the adopters’ stages', version: a.version })] : []
    return reply.code(status).render(page, { title: `Adopters ${a.reference}`, caption: 'Adopters register', captionHref: '/adoption/adopters', errors, errorList: errorList(errors, adoptionAnchors), breadcrumbs: [...registerCrumbs.slice(0, 1), { text: 'Adopters', href: '/adoption/adopters' }, { text: a.reference }], rows: rowsOf(adopterRows(a)), values, forms })
  }
  app.get('/adoption/adopters/:id', { config: { access: 'adoption.view' } }, async (request, reply) => showAdopter(reply, actorOf(request), idOf(request.params)))
  app.post('/adoption/adopters/:id', { config: { access: 'adoption.record' } }, async (request, reply) => {
    const [id, actor] = [idOf(request.params), actorOf(request)]
    return submit(reply, adopterEditSchema(today()), body(request), (s, e, v) => showAdopter(reply, actor, id, s, e, v), async (input) => (await svc.updateAdopter(actor, id, input), `/adoption/adopters/${id}`))
  })
}

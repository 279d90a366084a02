import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { describe, permanencePlanKinds, planActionStatuses } from '../../domain/codeLists/index.js'
import { formatDate } from '../../domain/format.js'
import { actorOf } from '../../http/auth.js'
import { rowsOf } from '../child-protection/cpPresenters.js'
import { planActionSchema } from '../plans/planSchemas.js'
import { carePlanNames, type CarePlanKind } from './carePlanService.js'
import { submit } from '../child-protection/cpHttp.js'
import {
  base,
  careBody,
  carePage,
  carePost,
  careForm,
  childOf,
  notInCare,
  page,
  type FormState,
} from './careReviewHttp.js'
import {
  actionFields,
  carePlanEditFields,
  carePlanStartFields,
  careValuesOf,
  clocksTable,
  permanenceFields,
  table,
} from './careReviewPresenters.js'
import { carePlanEditSchema, carePlanStartSchema, permanenceSchema } from './careReviewSchemas.js'

const plansByPath: { path: string; kind: CarePlanKind; title: string; rule: string }[] = [
  { path: 'care-plan', kind: 'CARE', title: 'Care plan', rule: 'CARE_PLAN_10WD' },
  { path: 'placement-plan', kind: 'PLACEMENT', title: 'Placement plan', rule: 'PLACEMENT_PLAN_5WD' },
]

/** Care and placement plans (CPPCR 2010 regs 4 and 9) with SMART actions, and the permanence plan (reg 5). */
export async function carePlanRoutes(app: FastifyInstance, deps: Deps) {
  const { careReviews, carePlans } = deps.services

  for (const p of plansByPath) {
    const show = async (reply: FastifyReply, actor: Actor, childId: string, state?: FormState) => {
      const o = await careReviews.overview(actor, childId)
      const open = await carePlans.openPlan(actor, childId, p.kind)
      const url = `${base(childId)}/${p.path}`
      const mayRecord = can(actor, 'care.record')
      const forms = !mayRecord
        ? []
        : open
          ? [
              careForm('plan', url, 'Save the plan', carePlanEditFields, state, {
                heading: `Edit the ${carePlanNames[p.kind]}`,
                version: open.plan.version,
                values: careValuesOf(open.plan, ['endDate']),
              }),
              careForm(
                'action',
                `${url}/actions`,
                'Add the action',
                actionFields(await carePlans.workers()),
                state,
                { heading: 'Add a SMART action' },
              ),
            ]
          : o.period
            ? [
                careForm('plan', url, 'Start the plan', carePlanStartFields, state, {
                  heading: `Record the ${carePlanNames[p.kind]}`,
                }),
              ]
            : []
      return reply.code(state?.status ?? 200).render(page, {
        ...(await carePage(deps, actor, childId, p.title, state)),
        notice: o.period ? null : notInCare,
        rows: open
          ? rowsOf([
              ['Made', formatDate(open.plan.startDate)],
              [
                'Completeness',
                open.incomplete ??
                  'Complete: SMART actions, wishes and feelings, and identity, religion and culture are recorded',
              ],
              ['The child’s wishes and feelings', open.plan.wishesAndFeelings],
              ['Identity, religion and culture', open.plan.identity],
            ])
          : rowsOf([['Plan', 'Not recorded']]),
        tables: [
          clocksTable(
            'Timescale',
            o.clocks.filter((c) => c.id === p.rule),
            'No clock: the child is not in care.',
          ),
          table(
            'SMART actions',
            ['Action', 'Owner', 'Outcome', 'Due', 'Status'],
            'No actions recorded.',
            (open?.actions ?? []).map((a) => [
              {
                html: `<a class="govuk-link" href="/plan-actions/${a.action.id}">${escapeHtml(a.action.action)}</a>`,
              },
              { text: a.ownerUser ?? a.action.ownerName ?? '' },
              { text: a.action.outcome },
              { text: formatDate(a.action.dueOn) },
              { text: describe(planActionStatuses, a.action.status) },
            ]),
          ),
        ],
        forms,
      })
    }
    app.get(
      `/children/:id/care-reviews/${p.path}`,
      { config: { access: 'child.view' } },
      async (request, reply) => show(reply, actorOf(request), childOf(request.params)),
    )
    const post = { access: 'care.record' as const, show, back: `/${p.path}` }
    // One form: starting the plan when there is none, editing it (with its version) when there is.
    app.post(
      `/children/:id/care-reviews/${p.path}`,
      { config: { access: 'care.record' } },
      async (request, reply) => {
        const [childId, actor] = [childOf(request.params), actorOf(request)]
        const open = await carePlans.openPlan(actor, childId, p.kind)
        const today = deps.clock.today()
        const render = (status: number, errors: Record<string, string>, values: Record<string, unknown>) =>
          show(reply, actor, childId, { key: 'plan', status, errors, values })
        const back = `${base(childId)}/${p.path}`
        return open
          ? submit(
              reply,
              carePlanEditSchema(today),
              careBody(request),
              render,
              async (input) => (await carePlans.update(actor, childId, p.kind, input), back),
            )
          : submit(
              reply,
              carePlanStartSchema(today),
              careBody(request),
              render,
              async (input) => (await carePlans.start(actor, childId, p.kind, input), back),
            )
      },
    )
    carePost(app, deps, {
      ...post,
      path: `/${p.path}/actions`,
      key: 'action',
      schema: () => planActionSchema,
      act: (a, c, input) => carePlans.addAction(a, c, p.kind, input),
    })
  }

  const showPermanence = async (reply: FastifyReply, actor: Actor, childId: string, state?: FormState) => {
    const o = await careReviews.overview(actor, childId)
    const history = await carePlans.permanence(actor, childId)
    return reply.code(state?.status ?? 200).render(page, {
      ...(await carePage(deps, actor, childId, 'Permanence plan', state)),
      notice: !o.period
        ? notInCare
        : o.permanenceMissing
          ? 'No permanence plan: the child has been in care for more than 4 months (or is past the second review). The plan should be in place by the second review.'
          : null,
      tables: [
        table(
          'Permanence plans',
          ['Decided', 'Plan', 'Notes'],
          'No permanence plan recorded.',
          history.map((h) => [
            { text: formatDate(h.decidedOn) },
            { text: describe(permanencePlanKinds, h.plan) },
            { text: h.notes },
          ]),
        ),
      ],
      forms:
        can(actor, 'care.record') && o.period
          ? [
              careForm(
                'permanence',
                `${base(childId)}/permanence`,
                'Record the plan',
                permanenceFields,
                state,
                { heading: 'Record the permanence plan' },
              ),
            ]
          : [],
    })
  }
  app.get(
    '/children/:id/care-reviews/permanence',
    { config: { access: 'child.view' } },
    async (request, reply) => showPermanence(reply, actorOf(request), childOf(request.params)),
  )
  carePost(app, deps, {
    path: '/permanence',
    key: 'permanence',
    access: 'care.record',
    show: showPermanence,
    back: '/permanence',
    schema: permanenceSchema,
    act: carePlans.recordPermanence,
  })
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

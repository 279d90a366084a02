import type { FastifyInstance, FastifyReply } from 'fastify'
import { z } from 'zod'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { describe } from '../../domain/codeLists/index.js'
import { formatDate } from '../../domain/format.js'
import { actorOf } from '../../http/auth.js'
import { notFound } from '../../errors.js'
import { rowsOf } from '../child-protection/cpPresenters.js'
import { careHealthRoutes } from './careHealthRoutes.js'
import { carePlanRoutes } from './carePlanRoutes.js'
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
  allocateFields,
  clocksTable,
  escalationFields,
  escalationText,
  escalationUpdateFields,
  permanenceText,
  reviewFields,
  reviewsTable,
  table,
} from './careReviewPresenters.js'
import {
  allocateIroSchema,
  escalationSchema,
  escalationStages,
  escalationUpdateSchema,
  reviewSchema,
} from './careReviewSchemas.js'

/** Children in care: reviews and the IRO, care and placement plans, permanence, PEPs and health (issue 5 part 3). */
export async function careReviewRoutes(app: FastifyInstance, deps: Deps) {
  const { careReviews } = deps.services

  app.get('/children/:id/care-reviews', { config: { access: 'child.view' } }, async (request, reply) => {
    const [childId, actor] = [childOf(request.params), actorOf(request)]
    const o = await careReviews.overview(actor, childId)
    const planText = (p: typeof o.carePlan) =>
      p ? `Made ${formatDate(p.plan.startDate)}. ${p.incomplete ?? 'Complete'}` : 'Not recorded'
    const open = o.escalations.filter((e) => !e.resolvedOn)
    const rows = rowsOf([
      ['In care since', o.period ? formatDate(o.period.startedOn) : 'Not in care'],
      ['Current placement since', o.currentPlacementOn ? formatDate(o.currentPlacementOn) : null],
      [
        'Independent reviewing officer',
        o.iro ? `${o.iro.iroName}, since ${formatDate(o.iro.allocation.startDate)}` : 'Not allocated',
      ],
      ['Reviews held', String(o.reviews.length)],
      ['Next review due', o.nextReviewDue ? formatDate(o.nextReviewDue) : o.period ? 'Not due' : null],
      ['Care plan', planText(o.carePlan)],
      ['Placement plan', planText(o.placementPlan)],
      [
        'Permanence plan',
        o.permanenceMissing
          ? 'None: in care for more than 4 months (or past the second review) with no permanence plan'
          : permanenceText(o.permanence),
      ],
      ['Latest PEP', o.peps.at(-1) ? formatDate(o.peps.at(-1)!.reviewedOn) : null],
      ['Open IRO escalations', open.length ? open.map(escalationText).join('; ') : 'None'],
    ])
    const links = [
      { href: `${base(childId)}/iro`, text: 'The IRO, reviews and escalations' },
      { href: `${base(childId)}/care-plan`, text: 'Care plan' },
      { href: `${base(childId)}/placement-plan`, text: 'Placement plan' },
      { href: `${base(childId)}/permanence`, text: 'Permanence plan' },
      { href: `${base(childId)}/education`, text: 'Personal education plan' },
      { href: `${base(childId)}/health`, text: 'Health' },
      { href: `${base(childId)}/outcomes`, text: 'Annual outcomes (SSDA903 OC2)' },
    ]
    return reply.render(page, {
      ...(await carePage(deps, actor, childId, 'Care plans and reviews')),
      notice: o.period ? null : notInCare,
      rows,
      links,
      tables: [
        clocksTable('Timescales', o.clocks, 'No clocks: the child is not in care.'),
        reviewsTable(o.reviews),
      ],
    })
  })

  const showIro = async (reply: FastifyReply, actor: Actor, childId: string, state?: FormState) => {
    const o = await careReviews.overview(actor, childId)
    const url = base(childId)
    const mayReview = can(actor, 'care.review')
    const open = o.escalations.filter((e) => !e.resolvedOn)
    const forms = mayReview
      ? [
          careForm(
            'allocate',
            `${url}/iro`,
            o.iro ? 'Change the IRO' : 'Allocate the IRO',
            allocateFields(await careReviews.iros()),
            state,
            { heading: o.iro ? 'Change the IRO' : 'Allocate an IRO' },
          ),
          careForm('review', `${url}/reviews`, 'Record the review', reviewFields, state, {
            heading: 'Record a review',
          }),
          careForm('escalation', `${url}/escalations`, 'Raise the escalation', escalationFields, state, {
            heading: 'Raise an escalation',
          }),
          ...open.map((e, i) =>
            careForm(
              `esc${i + 1}`,
              `${url}/escalations/${e.id}`,
              'Save the escalation',
              escalationUpdateFields,
              state,
              {
                heading: `Escalation raised ${formatDate(e.raisedOn)}`,
                intro: e.concern,
                version: e.version,
                values: { stage: e.stage },
              },
            ),
          ),
        ]
      : []
    return reply.code(state?.status ?? 200).render(page, {
      ...(await carePage(deps, actor, childId, 'The IRO, reviews and escalations', state)),
      notice: o.period ? null : notInCare,
      rows: rowsOf([
        [
          'Independent reviewing officer',
          o.iro ? `${o.iro.iroName}, since ${formatDate(o.iro.allocation.startDate)}` : 'Not allocated',
        ],
        ['Next review due', o.nextReviewDue ? formatDate(o.nextReviewDue) : null],
      ]),
      tables: [
        clocksTable(
          'Review timescales',
          o.clocks.filter((c) => c.id.startsWith('CLA_REVIEW')),
          'No review clocks: the child is not in care.',
        ),
        reviewsTable(o.reviews),
        table(
          'IRO escalations',
          ['Raised', 'Stage', 'Concern', 'Resolution'],
          'No escalations raised.',
          o.escalations.map((e) => [
            { text: formatDate(e.raisedOn) },
            { text: describe(escalationStages, e.stage) },
            { text: e.concern },
            { text: e.resolution ?? 'Open' },
          ]),
        ),
        table(
          'IRO allocations',
          ['IRO', 'From', 'To'],
          'No IRO allocated yet.',
          o.allocations.map((a) => [
            { text: a.iroName },
            { text: formatDate(a.allocation.startDate) },
            { text: a.allocation.endDate ? formatDate(a.allocation.endDate) : 'Current' },
          ]),
        ),
      ],
      forms,
    })
  }
  app.get('/children/:id/care-reviews/iro', { config: { access: 'child.view' } }, async (request, reply) =>
    showIro(reply, actorOf(request), childOf(request.params)),
  )

  const iroPost = { access: 'care.review' as const, show: showIro, back: '/iro' }
  carePost(app, deps, {
    ...iroPost,
    path: '/iro',
    key: 'allocate',
    schema: allocateIroSchema,
    act: careReviews.allocateIro,
  })
  carePost(app, deps, {
    ...iroPost,
    path: '/reviews',
    key: 'review',
    schema: reviewSchema,
    act: careReviews.recordReview,
  })
  carePost(app, deps, {
    ...iroPost,
    path: '/escalations',
    key: 'escalation',
    schema: escalationSchema,
    act: careReviews.raiseEscalation,
  })

  // An escalation's own form: the key is its place among the open escalations, so errors land on it.
  const escalationParam = z.object({ id: z.uuid(), escalationId: z.uuid() })
  app.post(
    '/children/:id/care-reviews/escalations/:escalationId',
    { config: { access: 'care.review' } },
    async (request, reply) => {
      const parsed = escalationParam.safeParse(request.params)
      if (!parsed.success) throw notFound('Escalation')
      const { id: childId, escalationId } = parsed.data
      const actor = actorOf(request)
      const o = await careReviews.overview(actor, childId)
      const index = o.escalations.filter((e) => !e.resolvedOn).findIndex((e) => e.id === escalationId)
      return submit(
        reply,
        escalationUpdateSchema(deps.clock.today()),
        careBody(request),
        (status, errors, values) =>
          showIro(reply, actor, childId, { key: `esc${index + 1}`, status, errors, values }),
        async (input) => (
          await careReviews.updateEscalation(actor, childId, escalationId, input),
          `${base(childId)}/iro`
        ),
      )
    },
  )

  await carePlanRoutes(app, deps)
  await careHealthRoutes(app, deps)
}

import type { FastifyInstance, FastifyReply } from 'fastify'
import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import type { Deps } from '../../deps.js'
import { describe, sdqReasons } from '../../domain/codeLists/index.js'
import { formatDate } from '../../domain/format.js'
import { actorOf } from '../../http/auth.js'
import {
  base,
  carePage,
  carePost,
  careForm,
  childOf,
  notInCare,
  page,
  type FormState,
} from './careReviewHttp.js'
import {
  clocksTable,
  healthFields,
  healthText,
  outcomeFields,
  pepFields,
  table,
} from './careReviewPresenters.js'
import { healthSchema, outcomeSchema, pepSchema } from './careReviewSchemas.js'

const yesNo = (v: string | null) => (v === '1' ? 'Yes' : v === '0' ? 'No' : 'Not recorded')

/** Personal education plans, health and the SSDA903 OC2 facts of a child in care. */
export async function careHealthRoutes(app: FastifyInstance, deps: Deps) {
  const { careReviews, careHealth } = deps.services
  const mayRecord = (actor: Actor, inCare: boolean) => can(actor, 'care.record') && inCare

  const showPep = async (reply: FastifyReply, actor: Actor, childId: string, state?: FormState) => {
    const o = await careReviews.overview(actor, childId)
    return reply.code(state?.status ?? 200).render(page, {
      ...(await carePage(deps, actor, childId, 'Personal education plan', state)),
      notice: o.period ? null : notInCare,
      tables: [
        clocksTable(
          'PEP timescales',
          o.clocks.filter((c) => c.id.startsWith('PEP_')),
          'No clocks: the child is not in care.',
        ),
        table(
          'PEP meetings',
          ['Date', 'School', 'Notes'],
          'No PEP recorded.',
          [...o.peps]
            .reverse()
            .map((p) => [{ text: formatDate(p.reviewedOn) }, { text: p.school ?? '' }, { text: p.notes }]),
        ),
      ],
      forms: mayRecord(actor, !!o.period)
        ? [
            careForm('pep', `${base(childId)}/education`, 'Record the PEP', pepFields, state, {
              heading: 'Record a PEP meeting',
            }),
          ]
        : [],
    })
  }
  app.get(
    '/children/:id/care-reviews/education',
    { config: { access: 'child.view' } },
    async (request, reply) => showPep(reply, actorOf(request), childOf(request.params)),
  )
  carePost(app, deps, {
    path: '/education',
    key: 'pep',
    access: 'care.record',
    show: showPep,
    back: '/education',
    schema: pepSchema,
    act: careHealth.recordPep,
  })

  const healthClocks = ['IHA_20WD', 'RHA_UNDER5_6M', 'RHA_12M', 'DENTAL_12M', 'SDQ_12M']
  const showHealth = async (reply: FastifyReply, actor: Actor, childId: string, state?: FormState) => {
    const o = await careReviews.overview(actor, childId)
    return reply.code(state?.status ?? 200).render(page, {
      ...(await carePage(deps, actor, childId, 'Health', state)),
      notice: o.period ? null : notInCare,
      tables: [
        clocksTable(
          'Health timescales',
          o.clocks.filter((c) => healthClocks.includes(c.id)),
          'No clocks: the child is not in care.',
        ),
        table(
          'Health records',
          ['Date', 'What', 'SDQ score', 'Notes'],
          'No health records.',
          [...o.health]
            .reverse()
            .map((h) => [
              { text: formatDate(h.doneOn) },
              { text: healthText(h.kind) },
              { text: h.sdqScore === null ? '' : String(h.sdqScore) },
              { text: h.notes ?? '' },
            ]),
        ),
      ],
      forms: mayRecord(actor, !!o.period)
        ? [
            careForm('health', `${base(childId)}/health`, 'Record it', healthFields, state, {
              heading: 'Record a health assessment, check or SDQ',
            }),
          ]
        : [],
    })
  }
  app.get('/children/:id/care-reviews/health', { config: { access: 'child.view' } }, async (request, reply) =>
    showHealth(reply, actorOf(request), childOf(request.params)),
  )
  carePost(app, deps, {
    path: '/health',
    key: 'health',
    access: 'care.record',
    show: showHealth,
    back: '/health',
    schema: healthSchema,
    act: careHealth.recordHealth,
  })

  const showOutcomes = async (reply: FastifyReply, actor: Actor, childId: string, state?: FormState) => {
    const o = await careReviews.overview(actor, childId)
    const everInCare = o.periods.length > 0
    return reply.code(state?.status ?? 200).render(page, {
      ...(await carePage(deps, actor, childId, 'Annual outcomes (SSDA903 OC2)', state)),
      notice: everInCare
        ? null
        : 'This child has never been in care: the OC2 facts are recorded for a child looked after during the collection year.',
      tables: [
        table(
          'OC2 facts by collection year',
          [
            'Year',
            'Convicted',
            'Substance misuse',
            'Intervention received',
            'Intervention offered',
            'SDQ reason',
          ],
          'No OC2 facts recorded.',
          o.outcomes.map((r) => [
            { text: `${r.collectionYear - 1} to ${r.collectionYear}` },
            { text: yesNo(r.convicted) },
            { text: yesNo(r.substanceMisuse) },
            { text: yesNo(r.interventionReceived) },
            { text: yesNo(r.interventionOffered) },
            { text: r.sdqReason ? `${r.sdqReason}: ${describe(sdqReasons, r.sdqReason)}` : '' },
          ]),
        ),
      ],
      forms: mayRecord(actor, everInCare)
        ? [
            careForm('outcome', `${base(childId)}/outcomes`, 'Record the OC2 facts', outcomeFields, state, {
              heading: 'Record the OC2 facts for a year',
            }),
          ]
        : [],
    })
  }
  app.get(
    '/children/:id/care-reviews/outcomes',
    { config: { access: 'child.view' } },
    async (request, reply) => showOutcomes(reply, actorOf(request), childOf(request.params)),
  )
  carePost(app, deps, {
    path: '/outcomes',
    key: 'outcome',
    access: 'care.record',
    show: showOutcomes,
    back: '/outcomes',
    schema: outcomeSchema,
    act: careHealth.recordOutcome,
  })
}

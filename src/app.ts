import Fastify, { LogController, type FastifyInstance } from 'fastify'
import formbody from '@fastify/formbody'
import cookie from '@fastify/cookie'
import session from '@fastify/session'
import csrf from '@fastify/csrf-protection'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import type { Deps } from './deps.js'
import { guardRoute } from './http/auth.js'
import { isStaticAsset } from './http/staticAssets.js'
import { installErrorHandlers } from './http/errorHandler.js'
import { csrfTokenOf } from './http/csrf.js'
import { installRendering } from './http/render.js'
import { databaseSessionStore } from './http/sessionStore.js'
import { withRequestMemo } from './http/requestMemo.js'
import { installStaticAssets } from './http/staticAssets.js'
import { collectRouteTable } from './http/routeTable.js'
import { loadActor } from './features/auth/loadActor.js'
import { authRoutes } from './features/auth/authRoutes.js'
import { childrenRoutes } from './features/children/childrenRoutes.js'
import { childrenApiRoutes } from './features/children/childrenApiRoutes.js'
import { frontDoorRoutes } from './features/front-door/frontDoorRoutes.js'
import { frontDoorApiRoutes } from './features/front-door/frontDoorApiRoutes.js'
import { workRoutes } from './features/work/workRoutes.js'
import { cpRoutes } from './features/child-protection/cpRoutes.js'
import { planRoutes } from './features/plans/planRoutes.js'
import { adminRoutes } from './features/admin/adminRoutes.js'
import { localStandardsRoutes } from './features/local-standards/localStandardsRoutes.js'
import { disabledChildrenRoutes } from './features/disabled-children/disabledChildrenRoutes.js'
import { auditRoutes } from './features/audit/auditRoutes.js'
import { healthRoutes } from './features/health/healthRoutes.js'
import { openApiRoutes } from './features/api/openApiRoutes.js'
import { cinCensusRoutes } from './features/returns/cinCensusRoutes.js'
import { cinCensusImportRoutes } from './features/returns/cinCensusImportRoutes.js'
import { caseNoteRoutes } from './features/case-notes/caseNoteRoutes.js'
import { earlyHelpRoutes } from './features/early-help/earlyHelpRoutes.js'
import { protectiveOrderRoutes } from './features/protective-orders/protectiveOrderRoutes.js'
import { chronologyRoutes } from './features/chronology/chronologyRoutes.js'
import { courtRoutes } from './features/court/courtRoutes.js'
import { performanceRoutes } from './features/performance/performanceRoutes.js'
import { supervisionRoutes } from './features/supervision/supervisionRoutes.js'
import { oversightRoutes } from './features/oversight/oversightRoutes.js'
import { trainingRoutes } from './features/training/trainingRoutes.js'
import { caseAuditRoutes } from './features/case-audits/caseAuditRoutes.js'
import { qaSetupRoutes } from './features/case-audits/qaSetupRoutes.js'
import { improvementRoutes } from './features/improvement-plan/improvementRoutes.js'
import { improvementReportRoutes } from './features/improvement-plan/improvementReportRoutes.js'
import { allocationRoutes } from './features/allocation/allocationRoutes.js'
import { caseloadRoutes } from './features/allocation/caseloadRoutes.js'
import { workforceRoutes } from './features/workforce/workforceRoutes.js'
import { childrenInCareRoutes } from './features/care/childrenInCareRoutes.js'
import { careReviewRoutes } from './features/care-reviews/careReviewRoutes.js'
import { missingRoutes } from './features/missing/missingRoutes.js'
import { privateFosteringRoutes } from './features/private-fostering/privateFosteringRoutes.js'
import { careLeaverRoutes } from './features/care-leavers/careLeaverRoutes.js'
import { adoptionRoutes } from './features/adoption/adoptionRoutes.js'
import { ssda903Routes } from './features/returns/ssda903Routes.js'
import { ssda903ImportRoutes } from './features/returns/ssda903ImportRoutes.js'
import { kpiTrendRoutes } from './features/kpi-trends/kpiTrendRoutes.js'
import { kpiSettingsRoutes } from './features/kpi-settings/kpiSettingsRoutes.js'
import { annexARoutes } from './features/annex-a/annexARoutes.js'
import { forecastRoutes } from './features/forecasting/forecastRoutes.js'
import { cscFeedRoutes } from './features/csc-api-feed/cscFeedRoutes.js'
import { practiceExceptionRoutes } from './features/practice-exceptions/practiceExceptionRoutes.js'

const noJsonSchemas = () => () => {
  throw new Error('Cairn validates input with zod: a fastify route schema is not supported')
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** Builds the web application: middleware in a fixed order, then the feature routes, then errors. */
export async function createApp(deps: Deps): Promise<FastifyInstance> {
  const { config } = deps
  const app = Fastify({
    logger: config.NODE_ENV === 'test' ? false : { level: config.LOG_LEVEL, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    bodyLimit: 256 * 1024,
    // Request URLs carry record ids: no per-request log lines (no identifiers in logs). Errors are
    // logged once, with the route pattern only, by the error handler.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: config.NODE_ENV === 'production',
    // Every input is checked with zod (ARCHITECTURE.md §6.4), so no route has a JSON schema; leaving
    // out fastify's ajv and fast-json-stringify compilers saves about 130 ms of every start.
    schemaController: { compilersFactory: { buildValidator: noJsonSchemas, buildSerializer: noJsonSchemas } },
  })
  collectRouteTable(app)
  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], formAction: ["'self'"], frameAncestors: ["'none'"] },
    },
  })
  await app.register(formbody, { bodyLimit: 256 * 1024 })
  await app.register(cookie)
  await app.register(session, {
    secret: config.sessionSecret,
    cookieName: 'cairn.sid',
    store: databaseSessionStore(deps.database.db, config.SESSION_IDLE_MINUTES * 60_000),
    saveUninitialized: false,
    rolling: true,
    cookie: { secure: config.NODE_ENV === 'production', httpOnly: true, sameSite: 'lax', path: '/', maxAge: config.SESSION_IDLE_MINUTES * 60_000 },
  })
  await app.register(csrf, { sessionPlugin: '@fastify/session', getToken: csrfTokenOf })
  await app.register(rateLimit, { global: false })
  installStaticAssets(app)
  installRendering(app, deps)
  installErrorHandlers(app)

  app.addHook('onRequest', (request, _reply, done) => (request.method === 'GET' || request.method === 'HEAD' ? withRequestMemo(done) : done()))
  app.decorateRequest('actor', null)
  app.addHook('preHandler', async (request, reply) => {
    if (isStaticAsset(request.url)) return
    await loadActor(request, deps)
    // CSRF on every state-changing request, forms and API alike (research/reliability.md §1.7).
    if (unsafeMethods.has(request.method)) await new Promise<void>((resolve, reject) => app.csrfProtection(request, reply, (err?: Error) => (err ? reject(err) : resolve())))
    return guardRoute(request, reply)
  })

  // Issue 5: children in care, missing children, care leavers, private fostering, adoption, SSDA903.
  const issue7Routes = [kpiTrendRoutes, kpiSettingsRoutes, annexARoutes, forecastRoutes, cscFeedRoutes, practiceExceptionRoutes]
  const issue5Routes = [childrenInCareRoutes, careReviewRoutes, missingRoutes, privateFosteringRoutes, careLeaverRoutes, adoptionRoutes, ssda903Routes, ssda903ImportRoutes]
  for (const routes of [healthRoutes, authRoutes, childrenRoutes, childrenApiRoutes, frontDoorRoutes, frontDoorApiRoutes, cpRoutes, planRoutes, earlyHelpRoutes, caseNoteRoutes, protectiveOrderRoutes, chronologyRoutes, courtRoutes, workRoutes, allocationRoutes, caseloadRoutes, workforceRoutes, supervisionRoutes, oversightRoutes, trainingRoutes, qaSetupRoutes, caseAuditRoutes, disabledChildrenRoutes, performanceRoutes, improvementRoutes, improvementReportRoutes, adminRoutes, localStandardsRoutes, auditRoutes, cinCensusRoutes, cinCensusImportRoutes, ...issue5Routes, ...issue7Routes, openApiRoutes]) {
    await app.register(async (scope) => routes(scope, deps))
  }
  return app
}

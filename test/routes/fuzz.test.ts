import fc from 'fast-check'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../src/access/roles.js'
import { appAs, createTestContext, type Client, type TestContext } from '../harness.js'

/** Field names the forms and the API read, so random input reaches the validators and services. */
const fieldNames = ['childRef', 'firstName', 'lastName', 'otherNames', 'dateOfBirth-day', 'dateOfBirth-month', 'dateOfBirth-year', 'sex', 'ethnicity', 'disability', 'upn', 'upnUnknownReason', 'religion', 'firstLanguage', 'version', 'confirmNotDuplicate', 'childId', 'source', 'reason', 'presentingConcerns', 'receivedAt-day', 'receivedAt-month', 'receivedAt-year', 'receivedAt-time', 'receivedAt', 'decision', 'decisionReason', 'primaryNeed', 'oversightNote', 'workerId', 'line1', 'postcode', 'fromDate-day', 'kind', 'name', 'relationship', 'phone', 'email', 'password', 'role', 'teamId', 'displayName', 'service', 'caseloadThreshold', 'q', 'page', 'child', 'active', 'unlock', 'returnTo', 'startDate-day', 'startDate-month', 'startDate-year', 'heldOn-day', 'heldOn-month', 'heldOn-year', 'endDate-day', 'closedOn-day', 'authorisedOn-day', 'factors', 'outcome', 'nextStep', 'lateReason', 'agencies', 'notConvenedReason', 'chairId', 'attendance', 'childViews', 'viewsGatheredHow', 'confirmBankHoliday', 'initialCategory', 'latestCategory', 'endReason', 'note', 'wishesAndFeelings', 'identity', 'action', 'ownerUserId', 'ownerName', 'dueOn-day', 'dueOn-month', 'dueOn-year', 'status', 'reviewedOn-day', 'summary', 'visitedOn-day', 'visitedOn-month', 'visitedOn-year', 'childSeen', 'seenAlone', 'notes', 'rationale', 'rejectReason', 'sendBackReason', 'endDate-month', 'endDate-year', 'legalPlanningDecision', 'letterSentOn-day', 'letterSentOn-month', 'letterSentOn-year', 'fgdmOffered', 'fgdmFacilitated', 'stepDecisionOn-day', 'courtApplicationOn-day', 'letterInitiatingProceedingsOn-day', 'issuedOn-day', 'issuedOn-month', 'issuedOn-year', 'court', 'solicitor', 'weeks', 'finalOrder', 'finalOrderOn-day', 'safetyPlan', 'parentsHistory', 'amount', 'unit', 'occurredAt-day', 'occurredAt-month', 'occurredAt-year', 'occurredAt-time', 'significant', 'startedAt-day', 'startedAt-month', 'startedAt-year', 'startedAt-time', 'endedAt-day', 'endedAt-time', 'reference', 'types', 'from-day', 'from-month', 'from-year', 'to-day', 'to-year', 'period', 'ending', 'breakdown', 'team', 'worker', 'childIds', 'seen', 'reflectiveDiscussion', 'supervisionEveryDays', 'programme', 'title', 'record', 'attendedOn-day', 'attendedOn-month', 'attendedOn-year', 'overdue', 'text', 'ownerId', 'rag', 'evidence', 'kpiIds', 'point', 'questions.0.text', 'questions.0.scale', 'theme', 'templateId', 'month', 'seed', 'criteria.population', 'criteria.teamId', 'criteria.sizeKind', 'criteria.sizeValue', 'answers.q1', 'grade', 'findings', 'themes', 'actions.0.action', 'actions.0.ownerId', 'actions.0.dueOn-day', 'moderatedGrade', 'moderationNote']

const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('', ' ', '0', '-1', '99999999999999999999', 'NaN', '2026-02-30', '31/12/9999', "'; drop table children; --", '<script>alert(1)</script>', '=1+1', 'null', 'undefined', '%00', '../../etc/passwd', 'REFERRAL', 'M', 'WBRI', '1A', 'N1', 'S47', 'ICPC', 'NEG', 'RC7', 'SUBSTANTIATED', 'yes', '25', '00000000-0000-0000-0000-000000000000'),
  fc.string({ minLength: 5000, maxLength: 6000 }),
)
const formInput = fc.dictionary(fc.constantFrom(...fieldNames), nasty, { maxKeys: 12 })

const dataTables = ['children', 'child_addresses', 'key_people', 'contacts', 'referrals', 'cin_episodes', 'allocations', 'users', 'teams', 'restricted_access', 'break_glass', 'assessments', 'strategy_discussions', 's47_enquiries', 'cp_conferences', 'cp_plans', 'cin_closures', 'cin_closure_requests', 'plans', 'plan_actions', 'plan_reviews', 'visits', 'step_downs', 'pre_proceedings', 'pre_proceedings_meetings', 'care_proceedings', 'court_hearings', 'local_standards', 'case_notes', 'protective_orders', 'core_group_meetings', 'supervision_sessions', 'supervision_case_discussions', 'supervision_actions', 'staff_profiles', 'training_records', 'improvement_recommendations', 'improvement_actions', 'oversight_records', 'audit_templates', 'audit_programmes', 'case_audits', 'case_audit_actions']

describe('fuzzing every route with random form, JSON and query input', () => {
  let ctx: TestContext
  const clients: Partial<Record<Role, Client>> = {}
  beforeAll(async () => {
    ctx = await createTestContext('pglite')
    for (const role of ['front_door', 'team_manager', 'admin', 'dcs'] as const) clients[role] = await appAs(ctx, role)
  })
  afterAll(() => ctx.close())

  const counts = async () => {
    const rows = await ctx.database.db.execute<{ t: string; n: number }>(sql.raw(dataTables.map((t) => `select '${t}' as t, count(*)::int as n from ${t}`).join(' union all ')))
    return Object.fromEntries(rows.rows.map((r) => [r.t, Number(r.n)]))
  }

  it('never answers 500, and a refused request changes no record', async () => {
    const routes = ctx.app.routeTable.filter((r) => r.url !== '/sign-out' && r.url !== '/sign-in')
    const ids = [ctx.fixtures.child.own.id, ctx.fixtures.user.social_worker.id, ctx.fixtures.teams.teamA.id, 'not-a-uuid', '00000000-0000-0000-0000-000000000000', 'CP_VISIT_10WD', 'ASSESS_45WD']
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.constantFrom(...(Object.keys(clients) as Role[])), fc.constantFrom(...ids), formInput, async (route, role, id, input) => {
        const client = clients[role]!
        const url = route.url.replace(':id', id)
        const before = await counts()
        const query = new URLSearchParams(Object.entries(input).map(([k, v]) => [k, v.slice(0, 300)])).toString()
        const res = route.method === 'GET' ? await client.get(`${url}?${query}`) : url.startsWith('/api/') ? await client.json(route.method as 'POST', url, input) : await client.post(url, input)
        expect(res.statusCode, `${route.method} ${url} as ${role}`).toBeLessThan(500)
        if (res.statusCode >= 400) expect(await counts()).toEqual(before)
      }),
      { numRuns: 400, seed: 20261125 },
    )
  }, 240_000)
})

import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { claAnnualOutcomes, healthRecords, planActions, plans } from '../../db/schema/index.js'
import { engines } from '../../../test/engines.js'
import { d, lookedAfterChild } from './careReviewTestKit.js'

/** Care and placement plans, permanence, PEPs, health and OC2 on both engines (CPPCR 2010 regs 4, 5, 7 and 9). */
describe.each(engines())('care plans, PEPs and health on %s', (engine) => {
  const kit = lookedAfterChild(engine)
  const { url, clocks, clockOf, count } = kit

  it('lets a social worker record the care plan with SMART actions, and works out completeness', async () => {
    expect((await kit.iro.post(`${url()}/care-plan`, { ...d('startDate', '2026-07-10') })).statusCode).toBe(
      403,
    )
    expect(
      (
        await kit.sw.post(`${url()}/care-plan`, {
          ...d('startDate', '2026-07-10'),
          wishesAndFeelings: 'Wants to see her brother weekly',
        })
      ).statusCode,
    ).toBe(302)
    expect(await clockOf('CARE_PLAN_10WD')).toMatchObject({ dueOn: '2026-07-15', status: 'met' })
    let page = await kit.sw.get(`${url()}/care-plan`)
    expect(page.body).toContain(
      'Incomplete: missing identity, religion and culture, at least one SMART action',
    )
    const plan = (await kit.ctx.database.db.select().from(plans).where(eq(plans.childId, kit.childId))).find(
      (p) => p.kind === 'CARE',
    )!
    expect(plan.cinEpisodeId).toBeNull()
    const bad = await kit.sw.post(`${url()}/care-plan/actions`, { action: 'Arrange contact', outcome: '' })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('Enter the measurable outcome')
    expect(
      (
        await kit.sw.post(`${url()}/care-plan/actions`, {
          action: 'Arrange weekly contact with brother',
          ownerName: 'Foster carer',
          outcome: 'Contact log shows weekly visits',
          ...d('dueOn', '2026-12-18'),
        })
      ).statusCode,
    ).toBe(302)
    expect(
      (
        await kit.sw.post(`${url()}/care-plan`, {
          version: String(plan.version),
          wishesAndFeelings: 'Wants to see her brother weekly',
          identity: 'Attends mosque on Fridays',
        })
      ).statusCode,
    ).toBe(302)
    // The action's status is kept on the shared plan-action page (src/features/plans).
    const [action] = await kit.ctx.database.db
      .select()
      .from(planActions)
      .where(eq(planActions.planId, plan.id))
    expect((await kit.sw.get(`/plan-actions/${action!.id}`)).statusCode).toBe(200)
    expect(
      (await kit.sw.post(`/plan-actions/${action!.id}`, { version: '1', status: 'IN_PROGRESS' })).statusCode,
    ).toBe(302)
    page = await kit.sw.get(`${url()}/care-plan`)
    expect(page.body).toContain('Complete: SMART actions')
    // A stale version is a conflict, and nothing is overwritten.
    const stale = await kit.sw.post(`${url()}/care-plan`, {
      version: String(plan.version),
      wishesAndFeelings: 'Overwritten',
      identity: 'Overwritten',
    })
    expect(stale.statusCode).toBe(409)
    const after = (await kit.ctx.database.db.select().from(plans).where(eq(plans.id, plan.id)))[0]!
    expect(after.identity).toBe('Attends mosque on Fridays')
  })

  it('records the placement plan, which stops its clock', async () => {
    expect(
      (
        await kit.sw.post(`${url()}/placement-plan`, {
          ...d('startDate', '2026-11-05'),
          wishesAndFeelings: 'Likes her room',
          identity: 'Halal food',
        })
      ).statusCode,
    ).toBe(302)
    expect(await clockOf('PLACEMENT_PLAN_5WD')).toMatchObject({ dueOn: '2026-11-09', status: 'met' })
  })

  it('records a permanence plan and clears the flag; refuses one outside care', async () => {
    const bad = await kit.sw.post(`${url()}/permanence`, {
      plan: 'LONG_TERM_FOSTERING',
      ...d('decidedOn', '2026-05-01'),
      notes: 'Long-term match',
    })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('not in care on this date')
    expect(
      (
        await kit.sw.post(`${url()}/permanence`, {
          plan: 'LONG_TERM_FOSTERING',
          ...d('decidedOn', '2026-10-20'),
          notes: 'Long-term match with current carers',
        })
      ).statusCode,
    ).toBe(302)
    expect((await clocks()).permanenceMissing).toBe(false)
  })

  it('records a PEP and health, with the SDQ score checked', async () => {
    expect(
      (
        await kit.sw.post(`${url()}/education`, {
          ...d('reviewedOn', '2026-07-14'),
          school: 'Hillside Academy',
          notes: 'Targets set',
        })
      ).statusCode,
    ).toBe(302)
    expect(await clockOf('PEP_INITIAL_10WD')).toMatchObject({ dueOn: '2026-07-15', status: 'met' })
    // Reviewed termly (4 months, a local standard): due 14 Nov, now overdue.
    expect(await clockOf('PEP_REVIEW_TERMLY')).toMatchObject({ dueOn: '2026-11-14', status: 'overdue' })
    const before = await count(healthRecords)
    for (const [form, message] of [
      [{ kind: 'SDQ', ...d('doneOn', '2026-09-01'), sdqScore: '41' }, 'The SDQ score is from 0 to 40'],
      [{ kind: 'SDQ', ...d('doneOn', '2026-09-01') }, 'Enter the SDQ score (0 to 40)'],
      [{ kind: 'DENTAL', ...d('doneOn', '2026-09-01'), sdqScore: '12' }, 'Only an SDQ has a score'],
      [{ kind: 'DENTAL', ...d('doneOn', '2026-06-01') }, 'not in care on this date'],
    ] as const) {
      const res = await kit.sw.post(`${url()}/health`, form)
      expect(res.statusCode).toBe(422)
      expect(res.body).toContain(message)
    }
    expect(await count(healthRecords)).toBe(before)
    expect(
      (
        await kit.sw.post(`${url()}/health`, {
          kind: 'INITIAL_HEALTH_ASSESSMENT',
          ...d('doneOn', '2026-07-27'),
        })
      ).statusCode,
    ).toBe(302)
    expect(
      (await kit.sw.post(`${url()}/health`, { kind: 'SDQ', ...d('doneOn', '2026-09-01'), sdqScore: '14' }))
        .statusCode,
    ).toBe(302)
    expect(await clockOf('IHA_20WD')).toMatchObject({ status: 'met' })
    // Aged 11: review health assessments every 12 months from the initial one (Sch 1 para 3).
    expect(await clockOf('RHA_12M')).toMatchObject({ dueOn: '2027-07-27', status: 'on_track' })
    expect(await clockOf('RHA_UNDER5_6M')).toBeUndefined()
  })

  it('records the OC2 facts once per year, and the SDQ reason only when there is no score', async () => {
    const withReason = await kit.sw.post(`${url()}/outcomes`, {
      collectionYear: '2027',
      convicted: '0',
      substanceMisuse: '0',
      sdqReason: 'SDQ2',
    })
    expect(withReason.statusCode).toBe(422)
    expect(withReason.body).toContain('An SDQ score was recorded in this year')
    expect(await count(claAnnualOutcomes)).toBe(0)
    expect(
      (
        await kit.sw.post(`${url()}/outcomes`, {
          collectionYear: '2027',
          convicted: '0',
          substanceMisuse: '1',
          interventionReceived: '1',
          interventionOffered: '1',
        })
      ).statusCode,
    ).toBe(302)
    const again = await kit.sw.post(`${url()}/outcomes`, { collectionYear: '2027', convicted: '1' })
    expect(again.statusCode).toBe(422)
    expect(again.body).toContain('already recorded: there is one record per child per year')
    expect(
      (await kit.sw.post(`${url()}/outcomes`, { collectionYear: '2026', convicted: '2' })).statusCode,
    ).toBe(422)
    expect(await count(claAnnualOutcomes)).toBe(1)
  })

  it('answers junk on every form with a 4xx, never a server error', async () => {
    const junk = {
      version: '99999999999999999999',
      collectionYear: 'NaN',
      sdqScore: '1e9',
      iroId: 'not-a-uuid',
      stage: '<script>',
      participation: "'; drop table children; --",
      'heldOn-day': '31',
      'heldOn-month': '2',
      'heldOn-year': '99999',
      notes: 'x'.repeat(6000),
      kind: 'SDQ',
    }
    for (const path of [
      'iro',
      'reviews',
      'escalations',
      'escalations/not-a-uuid',
      'escalations/00000000-0000-0000-0000-000000000000',
      'care-plan',
      'care-plan/actions',
      'placement-plan',
      'placement-plan/actions',
      'permanence',
      'education',
      'health',
      'outcomes',
    ])
      for (const client of [kit.sw, kit.iro]) {
        const res = await client.post(`${url()}/${path}`, junk)
        expect(res.statusCode, path).toBeGreaterThanOrEqual(400)
        expect(res.statusCode, path).toBeLessThan(500)
      }
  })
})

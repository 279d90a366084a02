import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import {
  carePeriods,
  children,
  claAnnualOutcomes,
  claReviews,
  iroEscalations,
} from '../../db/schema/index.js'
import { roleCodes, roleMay, type Action } from '../../access/index.js'
import { toActor } from '../auth/authService.js'
import { engines } from '../../../test/engines.js'
import { appAs } from '../../../test/harness.js'
import { d, lookedAfterChild } from './careReviewTestKit.js'

/** Care plans, reviews and the IRO, PEPs and health on both engines (CPPCR 2010; IRO Handbook 2010). */
describe.each(engines())('care plans and reviews on %s', (engine) => {
  const kit = lookedAfterChild(engine)
  const { url, clocks, clockOf, count } = kit

  it('computes the plan, review and health clocks from the real dates', async () => {
    const c = await clocks()
    expect(c.period?.startedOn).toBe('2026-07-01')
    expect(c.currentPlacementOn).toBe('2026-11-02')
    // Reg 4(2): 10 working days from 1 Jul is Wed 15 Jul; by 25 Nov that is 94 working days overdue.
    expect(await clockOf('CARE_PLAN_10WD')).toMatchObject({
      dueOn: '2026-07-15',
      status: 'overdue',
      daysLate: 94,
    })
    // Reg 9(2): 5 working days from the move on Mon 2 Nov is Mon 9 Nov.
    expect(await clockOf('PLACEMENT_PLAN_5WD')).toMatchObject({
      dueOn: '2026-11-09',
      status: 'overdue',
      daysLate: 12,
    })
    // Reg 33(1)(a): 20 working days from 1 Jul is Wed 29 Jul.
    expect(await clockOf('CLA_REVIEW_FIRST_20WD')).toMatchObject({ dueOn: '2026-07-29', status: 'overdue' })
    expect(await clockOf('IHA_20WD')).toMatchObject({ dueOn: '2026-07-29', status: 'overdue' })
    expect(c.nextReviewDue).toBe('2026-07-29')
    // More than 4 months in care with no permanence plan.
    expect(c.permanenceMissing).toBe(true)
  })

  it('shows the overview and every page, and says so when a child is not in care', async () => {
    const res = await kit.sw.get(url())
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('First looked-after child review within 20 working days')
    for (const page of [
      'iro',
      'care-plan',
      'placement-plan',
      'permanence',
      'education',
      'health',
      'outcomes',
    ])
      expect((await kit.sw.get(`${url()}/${page}`)).statusCode).toBe(200)
    const other = await kit.iro.get(`/children/${kit.ctx.fixtures.child.unallocated.id}/care-reviews`)
    expect(other.statusCode).toBe(200)
    expect(other.body).toContain('This child is not in care')
  })

  it('lets an IRO record a review, and refuses a social worker', async () => {
    expect(
      (await kit.sw.post(`${url()}/reviews`, { ...d('heldOn', '2026-07-28'), participation: 'PN1' }))
        .statusCode,
    ).toBe(403)
    expect(await count(claReviews)).toBe(0)
    const res = await kit.iro.post(`${url()}/reviews`, {
      ...d('heldOn', '2026-07-28'),
      participation: 'PN1',
      recommendations: 'Keep siblings together',
    })
    expect(res.statusCode).toBe(302)
    expect(await clockOf('CLA_REVIEW_FIRST_20WD')).toMatchObject({ status: 'met' })
    // Reg 33(1)(b): the second within 3 months of 28 Jul, so by 28 Oct; now overdue.
    expect(await clockOf('CLA_REVIEW_SECOND_3M')).toMatchObject({
      dueOn: '2026-10-28',
      status: 'overdue',
      daysLate: 28,
    })
  })

  it('refuses a review outside care, in the future, PN0 for a child of 4 or over, or twice in a day, saving nothing', async () => {
    const before = await count(claReviews)
    const cases: [Record<string, string>, string][] = [
      [{ ...d('heldOn', '2026-06-15'), participation: 'PN1' }, 'not in care on this date'],
      [{ ...d('heldOn', '2026-12-01'), participation: 'PN1' }, 'must be today or in the past'],
      [{ ...d('heldOn', '2026-10-20'), participation: 'PN0' }, 'PN0 is only for a child aged under 4'],
      [{ ...d('heldOn', '2026-07-28'), participation: 'PN2' }, 'already recorded on this date'],
      [{ ...d('heldOn', '2026-10-20'), participation: 'PN9' }, 'PN0 to PN7'],
    ]
    for (const [form, message] of cases) {
      const res = await kit.iro.post(`${url()}/reviews`, form)
      expect(res.statusCode).toBe(422)
      expect(res.body).toContain(message)
    }
    expect(await count(claReviews)).toBe(before)
    // The error summary links to the posted form's own field, and the input is kept.
    const res = await kit.iro.post(`${url()}/reviews`, {
      ...d('heldOn', '2026-10-20'),
      participation: 'PN0',
      recommendations: 'Kept text',
    })
    for (const html of ['href="#review-participation"', 'id="review-participation"', 'Kept text'])
      expect(res.body).toContain(html)
    const dated = await kit.iro.post(`${url()}/reviews`, {
      ...d('heldOn', '2026-06-15'),
      participation: 'PN1',
    })
    for (const html of ['href="#review-heldOn-day"', 'id="review-heldOn-day"'])
      expect(dated.body).toContain(html)
  })

  it('accepts PN0 for a child under 4 on the review date', async () => {
    const young = kit.ctx.fixtures.child.unallocated.id
    await kit.ctx.database.db
      .update(children)
      .set({ dateOfBirth: '2024-02-10' })
      .where(eq(children.id, young))
    await kit.ctx.database.db
      .insert(carePeriods)
      .values({ childId: young, startedOn: '2026-10-01', createdBy: kit.ctx.fixtures.user.iro.id })
    const res = await kit.iro.post(`/children/${young}/care-reviews/reviews`, {
      ...d('heldOn', '2026-10-28'),
      participation: 'PN0',
    })
    expect(res.statusCode).toBe(302)
    // 903 rule 441: a child under 4 takes PN0, not a code for an older child.
    const older = await kit.iro.post(`/children/${young}/care-reviews/reviews`, {
      ...d('heldOn', '2026-11-02'),
      participation: 'PN1',
    })
    expect(older.statusCode).toBe(422)
    expect(older.body).toContain('the participation code is PN0')
    // 903 rule 188: no SDQ reason for a child under 4 at the end of the year; nothing saved.
    const oc2 = kit.ctx.deps.services.careHealth.recordOutcome(toActor(kit.ctx.fixtures.user.iro), young, {
      collectionYear: 2027,
      sdqReason: 'SDQ1',
    })
    await expect(oc2).rejects.toMatchObject({
      status: 422,
      fieldErrors: { sdqReason: expect.stringContaining('rule 188') },
    })
    expect(
      await kit.ctx.database.db.select().from(claAnnualOutcomes).where(eq(claAnnualOutcomes.childId, young)),
    ).toEqual([])
  })

  it('allocates an IRO (one live allocation) and refuses a user who is not an IRO', async () => {
    const wrong = await kit.iro.post(`${url()}/iro`, {
      iroId: kit.ctx.fixtures.user.social_worker.id,
      ...d('startDate', '2026-07-02'),
    })
    expect(wrong.statusCode).toBe(422)
    expect(wrong.body).toContain('Select an independent reviewing officer from the list')
    expect(
      (
        await kit.iro.post(`${url()}/iro`, {
          iroId: kit.ctx.fixtures.user.iro.id,
          ...d('startDate', '2026-07-02'),
        })
      ).statusCode,
    ).toBe(302)
    expect(
      (
        await kit.iro.post(`${url()}/iro`, {
          iroId: kit.ctx.fixtures.user.iro.id,
          ...d('startDate', '2026-08-02'),
        })
      ).statusCode,
    ).toBe(422)
    expect((await kit.sw.get(`${url()}/iro`)).body).toContain('Test Independent reviewing officer')
  })

  it('raises and resolves an IRO escalation, with versions', async () => {
    expect(
      (
        await kit.sw.post(`${url()}/escalations`, {
          ...d('raisedOn', '2026-11-20'),
          stage: 'INFORMAL',
          concern: 'Drift',
        })
      ).statusCode,
    ).toBe(403)
    expect(
      (
        await kit.iro.post(`${url()}/escalations`, {
          ...d('raisedOn', '2026-11-20'),
          stage: 'INFORMAL',
          concern: 'Second review overdue',
        })
      ).statusCode,
    ).toBe(302)
    const [esc] = await kit.ctx.database.db
      .select()
      .from(iroEscalations)
      .where(eq(iroEscalations.childId, kit.childId))
    const half = await kit.iro.post(`${url()}/escalations/${esc!.id}`, {
      version: '1',
      stage: 'TEAM_MANAGER',
      resolution: 'Review booked',
    })
    expect(half.statusCode).toBe(422)
    expect(half.body).toContain('Enter the date the concern was resolved')
    expect(
      (await kit.iro.post(`${url()}/escalations/${esc!.id}`, { version: '1', stage: 'TEAM_MANAGER' }))
        .statusCode,
    ).toBe(302)
    expect(
      (await kit.iro.post(`${url()}/escalations/${esc!.id}`, { version: '1', stage: 'SERVICE_MANAGER' }))
        .statusCode,
    ).toBe(409)
    expect(
      (
        await kit.iro.post(`${url()}/escalations/${esc!.id}`, {
          version: '2',
          stage: 'TEAM_MANAGER',
          ...d('resolvedOn', '2026-11-24'),
          resolution: 'Review booked for 1 Dec',
        })
      ).statusCode,
    ).toBe(302)
    const [after] = await kit.ctx.database.db
      .select()
      .from(iroEscalations)
      .where(eq(iroEscalations.id, esc!.id))
    expect(after).toMatchObject({
      stage: 'TEAM_MANAGER',
      resolvedOn: '2026-11-24',
      resolution: 'Review booked for 1 Dec',
      version: 3,
    })
  })

  it('gives each role exactly the care-review routes its actions allow', async () => {
    const routes = kit.ctx.app.routeTable.filter((r) => r.url.startsWith('/children/:id/care-reviews'))
    expect(routes.length).toBeGreaterThanOrEqual(20)
    const failures: string[] = []
    for (const role of roleCodes) {
      const client = await appAs(kit.ctx, role)
      for (const route of routes) {
        const target = route.url
          .replace(':id', kit.ctx.fixtures.child.unallocated.id)
          .replace(':escalationId', '00000000-0000-0000-0000-000000000000')
        const res = route.method === 'GET' ? await client.get(target) : await client.post(target, {})
        const allowed = roleMay(role, route.access as Action)
        if (!allowed && res.statusCode !== 403)
          failures.push(`${role} ${route.method} ${route.url}: expected 403, got ${res.statusCode}`)
        if (allowed && (res.statusCode === 403 || res.statusCode >= 500))
          failures.push(`${role} ${route.method} ${route.url}: allowed but got ${res.statusCode}`)
      }
    }
    expect(failures).toEqual([])
  }, 120_000)

  it('hides another team’s child from a team-A social worker', async () => {
    const other = kit.ctx.fixtures.child.otherTeam.id
    expect((await kit.sw.get(`/children/${other}/care-reviews`)).statusCode).toBe(404)
    expect((await kit.sw.get(`/children/${other}/care-reviews/health`)).statusCode).toBe(404)
    expect(
      (await kit.sw.post(`/children/${other}/care-reviews/care-plan`, d('startDate', '2026-11-01')))
        .statusCode,
    ).toBe(404)
    await expect(
      kit.ctx.deps.services.careReviews.overview(toActor(kit.ctx.fixtures.user.social_worker), other),
    ).rejects.toMatchObject({ status: 404 })
  })
})

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateXML } from 'xmllint-wasm'
import { auditEvents, staffProfiles, teamEstablishments, users } from '../../db/schema/index.js'
import { engines } from '../../../test/engines.js'
import { appAs, createTestContext, type TestContext } from '../../../test/harness.js'
import { buildWorkforceCensusXml, censusReferenceDate, placeholderSweNo, reasonLeaveCode, type CensusStaff } from './workforceCensus.js'
import { monthEnds, summariseMeasures, workforceMeasures, type StaffFact } from './workforceMeasures.js'

// The DfE XSD ships in schemas/ (schemas/README.md gives its source), so this runs on a fresh clone.
const xsdPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../schemas/workforce-census/social_work_workforce_2022.xsd')

async function validate(xml: string) {
  const schema = readFileSync(xsdPath, 'utf8')
  const result = await validateXML({ xml: { fileName: 'csww.xml', contents: xml }, schema: { fileName: 'csww.xsd', contents: schema } })
  return result.errors.map((e) => e.message)
}

const staff = (over: Partial<StaffFact> & { userId: string }): StaffFact => ({ role: 'social_worker', fte: 1, employment: 'PERMANENT', startedOn: '2020-01-01', leftOn: null, ...over })

describe('workforce measures (pure)', () => {
  it('gives the last day of each of 12 months, today for the current one', () => {
    const months = monthEnds('2026-11-25')
    expect(months).toHaveLength(12)
    expect(months[0]).toEqual({ month: '2025-12', asAt: '2025-12-31' })
    expect(months[2]).toEqual({ month: '2026-02', asAt: '2026-02-28' })
    expect(months[11]).toEqual({ month: '2026-11', asAt: '2026-11-25' })
  })

  it('counts turnover, agency rate, vacancy rate and average caseload at each month end', () => {
    const people = [
      staff({ userId: 'a' }),
      staff({ userId: 'b', fte: 0.5 }),
      staff({ userId: 'c', employment: 'AGENCY' }),
      staff({ userId: 'd', role: 'front_door' }),
      staff({ userId: 'e', leftOn: '2026-06-15', startedOn: '2019-01-01' }),
      staff({ userId: 'f', startedOn: '2026-10-01' }),
    ]
    const months = [{ month: '2026-05', asAt: '2026-05-31' }, { month: '2026-11', asAt: '2026-11-25' }]
    const [may, nov] = workforceMeasures({ staff: people, fundedFte: 6, liveAllocations: new Map([['2026-05-31', 40], ['2026-11-25', 36]]), months })
    expect(may).toMatchObject({ headcount: 5, fteInPost: 4.5, leavers12m: 0, turnover: 0, agencyFte: 1, agencyRate: 0.2222, vacancyFte: 1.5, vacancyRate: 0.25, caseHoldingFte: 3.5, averageCaseload: 11.4 })
    // November: e left in June (1 leaver; headcount 5 a year before, 5 now), f started in October.
    expect(nov).toMatchObject({ headcount: 5, fteInPost: 4.5, leavers12m: 1, turnover: 0.2, vacancyRate: 0.25, liveAllocations: 36, averageCaseload: 10.3 })
    expect(summariseMeasures([may!, nov!])).toContain('Turnover over the last 12 months was 20%')
  })

  it('leaves rates unknown rather than dividing by nothing', () => {
    const [m] = workforceMeasures({ staff: [], fundedFte: null, liveAllocations: new Map(), months: [{ month: '2026-11', asAt: '2026-11-25' }] })
    expect(m).toMatchObject({ turnover: null, agencyRate: null, vacancyRate: null, averageCaseload: null })
  })
})

describe('the workforce census XML', () => {
  const worker = (over: Partial<CensusStaff> & { userId: string }): CensusStaff => ({ role: 'social_worker', fte: 1, employment: 'PERMANENT', asye: false, startedOn: '2020-01-01', leftOn: null, leavingReason: null, awayFrom: null, awayUntil: null, cases: 12, ...over })
  const sample = [
    worker({ userId: '5b0c6a1e-1111-4222-8333-444455556666' }),
    worker({ userId: '6b0c6a1e-1111-4222-8333-444455556666', employment: 'AGENCY', fte: 0.8 }),
    worker({ userId: '7b0c6a1e-1111-4222-8333-444455556666', role: 'team_manager', cases: 0, awayFrom: '2026-09-01', awayUntil: '2026-10-31' }),
    worker({ userId: '8b0c6a1e-1111-4222-8333-444455556666', leftOn: '2026-03-01', leavingReason: 'Resignation' }),
    worker({ userId: '9b0c6a1e-1111-4222-8333-444455556666', asye: true, startedOn: '2026-07-01', fte: 0.6 }),
    worker({ userId: 'ab0c6a1e-1111-4222-8333-444455556666', leftOn: '2024-03-01', leavingReason: 'Retired' }),
    worker({ userId: 'bb0c6a1e-1111-4222-8333-444455556666', role: 'personal_adviser' }),
  ]

  it('has the reference date, codes and placeholder numbers it should', () => {
    expect(censusReferenceDate('2026-11-25')).toBe('2026-09-30')
    expect(censusReferenceDate('2026-09-29')).toBe('2025-09-30')
    expect(reasonLeaveCode('Resignation')).toBe('1')
    expect(reasonLeaveCode('Moved to a non-child and family social work role within the LA')).toBe('7')
    expect(reasonLeaveCode(null)).toBe('10')
    expect(placeholderSweNo(sample[0]!.userId)).toMatch(/^SW\d{10}$/)
    const { xml, workers } = buildWorkforceCensusXml({ staff: sample, fundedFte: 5, laCode: '999', referenceDate: '2026-09-30', generatedAt: new Date('2026-11-25T10:00:00Z') })
    // The 2024 leaver and the personal adviser are not in the 2026 census.
    expect(workers).toBe(5)
    expect(xml).toContain('<LALevelVacancies><NumberOfVacancies>2.40</NumberOfVacancies><NoAgencyFTE>0.80</NoAgencyFTE><NoAgencyHeadcount>1</NoAgencyHeadcount></LALevelVacancies>')
    expect(xml).toContain('<RoleEndDate>2026-03-01</RoleEndDate><ReasonLeave>1</ReasonLeave>')
    expect(xml).toContain('<StartOrigin>1</StartOrigin>')
    expect(xml).toContain('<OrgRole>3</OrgRole>')
  })

  it('validates against the DfE 2022 XSD', async () => {
    const { xml } = buildWorkforceCensusXml({ staff: sample, fundedFte: 5, laCode: '999', referenceDate: '2026-09-30', generatedAt: new Date('2026-11-25T10:00:00Z') })
    expect(await validate(xml)).toEqual([])
  })
})

describe.each(engines())('the workforce page and census export on %s', (engine) => {
  let ctx: TestContext
  beforeAll(async () => {
    ctx = await createTestContext(engine)
    const db = ctx.database.db
    const sw = ctx.fixtures.user.social_worker
    await db.insert(staffProfiles).values({ userId: sw.id, fte: '0.80', employment: 'AGENCY', startedOn: '2024-04-01' }).onConflictDoNothing()
    const [leaver] = await db.insert(users).values({ email: 'leaver.workforce@test.cairn', displayName: 'Synthetic Leaver', role: 'social_worker', teamId: ctx.fixtures.teams.teamA.id, passwordHash: 'x', active: false }).returning()
    await db.insert(staffProfiles).values({ userId: leaver!.id, startedOn: '2021-01-04', leftOn: '2026-05-29', leavingReason: 'Resignation' })
    await db.insert(teamEstablishments).values({ teamId: ctx.fixtures.teams.teamA.id, fundedFte: '12.00' }).onConflictDoNothing()
  })
  afterAll(() => ctx.close())

  it('measures each of the last 12 months from staff records and live allocations', async () => {
    const view = await ctx.deps.services.workforce.measures()
    expect(view.months).toHaveLength(12)
    const last = view.months[11]!
    const [{ n }] = (await ctx.database.db.execute<{ n: number }>(`select count(*)::int as n from allocations where end_date is null`)).rows as [{ n: number }]
    expect(last.liveAllocations).toBe(Number(n))
    expect(last.leavers12m).toBeGreaterThanOrEqual(1)
    expect(last.agencyFte).toBeGreaterThanOrEqual(0.8)
    expect(view.summary).toContain('Turnover over the last 12 months')
  })

  it('shows the page to leaders and analysts, and refuses a social worker', async () => {
    const page = await (await appAs(ctx, 'performance_analyst')).get('/workforce')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Average caseload')
    expect(page.body).toContain('/workforce/census.xml')
    expect((await (await appAs(ctx, 'social_worker')).get('/workforce')).statusCode).toBe(403)
  })

  it('downloads census XML that validates against the XSD, audited as an export', async () => {
    const res = await (await appAs(ctx, 'service_manager')).get('/workforce/census.xml')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="csww-\d{4}-09-30\.xml"/)
    expect(await validate(res.body)).toEqual([])
    const audited = await ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'workforce.censusExport'), eq(auditEvents.actorId, ctx.fixtures.user.service_manager.id)))
    expect(audited).toHaveLength(1)
    expect(audited[0]).toMatchObject({ kind: 'access', entityType: 'workforce_census' })
  })
})

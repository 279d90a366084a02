import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase } from '../../test/db.js'
import { engines } from '../../test/engines.js'
import type { Database } from '../db/client.js'
import { users } from '../db/schema/index.js'
import { toActor } from '../features/auth/authService.js'
import { buildCensusXml } from '../returns/cin-census/build.js'
import { extractCensus } from '../returns/cin-census/extract.js'
import { parseCensus } from '../returns/cin-census/parse.js'
import { validateCensus, type CollectionYear } from '../returns/cin-census/validate.js'
import { validateAgainstXsd } from '../returns/cin-census/xsd.js'
import { seed } from './load.js'

/**
 * The demo council's 2026-27 CIN census, made from the synthetic casework, carries the
 * pre-proceedings module (CIN census guide 2026-27), passes the adapted schema, and raises no
 * ERROR finding; so does the 2025-26 return (issue 4: the generator's exports must be valid).
 */
describe.each(engines())('the synthetic council’s CIN census on %s', (engine) => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    await seed(database, { size: 'demo', seed: 11, today: '2027-04-01' })
  }, 240_000)
  afterAll(() => database.close())

  const run = async (collectionYear: CollectionYear) => {
    const [analyst] = await database.db
      .select()
      .from(users)
      .where(eq(users.role, 'performance_analyst'))
      .limit(1)
    const referenceDate = `20${collectionYear.slice(5, 7)}-03-31`
    const census = await extractCensus(database.db, toActor(analyst!), {
      collectionYear,
      laCode: '999',
      referenceDate,
      now: new Date('2027-04-01T09:00:00Z'),
    })
    const xml = buildCensusXml(census, { collectionYear, laCode: '999', referenceDate })
    return {
      census,
      xsd: await validateAgainstXsd(xml, collectionYear),
      findings: validateCensus(parseCensus(xml), { collectionYear, referenceDate }),
    }
  }

  it('2026-27: the module is returned, the file is schema-valid, and the module raises no ERROR finding', async () => {
    const { census, xsd, findings } = await run('2026-27')
    const modules = census.children.flatMap((c) => c.episodes.flatMap((e) => e.preProceedings))
    expect(modules.length).toBeGreaterThan(3)
    expect(modules.some((m) => m.reviewMeetingsCount !== null && Number(m.reviewMeetingsCount) > 0)).toBe(
      true,
    )
    expect(xsd).toMatchObject({ checked: true, valid: true, findings: [] })
    expect(findings.filter((f) => f.type === 'ERROR').map((f) => `${f.code} ${f.module}.${f.field}`)).toEqual([])
    expect(findings.filter((f) => ['8995Q', '9000Q'].includes(f.code))).toEqual([])
  }, 120_000)

  it('2025-26: the export from every synthetic record type is schema-valid and raises no ERROR finding (issue 4)', async () => {
    const { census, xsd, findings } = await run('2025-26')
    const episodes = census.children.flatMap((c) => c.episodes)
    // The return carries every module the casework makes, not an empty file that trivially passes.
    expect(episodes.some((e) => e.assessments.length > 0)).toBe(true)
    expect(episodes.some((e) => e.section47s.length > 0)).toBe(true)
    expect(episodes.some((e) => e.cpPlans.length > 0)).toBe(true)
    expect(episodes.some((e) => e.cinPlans.length > 0)).toBe(true)
    expect(episodes.some((e) => e.reasonForClosure === 'RC8')).toBe(true)
    expect(xsd).toMatchObject({ checked: true, valid: true, findings: [] })
    expect(findings.filter((f) => f.type === 'ERROR').map((f) => `${f.code} ${f.module}.${f.field}`)).toEqual([])
  }, 120_000)
})

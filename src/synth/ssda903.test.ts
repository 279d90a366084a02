import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase } from '../../test/db.js'
import { engines } from '../../test/engines.js'
import { systemActor } from '../access/actor.js'
import type { Database } from '../db/client.js'
import { extractReturn } from '../returns/ssda903/extract.js'
import { validateReturn } from '../returns/ssda903/validate.js'
import { returnXml } from '../returns/ssda903/xml.js'
import { validate903Xml } from '../returns/ssda903/xsd.js'
import { seed } from './load.js'

/**
 * The demo council's SSDA903 returns for 2025-26 and 2026-27, made from the synthetic casework
 * (children in care, care leavers, missing, adoption, social worker episodes), pass the adapted
 * schema and raise no ERROR finding from our 903 rules (issue 5: the generator's export is valid).
 */
describe.each(engines())('the synthetic council’s SSDA903 return on %s', (engine) => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    await seed(database, { size: 'demo', seed: 11, today: '2027-04-01' })
  }, 240_000)
  afterAll(() => database.close())

  it.each([2026, 2027])('year ending %i: schema-valid, every table that applies filled, no ERROR finding', async (year) => {
    const ret = await extractReturn(database.db, year, { ...systemActor, role: 'performance_analyst' })
    expect(ret.Header.length).toBeGreaterThan(40)
    expect(ret.Episodes.length).toBeGreaterThan(ret.Header.length / 2)
    expect(ret.Reviews.length).toBeGreaterThan(0)
    expect(ret.PrevPerm.length).toBeGreaterThan(0)
    expect(ret.SWEpisodes.length).toBeGreaterThan(0)
    expect((await validate903Xml(returnXml(ret))).valid).toBe(true)
    const errors = validateReturn(ret, year).filter((f) => f.type === 'ERROR')
    expect(errors.map((f) => `${f.code} ${f.child}`)).toEqual([])
  })
})

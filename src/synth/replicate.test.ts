import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase } from '../../test/db.js'
import { toActor } from '../features/auth/authService.js'
import type { Database } from '../db/client.js'
import { users } from '../db/schema/index.js'
import { kpiCatalogue, periodOf } from '../domain/kpis/index.js'
import { kpiEngine } from '../features/performance/kpiEngine.js'
import { seed } from './load.js'
import { KPI_TABLES, replicate } from './replicate.js'

// The england fast path is PostgreSQL only (replicate.ts), so this runs on PostgreSQL alone.
describe('replicating a council inside PostgreSQL (the england size)', () => {
  let database: Database
  const before = new Map<string, number>()
  const count = async (table: string) => Number(((await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))).rows[0] as { n: number }).n)
  const period = periodOf('ytd', '2025-06', '2025-06-30')
  const director = async () => toActor((await database.db.select().from(users).where(sql`${users.role} = 'dcs'`).limit(1))[0]!)

  beforeAll(async () => {
    database = await openTestDatabase('postgres')
    await seed(database, { size: 'demo', seed: 5, today: '2025-06-30' })
    for (const t of KPI_TABLES) before.set(t, await count(t))
  }, 120_000)
  afterAll(() => database.close())

  it('triples every KPI table with two copies, and each authority-wide KPI count triples with it', async () => {
    const actor = await director()
    const engine = kpiEngine(database.db)
    const once = await engine.count(kpiCatalogue, period, actor, 'authority')
    const result = await replicate(database, 2)
    for (const t of KPI_TABLES) expect(await count(t), t).toBe(3 * before.get(t)!)
    expect(result.rowsAdded).toBe(2 * [...before.values()].reduce((a, b) => a + b, 0))
    const thrice = await engine.count(kpiCatalogue, period, actor, 'authority')
    for (const kpi of kpiCatalogue) {
      const [a] = once.get(kpi.id)!
      const [b] = thrice.get(kpi.id)!
      expect(b!.count.denominator, kpi.id).toBe(3 * a!.count.denominator)
      expect(b!.count.numerator, kpi.id).toBe(3 * a!.count.numerator)
    }
  }, 120_000)

  it('keeps every copy’s references inside the copy and its unique keys distinct', async () => {
    // Foreign keys were not checked while copying: check the main ones now.
    const dangling = await database.db.execute(sql`select
      (select count(*) from referrals r where not exists (select 1 from children c where c.id = r.child_id))::int as referrals,
      (select count(*) from allocations a where not exists (select 1 from users u where u.id = a.worker_id))::int as allocations,
      (select count(*) from users u where u.team_id is not null and not exists (select 1 from teams t where t.id = u.team_id))::int as users,
      (select count(*) from assessments a where not exists (select 1 from referrals r where r.id = a.referral_id and r.child_id = a.child_id))::int as assessments`)
    expect(dangling.rows[0]).toEqual({ referrals: 0, allocations: 0, users: 0, assessments: 0 })
    const refs = await database.db.execute(sql`select count(distinct child_ref)::int as refs, count(*)::int as n from children`)
    const row = refs.rows[0] as { refs: number; n: number }
    expect(row.refs).toBe(row.n)
  })

  it('refuses PGlite and a copy count that is not a whole number', async () => {
    await expect(replicate({ ...database, engine: 'pglite' }, 1)).rejects.toThrow(/PostgreSQL/)
    await expect(replicate(database, 0)).rejects.toThrow(RangeError)
  })
})

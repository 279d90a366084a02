import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase } from '../../test/db.js'
import { engines } from '../../test/engines.js'
import { roles } from '../access/roles.js'
import type { Database } from '../db/client.js'
import {
  assessments,
  auditEvents,
  contacts,
  cpConferences,
  s47Enquiries,
  users,
  visits,
} from '../db/schema/index.js'
import { verifyPassword } from '../features/auth/passwords.js'
import { DEMO_PASSWORD, seed, type SeedResult } from './load.js'

describe.each(engines())('seeding the demo council on %s', (engine) => {
  let database: Database
  let first: SeedResult
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    first = await seed(database, { size: 'demo', seed: 5, today: '2025-06-30' })
  })
  afterAll(() => database.close())

  it('inserts every generated row and returns one demo login per role', async () => {
    expect(first.skipped).toBe(false)
    const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(contacts)
    expect(Number(row?.n)).toBe(first.counts.contacts)
    expect(first.demoLogins.map((l) => l.role).sort()).toEqual(roles.map((r) => r.code).sort())
    for (const login of first.demoLogins) expect(login.password).toBe(DEMO_PASSWORD)
  })

  it('inserts the casework tables, text arrays included', async () => {
    const count = async (table: typeof visits | typeof assessments | typeof cpConferences) =>
      Number((await database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n)
    expect(await count(assessments)).toBe(first.counts.assessments)
    expect(await count(cpConferences)).toBe(first.counts.cpConferences)
    expect(await count(visits)).toBe(first.counts.visits)
    const [row] = await database.db
      .select({ factors: assessments.factors })
      .from(assessments)
      .where(sql`cardinality(${assessments.factors}) > 1`)
      .limit(1)
    expect(row?.factors.length).toBeGreaterThan(1)
    const [s47] = await database.db.select({ n: sql<number>`count(*)::int` }).from(s47Enquiries)
    expect(Number(s47?.n)).toBe(first.counts.s47Enquiries)
  })

  it('stores a working password hash and keeps instants exact', async () => {
    const [user] = await database.db
      .select()
      .from(users)
      .where(eq(users.email, 'social.worker@demo.cairn.test'))
    expect(user?.isDemo).toBe(true)
    expect(await verifyPassword(user?.passwordHash ?? '', DEMO_PASSWORD)).toBe(true)
    const [late] = await database.db
      .select()
      .from(contacts)
      .orderBy(sql`${contacts.receivedAt} desc`)
      .limit(1)
    expect(late && late.recordedAt.getTime() >= late.receivedAt.getTime()).toBe(true)
  })

  it('writes one audit row for the seed, by the system actor', async () => {
    const rows = await database.db.select().from(auditEvents).where(eq(auditEvents.action, 'seed'))
    expect(rows).toHaveLength(1)
    expect(rows[0]?.actorId).toBe('00000000-0000-0000-0000-000000000000')
    expect((rows[0]?.detail as { counts: { children: number } }).counts.children).toBe(first.counts.children)
  })

  it('is idempotent: a second run inserts nothing and reads the demo logins back', async () => {
    const second = await seed(database, { size: 'demo', seed: 99, today: '2025-06-30' })
    expect(second.skipped).toBe(true)
    expect(second.counts).toEqual(first.counts)
    expect(second.demoLogins).toEqual(first.demoLogins)
  })
})

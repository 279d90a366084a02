import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { roleMay } from '../../access/actions.js'
import { roles } from '../../access/roles.js'
import { recordAccess } from '../../audit/auditLog.js'
import { auditEvents, users } from '../../db/schema/index.js'
import { csvCell, toCsv } from '../../http/csv.js'
import { appAs, createTestContext, type Client, type TestContext } from '../../../test/harness.js'
import { toActor } from '../auth/authService.js'

describe('csv cells', () => {
  it('prefixes every formula-starting character with a single quote', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/)
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a "quoted", value')).toBe('"a ""quoted"", value"')
    expect(toCsv([['=HYPERLINK("x")', 2]])).toBe(`"'=HYPERLINK(""x"")",2\r\n`)
  })
})

describe('audit viewer', () => {
  let ctx: TestContext
  let dpo: Client
  beforeAll(async () => {
    ctx = await createTestContext('pglite')
    dpo = await appAs(ctx, 'data_protection')
  })
  afterAll(() => ctx.close())

  const rowsIn = (html: string) => (html.match(/<tr class="govuk-table__row">/g)?.length ?? 1) - 1
  const accessRows = (action: string) => ctx.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.actorId, ctx.fixtures.user.data_protection.id)))

  it('lists who looked at a child, by child ID or by UUID, and audits the viewing', async () => {
    const sw = await appAs(ctx, 'social_worker')
    expect((await sw.get(`/children/${ctx.fixtures.child.own.id}`)).statusCode).toBe(200)
    for (const child of ['testchild1', ctx.fixtures.child.own.id]) {
      const res = await dpo.get(`/audit?child=${child}`)
      expect(res.statusCode).toBe(200)
      expect(res.body).toContain('Who looked at or changed child TESTCHILD1')
      expect(res.body).toContain('Test Social worker')
      expect(res.body).toContain('<code>child.view</code>')
    }
    const viewed = await accessRows('audit.view')
    expect(viewed.filter((e) => e.childId === ctx.fixtures.child.own.id).length).toBeGreaterThanOrEqual(2)
  })

  it('shows what a user did, with a readable before → after for writes', async () => {
    const admin = await appAs(ctx, 'admin')
    await admin.post(`/admin/users/${ctx.fixtures.user.qa_officer.id}`, { version: '1', role: 'dcs', teamId: '', active: 'yes' })
    const res = await dpo.get('/audit?email=ADMIN@test.cairn')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<code>user.update</code>')
    expect(res.body).toContain('<strong>Role</strong>: qa_officer → dcs')
  })

  it('pages 50 events at a time, newest first', async () => {
    const actor = toActor(ctx.fixtures.user.iro)
    for (let i = 0; i < 60; i++) await recordAccess(ctx.database.db, actor, { action: 'child.view', entityType: 'child', entityId: ctx.fixtures.child.unallocated.id, childId: ctx.fixtures.child.unallocated.id })
    const first = await dpo.get('/audit?child=TESTCHILD3')
    expect(rowsIn(first.body)).toBe(50)
    expect(first.body).toContain('href="/audit?child=TESTCHILD3&amp;page=2"')
    const second = await dpo.get('/audit?child=TESTCHILD3&page=2')
    // 60 views plus the first page's own audit.view, which carries the child's id.
    expect(rowsIn(second.body)).toBe(11)
  })

  it('an unknown or malformed child ID is a field error with the input kept, and the lookup is still audited', async () => {
    const before = (await accessRows('audit.view')).length
    const unknown = await dpo.get('/audit?child=NOSUCHKID1')
    expect(unknown.statusCode).toBe(422)
    expect(unknown.body).toContain('No child has this ID')
    expect(unknown.body).toContain('value="NOSUCHKID1"')
    expect((await accessRows('audit.view')).length).toBe(before + 1)
    const bad = await dpo.get('/audit?child=%3Cscript%3E')
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('Enter a child ID of 10 letters or numbers')
    expect(bad.body).not.toContain('<script>')
  })

  it('exports the same query as CSV, escapes formulas, and audits the export', async () => {
    // A display name an attacker might choose, to run when the export is opened in a spreadsheet.
    await ctx.database.db.update(users).set({ displayName: '=HYPERLINK("https://evil.example","x")' }).where(eq(users.id, ctx.fixtures.user.front_door.id))
    const fd = await appAs(ctx, 'front_door')
    await fd.get(`/children/${ctx.fixtures.child.own.id}`)
    const res = await dpo.get('/audit/export.csv?child=TESTCHILD1')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/csv')
    expect(res.headers['content-disposition']).toBe('attachment; filename="audit-child-TESTCHILD1.csv"')
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe('When (UTC),Who,Role,Kind,Action,Entity type,Entity ID,Child ID,Changes,Detail')
    expect(res.body).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`)
    expect(res.body).not.toMatch(/(^|,)=HYPERLINK/m)
    const exported = await accessRows('audit.export')
    expect(exported).toHaveLength(1)
    expect(exported[0]).toMatchObject({ kind: 'access', childId: ctx.fixtures.child.own.id })
  })

  it('an export with no query is refused', async () => {
    expect((await dpo.get('/audit/export.csv')).statusCode).toBe(422)
  })

  it('roles without audit.view get 403 on the viewer and the export', async () => {
    for (const role of roles.map((r) => r.code).filter((r) => !roleMay(r, 'audit.view'))) {
      const client = await appAs(ctx, role)
      expect((await client.get('/audit?child=TESTCHILD1')).statusCode, role).toBe(403)
      expect((await client.get('/audit/export.csv?child=TESTCHILD1')).statusCode, role).toBe(403)
    }
    expect((await (await appAs(ctx, 'admin')).get('/audit')).statusCode).toBe(200)
  })
})

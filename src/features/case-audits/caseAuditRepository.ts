import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { childListColumns, type Actor } from '../../access/index.js'
import type { Executor } from '../../db/executor.js'
import { auditProgrammes, auditTemplates, caseAuditActions, caseAudits, children, teams, users } from '../../db/schema/index.js'

const worker = alias(users, 'worker')
const auditor = alias(users, 'auditor')
const moderator = alias(users, 'moderator')
const owner = alias(users, 'owner')

/** Templates, programmes, case audits and their actions. Scope is checked by the service. */
export function caseAuditRepository(db: Executor) {
  const auditRows = (actor: Actor, where: SQL | undefined) =>
    db
      .select({ audit: caseAudits, ...childListColumns(actor), programmeName: auditProgrammes.name, programmeMonth: auditProgrammes.month, templateId: auditProgrammes.templateId, teamName: teams.name, workerName: worker.displayName, auditorName: auditor.displayName, moderatorName: moderator.displayName })
      .from(caseAudits)
      .innerJoin(children, eq(children.id, caseAudits.childId))
      .innerJoin(auditProgrammes, eq(auditProgrammes.id, caseAudits.programmeId))
      .leftJoin(teams, eq(teams.id, caseAudits.teamId))
      .leftJoin(worker, eq(worker.id, caseAudits.workerId))
      .leftJoin(auditor, eq(auditor.id, caseAudits.auditorId))
      .leftJoin(moderator, eq(moderator.id, caseAudits.moderatorId))
      .where(where)
      .orderBy(desc(auditProgrammes.month), asc(children.lastName), asc(caseAudits.id))

  return {
    templates: () => db.select().from(auditTemplates).orderBy(sql`${auditTemplates.retiredAt} is not null`, asc(auditTemplates.name), desc(auditTemplates.createdAt)),
    template: async (id: string) => (await db.select().from(auditTemplates).where(eq(auditTemplates.id, id)))[0],
    insertTemplate: async (v: typeof auditTemplates.$inferInsert) => (await db.insert(auditTemplates).values(v).returning())[0]!,
    retireTemplate: async (id: string, at: Date) => (await db.update(auditTemplates).set({ retiredAt: at }).where(and(eq(auditTemplates.id, id), isNull(auditTemplates.retiredAt))).returning())[0],

    programmes: () =>
      db
        .select({ programme: auditProgrammes, templateName: auditTemplates.name, audits: sql<number>`(select count(*)::int from case_audits a where a.programme_id = ${auditProgrammes.id})`, done: sql<number>`(select count(*)::int from case_audits a where a.programme_id = ${auditProgrammes.id} and a.status <> 'ASSIGNED')` })
        .from(auditProgrammes)
        .innerJoin(auditTemplates, eq(auditTemplates.id, auditProgrammes.templateId))
        .orderBy(desc(auditProgrammes.month), desc(auditProgrammes.createdAt)),
    programme: async (id: string) => (await db.select({ programme: auditProgrammes, templateName: auditTemplates.name }).from(auditProgrammes).innerJoin(auditTemplates, eq(auditTemplates.id, auditProgrammes.templateId)).where(eq(auditProgrammes.id, id)))[0],
    insertProgramme: async (v: typeof auditProgrammes.$inferInsert) => (await db.insert(auditProgrammes).values(v).returning())[0]!,

    audits: auditRows,
    audit: async (actor: Actor, id: string) => (await auditRows(actor, eq(caseAudits.id, id)))[0],
    /** Version-checked: undefined when someone else saved first or the audit has moved on. */
    complete: async (id: string, version: number, v: Partial<typeof caseAudits.$inferInsert>) =>
      (await db.update(caseAudits).set({ ...v, status: 'COMPLETED', version: sql`${caseAudits.version} + 1` }).where(and(eq(caseAudits.id, id), eq(caseAudits.version, version), eq(caseAudits.status, 'ASSIGNED'))).returning())[0],
    moderate: async (id: string, version: number, v: Partial<typeof caseAudits.$inferInsert>) =>
      (await db.update(caseAudits).set({ ...v, status: 'MODERATED', version: sql`${caseAudits.version} + 1` }).where(and(eq(caseAudits.id, id), eq(caseAudits.version, version), eq(caseAudits.status, 'COMPLETED'))).returning())[0],

    actionsOf: (auditIds: string[]) =>
      auditIds.length
        ? db.select({ action: caseAuditActions, ownerName: owner.displayName }).from(caseAuditActions).innerJoin(owner, eq(owner.id, caseAuditActions.ownerId)).where(inArray(caseAuditActions.caseAuditId, auditIds)).orderBy(asc(caseAuditActions.dueOn), asc(caseAuditActions.id))
        : Promise.resolve([]),
    action: async (id: string) => (await db.select().from(caseAuditActions).where(eq(caseAuditActions.id, id)))[0],
    insertActions: (v: (typeof caseAuditActions.$inferInsert)[]) => (v.length ? db.insert(caseAuditActions).values(v).returning() : Promise.resolve([])),
    markDone: async (id: string, version: number, at: Date) =>
      (await db.update(caseAuditActions).set({ status: 'DONE', completedAt: at, version: sql`${caseAuditActions.version} + 1` }).where(and(eq(caseAuditActions.id, id), eq(caseAuditActions.version, version), eq(caseAuditActions.status, 'OPEN'))).returning())[0],

    activeUsers: (ids: string[]) => (ids.length ? db.select({ id: users.id }).from(users).where(and(inArray(users.id, ids), eq(users.active, true))) : Promise.resolve([])),
    /** Who can own an action: the child's team, the worker and the auditor. */
    owners: (teamId: string | null, ids: string[]) =>
      db.select({ id: users.id, displayName: users.displayName }).from(users).where(and(eq(users.active, true), or(teamId ? eq(users.teamId, teamId) : undefined, ids.length ? inArray(users.id, ids) : undefined))).orderBy(asc(users.displayName)),
    teams: () => db.select({ id: teams.id, name: teams.name }).from(teams).orderBy(asc(teams.name)),
  }
}

export type AuditRow = NonNullable<Awaited<ReturnType<ReturnType<typeof caseAuditRepository>['audit']>>>
export type ActionRow = Awaited<ReturnType<ReturnType<typeof caseAuditRepository>['actionsOf']>>[number]

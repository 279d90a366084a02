import { and, asc, desc, eq, gte, isNull, lte, sql } from 'drizzle-orm'
import { childInScope, childListColumns, childListLabel, type Actor } from '../../access/index.js'
import type { AppDb } from '../../db/client.js'
import { allocations, children, exploitationScreenings, missingEpisodes, returnInterviews, teams } from '../../db/schema/index.js'
import type { Clock } from '../../domain/clock.js'
import { RHI_OFFERED_72H } from '../../domain/timescales/rules/missing.js'
import { REPEAT_MISSING_SCREENING, screeningDueSince } from './missingService.js'

/** MISSING: not yet returned. DUE: returned, not offered, within 72 hours. NOT_OFFERED: none within 72 hours. LATE: offered after 72 hours. IN_TIME. */
export const rhiStatuses = ['MISSING', 'DUE', 'NOT_OFFERED', 'LATE', 'IN_TIME'] as const
export type RhiStatus = (typeof rhiStatuses)[number]
/** The exception (issue 5 part 5): a returned episode with no return home interview offered within 72 hours. */
export const rhiExceptionStatuses: readonly RhiStatus[] = ['NOT_OFFERED', 'LATE']

export type MissingListFilters = { teamId?: string | undefined; status?: RhiStatus | undefined }

/** The RHI clock as SQL, one predicate for the list, the exception rows and any KPI (RHI_OFFERED_72H). */
function rhiSql(now: Date) {
  const due = sql`(${missingEpisodes.endedAt} + interval '1 hour' * ${RHI_OFFERED_72H.due.amount})`
  const at = sql`${now.toISOString()}::timestamptz`
  const status = sql<RhiStatus>`case when ${missingEpisodes.endedAt} is null then 'MISSING'
    when ${returnInterviews.offeredAt} is null then (case when ${at} > ${due} then 'NOT_OFFERED' else 'DUE' end)
    when ${returnInterviews.offeredAt} > ${due} then 'LATE' else 'IN_TIME' end`
  return { due, status }
}


export type MissingListRow = Awaited<ReturnType<ReturnType<typeof missingList>['episodes']>>[number]

/**
 * The live missing list in two queries: the episodes (still missing, or returned without an RHI in
 * time) and the children due an exploitation screening, each scoped to the actor's children.
 */
export function missingList(db: AppDb, clock: Clock) {
  // The child's team: its latest live allocation (one row per child, joined once rather than per episode).
  const live = db.selectDistinctOn([allocations.childId], { childId: allocations.childId, teamId: allocations.teamId }).from(allocations).where(isNull(allocations.endDate)).orderBy(allocations.childId, desc(allocations.startDate), allocations.id).as('live_team')
  async function episodes(actor: Actor, filters: MissingListFilters, statuses: readonly RhiStatus[]) {
    const now = clock.now()
    const { status } = rhiSql(now)
    const team = filters.teamId ? sql`exists (select 1 from allocations a where a.child_id = ${children.id} and a.end_date is null and a.team_id = ${filters.teamId})` : undefined
    const wanted = filters.status ? statuses.filter((s) => s === filters.status || s === 'MISSING') : statuses
    const rows = await db
      .select({
        ...childListColumns(actor), episodeId: missingEpisodes.id, kind: missingEpisodes.kind, startedAt: missingEpisodes.startedAt, endedAt: missingEpisodes.endedAt,
        whereFound: missingEpisodes.whereFound, offeredAt: returnInterviews.offeredAt, response: returnInterviews.response, status,
        teamId: teams.id, teamName: teams.name,
      })
      .from(missingEpisodes)
      .innerJoin(children, eq(children.id, missingEpisodes.childId))
      .leftJoin(returnInterviews, eq(returnInterviews.missingEpisodeId, missingEpisodes.id))
      .leftJoin(live, eq(live.childId, children.id))
      .leftJoin(teams, eq(teams.id, live.teamId))
      .where(and(childInScope(actor), team, sql`(${status}) in (${sql.join(wanted.map((s) => sql`${s}`), sql`, `)})`))
      .orderBy(desc(missingEpisodes.endedAt), desc(missingEpisodes.startedAt))
    return rows.map((r) => {
      const dueAt = r.endedAt ? new Date(r.endedAt.getTime() + RHI_OFFERED_72H.due.amount * 3_600_000) : null
      const lateTo = r.status === 'LATE' ? r.offeredAt : r.status === 'NOT_OFFERED' ? now : null
      return { ...r, childLabel: childListLabel(r), dueAt, hoursOverdue: dueAt && lateTo ? Math.floor((lateTo.getTime() - dueAt.getTime()) / 3_600_000) : 0 }
    })
  }

  async function screeningsDue(actor: Actor, filters: MissingListFilters) {
    const now = clock.now()
    const from = new Date(now.getTime() - REPEAT_MISSING_SCREENING.withinDays * 86_400_000)
    const team = filters.teamId ? sql`exists (select 1 from allocations a where a.child_id = ${children.id} and a.end_date is null and a.team_id = ${filters.teamId})` : undefined
    const rows = await db
      .select({
        ...childListColumns(actor), episodes: sql<number>`count(*)::int`, firstStart: sql<Date>`min(${missingEpisodes.startedAt})`.mapWith(missingEpisodes.startedAt),
        lastScreenedOn: sql<string | null>`(select max(${exploitationScreenings.screenedOn})::text from ${exploitationScreenings} where ${exploitationScreenings.childId} = ${children.id})`,
      })
      .from(missingEpisodes)
      .innerJoin(children, eq(children.id, missingEpisodes.childId))
      .where(and(childInScope(actor), team, gte(missingEpisodes.startedAt, from), lte(missingEpisodes.startedAt, now)))
      .groupBy(children.id)
      .having(sql`count(*) >= ${REPEAT_MISSING_SCREENING.episodes}`)
      .orderBy(asc(children.lastName), asc(children.firstName), asc(children.id))
    return rows.flatMap((r) => {
      const since = screeningDueSince(r.firstStart, r.lastScreenedOn)
      return since ? [{ ...r, childLabel: childListLabel(r), since }] : []
    })
  }

  return {
    episodes,
    screeningsDue,
    /** The whole page: currently missing, the RHI drill-down and children due a screening. */
    async list(actor: Actor, filters: MissingListFilters) {
      const [eps, due, teamList] = await Promise.all([episodes(actor, filters, ['MISSING', 'DUE', 'NOT_OFFERED', 'LATE']), screeningsDue(actor, filters), db.select({ id: teams.id, name: teams.name }).from(teams).orderBy(asc(teams.name))])
      return { missing: eps.filter((e) => e.status === 'MISSING'), rhi: eps.filter((e) => e.status !== 'MISSING'), screeningDue: due, teams: teamList }
    },
    /** Returned episodes with no RHI offered within 72 hours (for the list and a KPI: the same predicate). */
    rhiExceptions: (actor: Actor, filters: Omit<MissingListFilters, 'status'> = {}) => episodes(actor, filters, rhiExceptionStatuses),
  }
}

export type MissingList = ReturnType<typeof missingList>

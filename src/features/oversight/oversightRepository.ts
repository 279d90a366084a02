import { sql, type SQL } from 'drizzle-orm'
import { childInScope, restrictionLifted, type Actor } from '../../access/index.js'
import type { Executor } from '../../db/executor.js'
import { oversightRecords } from '../../db/schema/index.js'
import { recordedPoints, type PointCode, type RecordedPoint } from './oversightPoints.js'

/** Which gaps: one decision point, one team (or children with no live allocation), or all. */
export type GapFilter = { point?: PointCode | undefined; team?: string | undefined }

/** One gap as the query returns it: dates as ISO text, so both database drivers agree. */
export type GapRow = {
  point: PointCode; entityId: string; childId: string; childRef: string; firstName: string; lastName: string; restricted: boolean; unlocked: boolean
  workerName: string | null; teamId: string | null; teamName: string | null; decidedOn: string; daysSince: number
}
export type GapCount = { teamId: string | null; teamName: string | null; point: PointCode; count: number }

/**
 * Decisions with no oversight row, in the actor's scope (`childInScope`), as one set-based query: a
 * `union all` of each point's decisions, each child's current worker and team from a live allocation.
 */
function gapSource(actor: Actor, f: GapFilter): SQL {
  const branches = recordedPoints.filter((p) => !f.point || p.point === f.point).map((p) => sql.raw(p.select))
  const where = [
    sql`not exists (select 1 from oversight_records o where o.point = d.point and o.entity_id = d.entity_id)`,
    sql`d.decided_on is not null`,
    childInScope(actor),
  ]
  if (f.team === 'unallocated') where.push(sql`al.team_id is null`)
  else if (f.team) where.push(sql`al.team_id = ${f.team}::uuid`)
  return sql`from (${sql.join(branches, sql` union all `)}) as d (point, entity_type, entity_id, child_id, decided_on)
    join children on children.id = d.child_id
    left join lateral (select a.worker_id, a.team_id from allocations a where a.child_id = d.child_id and a.end_date is null order by a.start_date desc, a.id limit 1) al on true
    left join users w on w.id = al.worker_id
    left join teams t on t.id = al.team_id
    where ${sql.join(where, sql` and `)}`
}

export function oversightRepository(db: Executor) {
  return {
    async gaps(actor: Actor, f: GapFilter, today: string): Promise<GapRow[]> {
      const result = await db.execute<GapRow>(sql`
        select d.point, d.entity_id::text as "entityId", children.id::text as "childId", children.child_ref as "childRef", children.first_name as "firstName", children.last_name as "lastName",
          children.restricted, (${restrictionLifted(actor)}) as unlocked, w.display_name as "workerName", t.id::text as "teamId", t.name as "teamName",
          d.decided_on::text as "decidedOn", (${today}::date - d.decided_on)::int as "daysSince"
        ${gapSource(actor, f)}
        order by d.decided_on, d.entity_id
        limit 2000`)
      return result.rows
    },
    /** The same gaps counted per team and point, so the tracker's numbers are the lists' lengths. */
    async counts(actor: Actor): Promise<GapCount[]> {
      const result = await db.execute<GapCount>(sql`
        select t.id::text as "teamId", t.name as "teamName", d.point, count(*)::int as count
        ${gapSource(actor, {})}
        group by t.id, t.name, d.point`)
      return result.rows
    },
    async childOf(p: RecordedPoint, entityId: string): Promise<string | undefined> {
      const result = await db.execute<{ childId: string }>(sql`select child_id::text as "childId" from ${sql.identifier(p.table)} where id = ${entityId}::uuid`)
      return result.rows[0]?.childId
    },
    /** The date of the decision, or undefined while it has not been made. */
    async decidedOn(p: RecordedPoint, entityId: string): Promise<string | undefined> {
      const result = await db.execute<{ decidedOn: string }>(sql`select d.decided_on::text as "decidedOn" from (${sql.raw(p.select)}) as d (point, entity_type, entity_id, child_id, decided_on) where d.entity_id = ${entityId}::uuid and d.decided_on is not null`)
      return result.rows[0]?.decidedOn
    },
    recordsOf: (point: PointCode, entityId: string) =>
      db.execute<{ note: string; recordedAt: string; recordedBy: string }>(sql`
        select o.note, to_char(o.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "recordedAt", u.display_name as "recordedBy"
        from oversight_records o join users u on u.id = o.recorded_by where o.point = ${point} and o.entity_id = ${entityId}::uuid order by o.recorded_at`).then((r) => r.rows),
    insert: async (v: typeof oversightRecords.$inferInsert) => (await db.insert(oversightRecords).values(v).returning())[0]!,
    /** Teams for the tracker: every team, or only the actor's own for a team-scoped role. */
    teams: (teamId: string | null) =>
      db.execute<{ id: string; name: string }>(sql`select id::text as id, name from teams where ${teamId ? sql`id = ${teamId}::uuid` : sql`true`} order by name`).then((r) => r.rows),
  }
}

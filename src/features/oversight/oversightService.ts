import type { Actor } from '../../access/index.js'
import { scopeOfRole } from '../../access/roles.js'
import { recordAccess, recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import type { Clock } from '../../domain/clock.js'
import { notFound, ruleBroken } from '../../errors.js'
import type { ChildrenService } from '../children/childrenService.js'
import type { WorkItem } from '../work/workService.js'
import { pointCodes, pointOf, type PointCode } from './oversightPoints.js'
import { oversightRepository, type GapCount, type GapFilter } from './oversightRepository.js'
import type { OversightInput } from './oversightSchemas.js'

/** A team's work list (the Team work page's items), from the work service. */
type TeamWork = { team(actor: Actor): Promise<WorkItem[]> }

export type TrackerRow = { teamId: string | null; teamName: string; byPoint: Record<PointCode, number>; gaps: number; overdue: number | null }

/**
 * Management oversight at key decision points (issue 6 part 4). Leicester 2015 found "management
 * oversight was not recorded": here a manager records it against the decision, and a decision with
 * no oversight is a gap, listed and counted by team.
 */
export function oversightService(db: AppDb, clock: Clock, children: ChildrenService, work: TeamWork) {
  const repo = oversightRepository(db)

  /** The decision a record holds at a point, the child (in scope, or 404) and the oversight so far. */
  async function decision(actor: Actor, point: PointCode, entityId: string) {
    const p = pointOf(point)
    const childId = await repo.childOf(p, entityId)
    if (!childId) throw notFound('Record')
    const child = await children.requireAccessible(actor, childId)
    const [decidedOn, records] = await Promise.all([repo.decidedOn(p, entityId), repo.recordsOf(point, entityId)])
    return { point: p, child, decidedOn: decidedOn ?? null, records }
  }

  /** The overdue items of one team's work list; a team-scoped role sees only their own team. */
  async function overdue(actor: Actor, teamId: string) {
    if (scopeOfRole(actor.role) === 'team' && actor.teamId !== teamId) throw notFound('Team')
    return (await work.team({ ...actor, teamId })).filter((i) => i.status === 'overdue')
  }

  /** Counts per team from the gaps query, with each team's overdue items from its work list. */
  function trackerRows(counts: GapCount[], teams: { id: string; name: string }[], overdueByTeam: Map<string, number>): TrackerRow[] {
    const zero = () => Object.fromEntries(pointCodes.map((c) => [c, 0])) as Record<PointCode, number>
    const rows: TrackerRow[] = teams.map((t) => ({ teamId: t.id, teamName: t.name, byPoint: zero(), gaps: 0, overdue: overdueByTeam.get(t.id) ?? 0 }))
    const byTeam = new Map(rows.map((r) => [r.teamId, r]))
    for (const c of counts) {
      let row = byTeam.get(c.teamId)
      if (!row) {
        row = { teamId: c.teamId, teamName: c.teamName ?? 'No live allocation', byPoint: zero(), gaps: 0, overdue: null }
        byTeam.set(c.teamId, row)
        rows.push(row)
      }
      row.byPoint[c.point] += c.count
      row.gaps += c.count
    }
    return rows
  }

  const ownTeam = (actor: Actor) => (scopeOfRole(actor.role) === 'team' ? (actor.teamId ?? '00000000-0000-0000-0000-000000000000') : null)

  return {
    decision,
    /** The teams the actor's drill-downs offer: every team, or their own for a team-scoped role. */
    teams: (actor: Actor) => repo.teams(ownTeam(actor)),

    /** Gaps in scope, oldest decision first; viewing the list is audited. */
    async gaps(actor: Actor, filter: GapFilter) {
      const rows = await repo.gaps(actor, filter, clock.today())
      await recordAccess(db, actor, { action: 'oversight.gaps', entityType: 'list', detail: { ...filter, count: rows.length } })
      return rows
    },

    /**
     * Per team: oversight gaps by point, and overdue items (the Team work list's overdue count: the
     * statutory clocks of that team's children past their due date). A team-scoped manager sees their own team.
     */
    async tracker(actor: Actor) {
      const [counts, teams] = await Promise.all([repo.counts(actor), repo.teams(ownTeam(actor))])
      const overdueByTeam = new Map<string, number>()
      // One team at a time: each is a full work list, and the machine is shared.
      for (const t of teams) overdueByTeam.set(t.id, (await overdue(actor, t.id)).length)
      return trackerRows(counts, teams, overdueByTeam)
    },

    overdue,

    /** One transaction: the oversight row and its audit event, or nothing. */
    async record(actor: Actor, point: PointCode, entityId: string, input: OversightInput) {
      const d = await decision(actor, point, entityId)
      if (!d.decidedOn) throw ruleBroken('There is no decision to oversee yet: record oversight once the decision is made')
      return withTransaction(db, async (tx) => {
        const row = await oversightRepository(tx).insert({ childId: d.child.id, point, entityType: d.point.entityType, entityId, note: input.note, recordedBy: actor.id, recordedAt: clock.now() })
        await recordWrite(tx, actor, { action: 'oversight.record', entityType: 'oversight_record', entityId: row.id, childId: d.child.id, after: row })
        return row
      })
    },
  }
}

export type OversightService = ReturnType<typeof oversightService>

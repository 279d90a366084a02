import type { Actor } from '../../access/actor.js'
import { childListLabel } from '../../access/index.js'
import { scopeOfRole } from '../../access/roles.js'
import { recordAccess } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import type { Clock } from '../../domain/clock.js'
import { formatDate, formatDateTime } from '../../domain/format.js'
import { notFound } from '../../errors.js'
import type { AllocationService } from '../allocation/allocationService.js'
import type { CareLeaverListRow } from '../care-leavers/careLeaverList.js'
import type { ListFilter } from '../care-leavers/careLeaverSchemas.js'
import type { UnregisteredService } from '../care/unregisteredService.js'
import type { MissingList } from '../missing/missingList.js'
import type { SupervisionService } from '../supervision/supervisionService.js'
import type { WorkItem } from '../work/workService.js'
import { practiceExceptionRepository } from './practiceExceptionRepository.js'

/** The sections of the page, in the order an inspector would ask (issue 7 part 3). */
export const sectionKeys = ['overdue', 'missing', 'workers', 'supervision', 'unregistered', 'custody'] as const
export type SectionKey = (typeof sectionKeys)[number]

/** One child in one section, with what makes them an exception. */
export type ExceptionRow = { childId: string; childLabel: string; detail: string }

/** Statutory visits and reviews on the work list (CIN and CP visits, CIN plan and CP reviews, CLA visits and reviews). */
export const visitAndReviewKinds: readonly WorkItem['kind'][] = ['visit', 'plan_review', 'rcpc', 'care_visit', 'cla_review']

/** The existing lists this page reads: each section is the list its own page shows, never a copy of its predicate. */
export type ExceptionSources = {
  work: { team(actor: Actor): Promise<WorkItem[]> }
  allocation: Pick<AllocationService, 'workerChanges'>
  supervision: Pick<SupervisionService, 'unsupervised'>
  missingList: Pick<MissingList, 'rhiExceptions'>
  unregistered: Pick<UnregisteredService, 'list'>
  careLeaverList: (actor: Actor, f?: ListFilter) => Promise<CareLeaverListRow[]>
  /** The period with no case supervision that lists a child (the supervision list's default). */
  supervisionWeeks: number
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`

/** Several rows for one child (two overdue visits, say) become one row with both details. */
function perChild(rows: ExceptionRow[]): ExceptionRow[] {
  const byChild = new Map<string, ExceptionRow>()
  for (const r of rows) {
    const seen = byChild.get(r.childId)
    if (seen) seen.detail = `${seen.detail}; ${r.detail}`
    else byChild.set(r.childId, { ...r })
  }
  return [...byChild.values()]
}

/**
 * The practice exceptions page: by team, the children inspectors would ask about. Every section
 * comes from the list that already serves it (the work list's statutory clocks, the missing list's
 * RHI exceptions, the worker-change count, the supervision list, the unregistered list and the care
 * leavers list), so the page and those lists always agree; each is scoped by childInScope.
 */
export function practiceExceptionService(db: AppDb, clock: Clock, sources: ExceptionSources) {
  const repo = practiceExceptionRepository(db)
  const ownTeam = (actor: Actor) => (scopeOfRole(actor.role) === 'team' ? (actor.teamId ?? '00000000-0000-0000-0000-000000000000') : null)

  /** The overdue statutory visits and reviews of each team's work list, one team at a time as the oversight tracker reads them. */
  async function overdue(actor: Actor, teamIds: readonly string[]): Promise<ExceptionRow[]> {
    const rows: ExceptionRow[] = []
    for (const teamId of teamIds) {
      for (const i of await sources.work.team({ ...actor, teamId })) {
        if (i.status !== 'overdue' || !i.childId || !visitAndReviewKinds.includes(i.kind)) continue
        rows.push({ childId: i.childId, childLabel: i.childLabel ?? '', detail: `${i.title}: due ${formatDate(i.dueOn)}, ${days(i.daysLate)} late` })
      }
    }
    return perChild(rows)
  }

  async function sections(actor: Actor, teamIds: readonly string[]): Promise<Record<SectionKey, ExceptionRow[]>> {
    const today = clock.today()
    const [missing, workers, unsupervised, unregistered, leavers] = await Promise.all([
      sources.missingList.rhiExceptions(actor),
      sources.allocation.workerChanges(actor),
      sources.supervision.unsupervised(actor, sources.supervisionWeeks),
      sources.unregistered.list(actor),
      sources.careLeaverList(actor, { status: 'custody_not_visited' }),
    ])
    return {
      overdue: await overdue(actor, teamIds),
      missing: perChild(missing.map((e) => ({ childId: e.childId, childLabel: e.childLabel, detail: `Returned ${formatDateTime(e.endedAt)}: ${e.status === 'LATE' ? `interview offered ${e.hoursOverdue} hours after the 72 hours` : `no interview offered, ${e.hoursOverdue} hours after the 72 hours`}` }))),
      workers: workers.map((c) => ({ childId: c.childId, childLabel: c.child, detail: `${c.workers} social workers in the 12 months to ${formatDate(today)}` })),
      supervision: unsupervised.rows.map((r) => ({ childId: r.childId, childLabel: childListLabel(r), detail: `${r.workerName}: ${r.lastHeldOn ? `last discussed in supervision ${formatDate(r.lastHeldOn)}` : 'never discussed in supervision'}` })),
      unregistered: unregistered.map((c) => ({ childId: c.childId, childLabel: c.childLabel, detail: `${days(c.daysUnregistered)} unregistered${c.missing.length ? `; missing: ${c.missing.join(', ')}` : ''}` })),
      custody: leavers.map((r) => ({ childId: r.childId, childLabel: childListLabel(r), detail: `In custody; ${days(r.daysSinceVisit ?? 0)} without a face-to-face visit` })),
    }
  }

  return {
    /** The teams the actor may choose: every team, or their own for a team-scoped role. */
    teams: (actor: Actor) => repo.teams(ownTeam(actor)),

    /**
     * Per team (or the one team asked for), each section's children. A team the actor may not see,
     * or that does not exist, is a 404. Viewing the named children is audited.
     */
    async byTeam(actor: Actor, teamId?: string) {
      const all = await repo.teams(ownTeam(actor))
      if (teamId && !all.some((t) => t.id === teamId)) throw notFound('Team')
      const teams = teamId ? all.filter((t) => t.id === teamId) : all
      const found = await sections(actor, teams.map((t) => t.id))
      const teamOf = await repo.teamOf(sectionKeys.flatMap((k) => found[k].map((r) => r.childId)))
      const groups = [...teams.map((t) => ({ id: t.id as string | null, name: t.name })), ...(teamId ? [] : [{ id: null, name: 'No live allocation' }])]
      const result = groups.map((g) => ({
        ...g,
        sections: sectionKeys.map((key) => ({ key, rows: found[key].filter((r) => (teamOf.get(r.childId) ?? null) === g.id).sort((a, b) => a.childLabel.localeCompare(b.childLabel)) })),
      }))
      // A team with nothing to show still shows (each empty section says so); the no-team group only when it has children.
      const shown = result.filter((g) => g.id !== null || g.sections.some((s) => s.rows.length > 0))
      const children = new Set(shown.flatMap((g) => g.sections.flatMap((s) => s.rows.map((r) => r.childId))))
      await recordAccess(db, actor, { action: 'practiceExceptions.view', entityType: 'list', detail: { teamId: teamId ?? null, children: children.size } })
      return { teams: shown, choices: all, supervisionWeeks: sources.supervisionWeeks }
    },
  }
}

export type PracticeExceptionService = ReturnType<typeof practiceExceptionService>

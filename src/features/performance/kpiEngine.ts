/**
 * The KPI engine (SHAPES.md §2, issue 7 part 2). It lives in features/performance rather than in
 * domain/kpis because it runs SQL and applies the access scope: the catalogue stays pure data,
 * and this turns a KPI into two queries over the same cohort and predicates:
 *
 * - `count` gives numerator, denominator and measure for many KPIs at once: one set-based query
 *   per cohort, with one filtered aggregate per KPI, grouped by the breakdown;
 * - `list` gives the named children behind one KPI, from the same cohort SQL and the same
 *   predicates, so a figure and its drill-down cannot disagree (kpis.test.ts proves it per KPI).
 *
 * Both filter by childInScope (src/access): a team manager counts their team's children and the
 * director the whole authority, and a child out of scope is never listed.
 */
import { sql, type SQL } from 'drizzle-orm'
import { childInScope, restrictionLifted, scopeOfRole, type Actor } from '../../access/index.js'
import type { Executor } from '../../db/executor.js'
import type { Kpi, KpiCount, Period } from '../../domain/kpis/index.js'
import { mapLimit } from '../../domain/mapLimit.js'
import { cohortSql } from './cohorts/index.js'
import { boundsOf } from './sqlParts.js'

export const breakdowns = ['authority', 'team', 'worker'] as const
export type Breakdown = (typeof breakdowns)[number]

/** One row of a breakdown: the whole authority, a team or a worker (id null for "no team/worker"). */
export type Group = { readonly id: string | null; readonly name: string | null; readonly team: string | null }
export type GroupCount = { readonly group: Group; readonly count: KpiCount }

/** Narrows a drill-down to one team or worker, as picked from a breakdown row. */
export type GroupFilter = { readonly by: 'team' | 'worker'; readonly id: string }

export type KpiListRow = {
  recordId: string
  childId: string
  childRef: string
  firstName: string
  lastName: string
  restricted: boolean
  unlocked: boolean
  workerId: string | null
  workerName: string | null
  teamName: string | null
  eventOn: string
  dueOn: string | null
  doneOn: string | null
  daysLate: number
  inNumerator: boolean
  measure: number | null
}

const raw = (s: string) => sql.raw(s)
const COHORTS_AT_ONCE = 3
const measureExpr = (k: Kpi) => (k.measure && k.measure.aggregate !== 'per_worker' ? raw(`(${k.measure.expr})::float8`) : raw('null::float8'))

function aggregateOf(k: Kpi, i: number): SQL {
  const n = `k._n${i}`
  const counts = raw(`count(*) filter (where k._d${i})::int as d${i}, count(*) filter (where ${n})::int as n${i}`)
  switch (k.measure?.aggregate) {
    case 'avg':
      return sql`${counts}, (avg(k._m${raw(String(i))}) filter (where ${raw(n)}))::float8 as m${raw(String(i))}`
    case 'max':
      return sql`${counts}, (max(k._m${raw(String(i))}) filter (where ${raw(n)}))::float8 as m${raw(String(i))}`
    case 'per_worker':
      return sql`${counts}, (count(*) filter (where ${raw(n)}))::float8 / nullif(count(distinct k.worker_id) filter (where ${raw(n)}), 0) as m${raw(String(i))}`
    default:
      return sql`${counts}, null::float8 as m${raw(String(i))}`
  }
}

const groupSql: Record<Breakdown, { select: SQL; joins: SQL; groupBy: SQL }> = {
  authority: { select: sql`null::text as group_id, null::text as group_name, null::text as group_team`, joins: sql``, groupBy: sql`` },
  team: {
    select: sql`k.team_id::text as group_id, gt.name as group_name, null::text as group_team`,
    joins: sql`left join teams gt on gt.id = k.team_id`,
    groupBy: sql`group by k.team_id, gt.name`,
  },
  worker: {
    select: sql`k.worker_id::text as group_id, gw.display_name as group_name, gwt.name as group_team`,
    joins: sql`left join users gw on gw.id = k.worker_id left join teams gwt on gwt.id = gw.team_id`,
    groupBy: sql`group by k.worker_id, gw.display_name, gwt.name`,
  },
}

/** Whether any of the KPIs reads the row's worker or team (the per-worker caseload does). */
const readsOwner = (kpis: readonly Kpi[]) => kpis.some((k) => /\b(worker_id|team_id)\b/.test(`${k.numerator} ${k.denominator ?? ''} ${k.measure?.expr ?? ''}`))

/**
 * The scope filter of a count. Every cohort's child_id is a non-null foreign key to children, so for
 * an authority-wide actor (childInScope is `true`) joining children changes nothing but costs a
 * scan of every child; it is skipped then. Other scopes join as the list does.
 */
const scopeOf = (actor: Actor) =>
  scopeOfRole(actor.role) === 'authority' ? { join: sql``, where: sql`true` } : { join: sql`join children on children.id = k.child_id`, where: childInScope(actor) }

const filterSql = (f: GroupFilter | undefined): SQL =>
  !f ? sql`` : f.by === 'team' ? sql`and k.team_id = ${f.id}::uuid` : sql`and k.worker_id = ${f.id}::uuid`

export function kpiEngine(db: Executor) {
  /**
   * Runs one cohort query with JIT compilation off. PostgreSQL compiles a query whose estimated
   * cost passes jit_above_cost, which these aggregates over tens of thousands of rows do; the
   * compile took 20 to 80 ms per cohort on leicester data, longer than running the query.
   * random_page_cost 1.1 (the usual value for data in memory or on SSD, against 4 for spinning
   * disks) lets the planner look up a few thousand rows by index rather than hash a whole table.
   * work_mem 32MB keeps a cohort's sorts and hashes in memory: at the default 4MB the windows over
   * every live allocation (caseloads) and the per-child groupings spilled to disk on england data.
   * SET LOCAL lasts only for this transaction, so the pooled connection is left as it was.
   */
  const run = (query: SQL) =>
    db.transaction(async (tx) => {
      // One round trip for the SET LOCALs. DateStyle ISO: cohorts compare a date's text with
      // calendar_days.day (sqlParts.dayKey), which is 'YYYY-MM-DD' only in ISO style.
      await tx.execute(sql`select set_config('jit', 'off', true), set_config('random_page_cost', '1.1', true), set_config('datestyle', 'ISO, YMD', true), set_config('work_mem', '32MB', true)`)
      return (await tx.execute(query)).rows as Record<string, unknown>[]
    })

  /** One query for all the KPIs that share a cohort. */
  async function countCohort(kpis: readonly Kpi[], period: Period, actor: Actor, breakdown: Breakdown): Promise<Map<string, GroupCount[]>> {
    const cohort = kpis[0]!.cohort
    const predicates = kpis.map((k, i) => {
      const d = `(${k.denominator ?? 'true'})`
      return sql`, ${raw(`${d} as _d${i}, ${d} and (${k.numerator}) as _n${i}`)}, ${measureExpr(k)} as _m${raw(String(i))}`
    })
    const g = groupSql[breakdown]
    const scope = scopeOf(actor)
    const bounds = boundsOf(period, breakdown !== 'authority' || readsOwner(kpis))
    const query = sql`select ${g.select}, ${sql.join(kpis.map(aggregateOf), sql`, `)}
      from (select k.* ${sql.join(predicates, sql``)} from (${cohortSql[cohort](bounds)}) k) k
      ${scope.join}
      ${g.joins}
      where ${scope.where}
      ${g.groupBy}
      order by 2 nulls last, 3 nulls last, 1 nulls last`
    const rows = await run(query)
    const result = new Map<string, GroupCount[]>()
    kpis.forEach((k, i) => {
      result.set(
        k.id,
        rows
          .map((r) => ({
            group: { id: (r.group_id as string | null) ?? null, name: (r.group_name as string | null) ?? null, team: (r.group_team as string | null) ?? null },
            count: { denominator: Number(r[`d${i}`] ?? 0), numerator: Number(r[`n${i}`] ?? 0), measure: r[`m${i}`] == null ? null : Number(r[`m${i}`]) },
          }))
          // A breakdown lists only groups with something in this KPI's cohort.
          .filter((x) => breakdown === 'authority' || x.count.denominator > 0),
      )
    })
    return result
  }

  return {
    /** Numerator, denominator and measure per KPI and breakdown group: one query per cohort, a few at a time. */
    async count(kpis: readonly Kpi[], period: Period, actor: Actor, breakdown: Breakdown): Promise<Map<string, GroupCount[]>> {
      const byCohort = new Map<string, Kpi[]>()
      for (const k of kpis) byCohort.set(k.cohort, [...(byCohort.get(k.cohort) ?? []), k])
      // Three cohorts at a time, not all at once: on england data all 21 together took longer (2.2 to
      // 2.9 s against 1.9 to 2.2 s on 2 cores), the backends evicting each other's pages from the
      // buffer cache, and leicester was no slower.
      const parts = await mapLimit([...byCohort.values()], COHORTS_AT_ONCE, (group) => countCohort(group, period, actor, breakdown))
      return new Map(parts.flatMap((m) => [...m]))
    },

    /** Every row behind one KPI (the drill-down's downloads, and the count-equals-list test). */
    async list(kpi: Kpi, period: Period, actor: Actor, filter?: GroupFilter): Promise<KpiListRow[]> {
      return (await listed(kpi, period, actor, filter)).rows
    },

    /**
     * One page of the rows behind a KPI, with the totals of all of them: the drill-down page. The
     * totals are window aggregates over the same filtered rows, before the limit, so the page's
     * figure and the list it pages through come from one query and cannot disagree.
     */
    async page(kpi: Kpi, period: Period, actor: Actor, filter: GroupFilter | undefined, limit: number, offset: number): Promise<{ rows: KpiListRow[]; count: KpiCount }> {
      return listed(kpi, period, actor, filter, { limit, offset })
    },
  }

  /**
   * The rows behind one KPI: the denominator, with whether each is in the numerator, failures first.
   * Rows are filtered by scope and sorted before the page is cut; only the page's rows then look up
   * their child's name and their worker and team by key (a lateral kept from being flattened by
   * `offset 0`: a join lets the planner hash every child in the authority to name a hundred).
   */
  async function listed(kpi: Kpi, period: Period, actor: Actor, filter?: GroupFilter, page?: { limit: number; offset: number }): Promise<{ rows: KpiListRow[]; count: KpiCount }> {
    const d = `(${kpi.denominator ?? 'true'})`
    // Show first the rows that need attention: those outside a "higher is better" numerator, or inside a "lower" one.
    const order = raw(`k._n ${kpi.polarity === 'higher_is_better' ? 'asc' : 'desc'}, k.days_late desc, k.event_on, k.record_id`)
    const scope = scopeOf(actor)
    // count(distinct) cannot be a window function: a per-worker measure counts each worker's first row instead.
    const perWorker = kpi.measure?.aggregate === 'per_worker'
    const query = sql`select k.record_id as "recordId", children.id as "childId", children.child_ref as "childRef",
        children.first_name as "firstName", children.last_name as "lastName", children.restricted,
        (${restrictionLifted(actor)}) as unlocked,
        k.worker_id::text as "workerId", kw.display_name as "workerName", kt.name as "teamName",
        k.event_on as "eventOn", k.due_on as "dueOn", k.done_on as "doneOn", k.days_late::int as "daysLate",
        k._n as "inNumerator", k._m as measure, k._rows, k._numerator, k._measure, k._workers
      from (
        select k.*, count(*) over ()::int as _rows, count(*) filter (where k._n) over ()::int as _numerator,
          ${raw(kpi.measure?.aggregate === 'max' ? 'max' : 'avg')}(k._m) filter (where k._n) over () as _measure,
          ${perWorker ? raw('count(*) filter (where k._n and k.worker_id is not null and k._worker_row = 1) over ()::int') : raw('null::int')} as _workers
        from (
          select k.* ${perWorker ? raw(', row_number() over (partition by k._n, k.worker_id) as _worker_row') : sql``}
          from (select k.*, ${raw(`${d} and (${kpi.numerator})`)} as _n, ${measureExpr(kpi)} as _m
                from (${cohortSql[kpi.cohort](boundsOf(period))}) k where ${raw(d)}) k
          ${scope.join}
          where ${scope.where} ${filterSql(filter)}) k
        order by ${order}
        ${page ? sql`limit ${page.limit} offset ${page.offset}` : sql``}) k
      cross join lateral (select c.id, c.child_ref, c.first_name, c.last_name, c.restricted from children c where c.id = k.child_id offset 0) children
      left join users kw on kw.id = k.worker_id
      left join teams kt on kt.id = k.team_id
      order by ${order}`
    const found = await run(query)
    // A page past the end has no rows to carry the totals: ask for the first row to get them.
    if (!found.length && page && page.offset > 0) return { rows: [], count: (await listed(kpi, period, actor, filter, { limit: 1, offset: 0 })).count }
    const first = found[0]
    const workers = Number(first?._workers ?? 0)
    const numerator = Number(first?._numerator ?? 0)
    const measure = !first || first._measure == null ? null : Number(first._measure)
    const count: KpiCount = {
      denominator: Number(first?._rows ?? 0),
      numerator,
      measure: perWorker ? (workers ? numerator / workers : null) : kpi.measure ? measure : null,
    }
    const rows = found.map(({ _rows, _numerator, _measure, _workers, ...r }) => ({ ...(r as KpiListRow), daysLate: Number(r.daysLate), measure: r.measure == null ? null : Number(r.measure) }))
    return { rows, count }
  }
}

export type KpiEngine = ReturnType<typeof kpiEngine>

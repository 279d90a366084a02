/**
 * Monthly KPI snapshots (issue 7 part 3: "Trends come from monthly snapshots taken by a scheduled
 * job, and can be rebuilt for past months from the event history").
 *
 * A snapshot is every KPI in the catalogue counted by the scorecard's own engine for the period kind
 * 'month', at authority, team and worker breakdowns, so a trend point and the live scorecard for that
 * month cannot disagree. Rebuilding a month simply counts it again: the engine's cohorts are built
 * from the dated event history, so a past month can be recounted at any time.
 */
import { and, asc, between, eq, inArray, sql } from 'drizzle-orm'
import { systemActor, type Actor } from '../../access/actor.js'
import { recordWrite } from '../../audit/auditLog.js'
import { kpiSnapshots, teams } from '../../db/schema/index.js'
import { cohorts, kpiCatalogue, kpiValue, periodOf, type Kpi } from '../../domain/kpis/index.js'
import { calendarTable } from '../performance/calendarTable.js'
import { kpiEngine, type Breakdown } from '../performance/kpiEngine.js'
import type { ServiceBase } from '../serviceBase.js'
import { shiftMonth } from './months.js'
import type { TrendPoint } from './trendTypes.js'

export type SnapshotSource = 'scheduled' | 'rebuilt'
export const snapshotBreakdowns: readonly Breakdown[] = ['authority', 'team', 'worker']
/** The longest trend shown (issue 7: "a monthly trend for 24 months"). */
export const MAX_TREND_MONTHS = 24

/**
 * Snapshots are counted authority-wide whoever asked for them: a team manager's scorecard is
 * scoped, but the stored figure is the council's. The counting actor therefore has the director's
 * scope; the audit row names the person who asked, or the system actor for the scheduled job.
 */
export const snapshotCounter: Actor = { ...systemActor, role: 'dcs', displayName: 'Cairn system (KPI snapshots)' }

export type HeldMonth = { month: string; source: SnapshotSource; takenAt: Date; rows: number }
/** One month taken: rows stored, old rows removed, and how long it took (for the bench). */
export type TakenMonth = { month: string; source: SnapshotSource; rows: number; removed: number; ms: number }

type SnapshotRow = { kpiId: string; breakdown: Breakdown; groupKey: string; groupName: string | null; numerator: number; denominator: number; measure: number | null; value: number | null }

/**
 * One statement stores a month: the rows travel as one JSON parameter (thousands of bound
 * parameters cost more to send than the upsert costs to run), are upserted on the snapshot key, and
 * any row of the month the take did not produce (a team or worker with nothing in a KPI's cohort
 * now, after a correction to the history) is removed. The delete sees the table as it was before
 * the insert, so it never touches a row just written.
 */
function upsertSql(month: string, source: SnapshotSource, takenAt: Date, rows: readonly SnapshotRow[]) {
  const json = JSON.stringify(rows.map((r) => ({ kpi_id: r.kpiId, breakdown: r.breakdown, group_key: r.groupKey, group_name: r.groupName, numerator: r.numerator, denominator: r.denominator, measure: r.measure, value: r.value })))
  return sql`with incoming as (
      select * from jsonb_to_recordset(${json}::jsonb) as x(kpi_id text, breakdown text, group_key text, group_name text, numerator int, denominator int, measure float8, value float8)
    ), saved as (
      insert into kpi_snapshots (month, kpi_id, breakdown, group_key, group_name, numerator, denominator, measure, value, source, taken_at)
      select ${month}::text, kpi_id, breakdown, group_key, group_name, numerator, denominator, measure, value, ${source}::text, ${takenAt.toISOString()}::timestamptz from incoming
      on conflict (kpi_id, breakdown, group_key, month) do update set group_name = excluded.group_name, numerator = excluded.numerator,
        denominator = excluded.denominator, measure = excluded.measure, value = excluded.value, source = excluded.source, taken_at = excluded.taken_at
      returning id
    ), removed as (
      delete from kpi_snapshots where month = ${month} and id not in (select id from saved) returning id
    )
    select (select count(*) from saved)::int as saved, (select count(*) from removed)::int as removed`
}

export function snapshotService(base: ServiceBase) {
  const { db, clock, calendar, config } = base
  const engine = kpiEngine(db)
  const calendarDays = calendarTable(db, calendar)
  const population = config.CHILD_POPULATION ?? null
  // One take at a time in this process: the schedule and a rebuild never count the same month at once.
  let queue: Promise<unknown> = Promise.resolve()
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work)
    queue = next.catch(() => undefined)
    return next
  }

  function rowsOf(breakdown: Breakdown, kpi: Kpi, periodDays: number, counts: Map<string, { group: { id: string | null; name: string | null }; count: { numerator: number; denominator: number; measure: number | null } }[]>): SnapshotRow[] {
    const flow = cohorts[kpi.cohort].kind === 'flow'
    return (counts.get(kpi.id) ?? []).map(({ group, count }) => ({
      kpiId: kpi.id,
      breakdown,
      groupKey: breakdown === 'authority' ? '' : (group.id ?? ''),
      groupName: breakdown === 'authority' ? null : group.name,
      numerator: count.numerator,
      denominator: count.denominator,
      measure: count.measure,
      value: kpiValue(kpi, count, { population, flow, periodDays }),
    }))
  }

  type Counted = { month: string; rows: SnapshotRow[]; started: number }

  /** Every KPI for the month at each breakdown, through the scorecard's engine. */
  async function count(month: string): Promise<Counted> {
    const started = performance.now()
    const period = periodOf('month', month, clock.today())
    await calendarDays.ensure()
    const counted = await Promise.all(snapshotBreakdowns.map((b) => engine.count(kpiCatalogue, period, snapshotCounter, b)))
    return { month, started, rows: snapshotBreakdowns.flatMap((b, i) => kpiCatalogue.flatMap((kpi) => rowsOf(b, kpi, period.days, counted[i]!))) }
  }

  /** Stores a counted month with its audit row, in one transaction. */
  async function store({ month, rows, started }: Counted, source: SnapshotSource, by: Actor): Promise<TakenMonth> {
    const result = await db.transaction(async (tx) => {
      const written = (await tx.execute(upsertSql(month, source, clock.now(), rows))).rows[0] as { saved: number; removed: number } | undefined
      const taken = { month, source, rows: Number(written?.saved ?? 0), removed: Number(written?.removed ?? 0) }
      await recordWrite(tx, by, { action: 'kpi.snapshot', entityType: 'kpi_snapshot', entityId: month, detail: { source, rows: taken.rows, removed: taken.removed, kpis: kpiCatalogue.length } })
      return taken
    })
    return { ...result, ms: performance.now() - started }
  }

  return {
    /**
     * Counts every KPI for the month and stores it (upsert on KPI, breakdown, group and month).
     * `by` is the person who asked for a rebuild; the scheduled job is the system actor.
     */
    takeMonth: (month: string, source: SnapshotSource, by: Actor = systemActor): Promise<TakenMonth> => serially(async () => store(await count(month), source, by)),

    /**
     * Retakes each month from `fromMonth` to `toMonth` in order, as 'rebuilt'. The next month is
     * counted while the last is stored, so the database's reads and writes overlap (issue 7: twelve
     * months in 30 seconds or less on the leicester data).
     */
    rebuild(fromMonth: string, toMonth: string, by: Actor = systemActor, progress: (month: string) => void = () => undefined): Promise<TakenMonth[]> {
      return serially(async () => {
        const months: string[] = []
        for (let m = fromMonth; m <= toMonth; m = shiftMonth(m, 1)) months.push(m)
        const taken: TakenMonth[] = []
        let next = months.length ? count(months[0]!) : null
        for (let i = 0; next; i++) {
          progress(months[i]!)
          const counted = await next
          next = i + 1 < months.length ? count(months[i + 1]!) : null
          // A failed store must not leave the next count's rejection unhandled.
          try {
            taken.push(await store(counted, 'rebuilt', by))
          } catch (e) {
            next?.catch(() => undefined)
            throw e
          }
        }
        return taken
      })
    },

    /**
     * The series for the `months` months (at most 24) ending in `endingMonth`, per KPI id, oldest
     * first, for the authority or one team's or worker's group. Months with no snapshot are absent.
     */
    async series(kpiIds: readonly string[], endingMonth: string, months = MAX_TREND_MONTHS, group?: { breakdown: 'team' | 'worker'; key: string }): Promise<Map<string, TrendPoint[]>> {
      const result = new Map<string, TrendPoint[]>(kpiIds.map((id) => [id, []]))
      const n = Math.min(Math.max(Math.trunc(months) || 1, 1), MAX_TREND_MONTHS)
      if (!kpiIds.length) return result
      const rows = await db
        .select({ kpiId: kpiSnapshots.kpiId, month: kpiSnapshots.month, value: kpiSnapshots.value, numerator: kpiSnapshots.numerator, denominator: kpiSnapshots.denominator })
        .from(kpiSnapshots)
        .where(and(inArray(kpiSnapshots.kpiId, [...kpiIds]), eq(kpiSnapshots.breakdown, group?.breakdown ?? 'authority'), eq(kpiSnapshots.groupKey, group?.key ?? ''), between(kpiSnapshots.month, shiftMonth(endingMonth, -(n - 1)), endingMonth)))
        .orderBy(kpiSnapshots.kpiId, kpiSnapshots.month)
      for (const r of rows) result.get(r.kpiId)?.push({ month: r.month, value: r.value, numerator: r.numerator, denominator: r.denominator })
      return result
    },

    /** The months held, newest first, with when and how each was taken (from its authority rows). */
    async heldMonths(): Promise<HeldMonth[]> {
      const rows = (await db.execute(sql`select month, max(source) as source, max(taken_at) as taken_at, count(*)::int as rows
        from kpi_snapshots group by month order by month desc`)).rows as { month: string; source: SnapshotSource; taken_at: string | Date; rows: number }[]
      return rows.map((r) => ({ month: r.month, source: r.source, takenAt: new Date(r.taken_at), rows: Number(r.rows) }))
    },

    async hasMonth(month: string): Promise<boolean> {
      return (await db.select({ id: kpiSnapshots.id }).from(kpiSnapshots).where(eq(kpiSnapshots.month, month)).limit(1)).length > 0
    },

    /** The teams a trend can be drawn for, by name. */
    teams: (): Promise<{ id: string; name: string }[]> => db.select({ id: teams.id, name: teams.name }).from(teams).orderBy(asc(teams.name)),

    async isEmpty(): Promise<boolean> {
      return (await db.select({ id: kpiSnapshots.id }).from(kpiSnapshots).limit(1)).length === 0
    },
  }
}

export type SnapshotService = ReturnType<typeof snapshotService>

/**
 * Monthly flows for the demand forecast (issue 7 part 5), counted set-based in one pass per measure:
 * entries per month, exits per month, and the stock at each month end as the stock before the
 * first month plus the running sum of entries less exits. A record is in the stock at a month end
 * when it started on or before that day and had not ended by it (ended after it, or not at all),
 * the same test as the KPI cohorts use for "open on the period's last day" (performance/cohorts).
 * The counts are for the whole authority: forecast pages are for authority-wide roles and show no child.
 */
import { and, asc, eq, sql } from 'drizzle-orm'
import type { AppDb } from '../../db/client.js'
import type { Executor } from '../../db/executor.js'
import { placementCosts } from '../../db/schema/index.js'
import type { MonthlyFlow } from '../../domain/forecasting/index.js'

export const measureIds = ['contacts', 'referrals', 'cp', 'cla', 'careLeavers'] as const
export type MeasureId = (typeof measureIds)[number]

/** A timestamp's London calendar day. */
const london = (ts: string) => sql.raw(`(${ts} at time zone 'Europe/London')::date`)

/**
 * Contacts and referrals are events, counted per month by a range on their indexed column: the
 * London day a contact was received (its timestamp against London midnights, so no row is
 * converted), and the referral date (CIN census). They have no exits and no stock.
 */
const events = {
  contacts: { table: sql.raw('contacts'), column: sql.raw('received_at'), london: true },
  referrals: { table: sql.raw('referrals'), column: sql.raw('referral_date'), london: false },
} as const

/**
 * The other measures are spells (s = the day it began, e = the day it ended, or null):
 * - CP plans: start to end (CIN census CPPstartDate, CPPendDate).
 * - Children looked after: each period of care, start to the day they ceased (SSDA903).
 * - Care leavers: from the first personal adviser allocation (or the day the care leaver record was
 *   made) to the end of the local offer, else the 21st birthday (Children Act 1989 s23C; the offer
 *   can run to 25, s23CZB).
 */
const spells = {
  cp: sql`select p.start_date as s, p.end_date as e from cp_plans p`,
  cla: sql`select cp.started_on as s, cp.ended_on as e from care_periods cp`,
  careLeavers: sql`select x.s, greatest(x.s, x.e) as e from (
      select coalesce(pa.first_on, ${london('cl.created_at')}) as s,
        coalesce(cl.local_offer_until, (ch.date_of_birth + interval '21 years')::date) as e
      from care_leavers cl
      join children ch on ch.id = cl.child_id
      left join (select child_id, min(start_date) as first_on from pa_allocations group by child_id) pa on pa.child_id = cl.child_id) x`,
} as const

type FlowRow = { month: string; entries: number; exits: number; stock: number }

/** Entries and exits per month, and the stock at each month end as a running sum (one pass). */
const spellFlows = (measure: keyof typeof spells, from: string, to: string) => sql`
        with sp as (${spells[measure]}),
        months as (select generate_series(${from}::date, ${to}::date, interval '1 month')::date as m),
        ent as (select date_trunc('month', s)::date as m, count(*)::int as n from sp where s between ${from}::date and ${to}::date group by 1),
        ext as (select date_trunc('month', e)::date as m, count(*)::int as n from sp where e between ${from}::date and ${to}::date group by 1),
        base as (select count(*)::int as n from sp where s < ${from}::date and (e is null or e >= ${from}::date))
        select to_char(months.m, 'YYYY-MM') as month, coalesce(ent.n, 0) as entries, coalesce(ext.n, 0) as exits,
          (base.n + sum(coalesce(ent.n, 0) - coalesce(ext.n, 0)) over (order by months.m))::int as stock
        from months cross join base
        left join ent on ent.m = months.m
        left join ext on ext.m = months.m
        order by months.m`

/** One index range count per month; a month's London midnights bound a contact's timestamp. */
function eventFlows(measure: keyof typeof events, from: string, to: string) {
  const e = events[measure]
  const [lo, hi] = e.london
    ? [sql`(m at time zone 'Europe/London')`, sql`((m + interval '1 month') at time zone 'Europe/London')`]
    : [sql`m::date`, sql`(m + interval '1 month')::date`]
  return sql`
    with months as (select m, ${lo} as a, ${hi} as b from generate_series(${from}::timestamp, date_trunc('month', ${to}::date)::timestamp, interval '1 month') m)
    select to_char(m, 'YYYY-MM') as month, (select count(*) from ${e.table} x where x.${e.column} >= months.a and x.${e.column} < months.b)::int as entries, 0 as exits, 0 as stock
    from months order by m`
}

export function forecastRepository(db: AppDb) {
  return {
    /** Entries, exits and month-end stock for each month from `from` (a 1st) to the month ending `to`. */
    async flows(measure: MeasureId, from: string, to: string): Promise<MonthlyFlow[]> {
      const query = measure === 'contacts' || measure === 'referrals' ? eventFlows(measure, from, to) : spellFlows(measure, from, to)
      const result = await db.execute<FlowRow>(query)
      return result.rows.map((r) => ({ month: r.month, entries: Number(r.entries), exits: Number(r.exits), stock: Number(r.stock) }))
    },

    /**
     * For each team service: the teams' caseload threshold (their average), funded FTE and the FTE of
     * practitioners in post (social workers and personal advisers; no staff profile counts as 1.0).
     */
    async staffing(services: readonly string[]) {
      if (services.length === 0) return []
      const result = await db.execute<{ service: string; teams: number; threshold: number; funded: number | null; fte: number }>(sql`
        select t.service, count(*)::int as teams, avg(t.caseload_threshold)::float8 as threshold, sum(te.funded_fte)::float8 as funded,
          coalesce((select sum(coalesce(sp.fte, 1))::float8 from users u join teams t2 on t2.id = u.team_id
            left join staff_profiles sp on sp.user_id = u.id
            where t2.service = t.service and u.active and u.role in ('social_worker', 'personal_adviser') and sp.left_on is null), 0) as fte
        from teams t left join team_establishments te on te.team_id = t.id
        where t.service in (${sql.join(services.map((s) => sql`${s}`), sql`, `)})
        group by t.service`)
      return result.rows.map((r) => ({ service: r.service, teams: Number(r.teams), threshold: Number(r.threshold), funded: r.funded === null ? null : Number(r.funded), fte: Number(r.fte) }))
    },

    /** Children in care on `day` by the placement type of their placement that day (the latest episode begun). */
    async placementMix(day: string): Promise<Record<string, number>> {
      const result = await db.execute<{ placement_type: string; n: number }>(sql`
        select cur.placement_type, count(*)::int as n
        from care_periods cp
        join lateral (select e.placement_type from care_episodes e where e.period_id = cp.id and e.starts_on <= ${day}::date
          order by e.starts_on desc, e.id desc limit 1) cur on true
        where cp.started_on <= ${day}::date and (cp.ended_on is null or cp.ended_on > ${day}::date)
        group by 1`)
      return Object.fromEntries(result.rows.map((r) => [r.placement_type, Number(r.n)]))
    },

    costs: () =>
      db
        .select({ id: placementCosts.id, placementType: placementCosts.placementType, weeklyCost: placementCosts.weeklyCost, effectiveFrom: placementCosts.effectiveFrom, updatedAt: placementCosts.updatedAt })
        .from(placementCosts)
        .orderBy(asc(placementCosts.placementType), asc(placementCosts.effectiveFrom)),

    costFor: async (tx: Executor, placementType: string, effectiveFrom: string) =>
      (await tx.select().from(placementCosts).where(and(eq(placementCosts.placementType, placementType), eq(placementCosts.effectiveFrom, effectiveFrom))))[0],

    insertCost: async (tx: Executor, row: typeof placementCosts.$inferInsert) => (await tx.insert(placementCosts).values(row).returning())[0]!,

    updateCost: async (tx: Executor, id: string, weeklyCost: string, updatedBy: string, updatedAt: Date) =>
      (await tx.update(placementCosts).set({ weeklyCost, updatedBy, updatedAt }).where(eq(placementCosts.id, id)).returning())[0]!,
  }
}

export type ForecastRepository = ReturnType<typeof forecastRepository>

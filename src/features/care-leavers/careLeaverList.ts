import { sql } from 'drizzle-orm'
import { childInScope, restrictionLifted, type Actor } from '../../access/index.js'
import type { AppDb } from '../../db/client.js'
import type { Clock } from '../../domain/clock.js'
import { PA_CONTACT_8W, PATHWAY_PLAN_REVIEW_6M } from '../../domain/timescales/rules/careLeavers.js'
import type { ListFilter } from './careLeaverSchemas.js'

export type CareLeaverListRow = {
  childId: string; childRef: string; firstName: string; lastName: string; restricted: boolean; unlocked: boolean
  eligibility: string; paId: string | null; paName: string | null; planDue: string | null; lastContact: string | null; contactDue: string | null
  hasOc3: boolean; inCustody: boolean; daysSinceVisit: number | null
}

const weeks = sql.raw(String(PA_CONTACT_8W.due.amount * 7))
const months = sql.raw(`interval '${PATHWAY_PLAN_REVIEW_6M.due.amount} months'`)

/** The collection year (ending 31 March) that holds a date. */
export const collectionYearOf = (date: string) => Number(date.slice(0, 4)) + (date.slice(5) >= '04-01' ? 1 : 0)

/**
 * Every care leaver in the actor's scope, in one query: the PA, when the pathway plan review is
 * due (PATHWAY_PLAN_REVIEW_6M), the last contact and when the next is due (PA_CONTACT_8W), OC3 for
 * this collection year, and for a young person in custody the days since a face-to-face visit.
 */
export function careLeaverList(db: AppDb, clock: Clock) {
  return async (actor: Actor, f: ListFilter = {}): Promise<CareLeaverListRow[]> => {
    const today = clock.today()
    const year = collectionYearOf(today)
    const where = [sql`true`]
    if (f.eligibility) where.push(sql`x.eligibility = ${f.eligibility}`)
    if (f.paId) where.push(sql`x.pa_id = ${f.paId}`)
    if (f.status === 'contact_overdue') where.push(sql`x.contact_due < ${today}::date`)
    if (f.status === 'plan_overdue') where.push(sql`x.plan_due < ${today}::date`)
    if (f.status === 'no_plan') where.push(sql`x.plan_due is null`)
    if (f.status === 'no_pa') where.push(sql`x.pa_id is null`)
    if (f.status === 'in_custody') where.push(sql`x.in_custody`)
    if (f.status === 'custody_not_visited') where.push(sql`x.days_since_visit > ${weeks}`)
    const rows = await db.execute(sql`
      select * from (
        select children.id as child_id, children.child_ref, children.first_name, children.last_name, children.restricted,
          (${restrictionLifted(actor)}) as unlocked, cl.eligibility, pa.pa_id, u.display_name as pa_name,
          (select to_char(greatest(p.start_date, (select max(r.reviewed_on) from plan_reviews r where r.plan_id = p.id)) + ${months}, 'YYYY-MM-DD')
             from plans p where p.child_id = children.id and p.kind = 'PATHWAY' and p.end_date is null) as plan_due,
          to_char(lc.last_contact, 'YYYY-MM-DD') as last_contact,
          case when pa.start_date is null then null else to_char(greatest(pa.start_date, lc.last_contact) + ${weeks}, 'YYYY-MM-DD') end as contact_due,
          exists (select 1 from care_leaver_outcomes o where o.child_id = children.id and o.collection_year = ${year}) as has_oc3,
          cs.started_on is not null as in_custody,
          case when cs.started_on is null then null else ${today}::date - greatest(cs.started_on, (select max(v.contacted_on) from pa_contacts v
             where v.child_id = children.id and v.kind = 'CUSTODY_VISIT' and v.face_to_face and v.contacted_on >= cs.started_on)) end as days_since_visit
        from care_leavers cl
        join children on children.id = cl.child_id
        left join pa_allocations pa on pa.child_id = cl.child_id and pa.end_date is null
        left join users u on u.id = pa.pa_id
        left join lateral (select max(c.contacted_on) as last_contact from pa_contacts c where c.child_id = cl.child_id) lc on true
        left join lateral (select s.started_on from custody_spells s where s.child_id = cl.child_id and s.ended_on is null order by s.started_on desc limit 1) cs on true
        where ${childInScope(actor)}
      ) x
      where ${sql.join(where, sql` and `)}
      order by x.last_name, x.first_name, x.child_id
      limit 1000`)
    return (rows.rows as Record<string, unknown>[]).map((r) => ({
      childId: String(r.child_id), childRef: String(r.child_ref), firstName: String(r.first_name), lastName: String(r.last_name), restricted: !!r.restricted, unlocked: !!r.unlocked,
      eligibility: String(r.eligibility), paId: (r.pa_id as string | null) ?? null, paName: (r.pa_name as string | null) ?? null,
      planDue: (r.plan_due as string | null) ?? null, lastContact: (r.last_contact as string | null) ?? null, contactDue: (r.contact_due as string | null) ?? null,
      hasOc3: !!r.has_oc3, inCustody: !!r.in_custody, daysSinceVisit: r.days_since_visit === null || r.days_since_visit === undefined ? null : Number(r.days_since_visit),
    }))
  }
}

/** Live PA allocations per personal adviser (caseloads are counted from allocations, not typed in). */
export function paCaseloads(db: AppDb) {
  return async () => {
    const rows = await db.execute(sql`
      select u.id, u.display_name, count(pa.id)::int as young_people
      from users u left join pa_allocations pa on pa.pa_id = u.id and pa.end_date is null
      where u.role = 'personal_adviser' and u.active
      group by u.id, u.display_name order by u.display_name, u.id`)
    return (rows.rows as Record<string, unknown>[]).map((r) => ({ id: String(r.id), name: String(r.display_name), count: Number(r.young_people) }))
  }
}

import { sql } from 'drizzle-orm'
import type { Actor } from '../../access/actor.js'
import { childInScope, childListLabel, restrictionLifted } from '../../access/index.js'
import { recordWrite } from '../../audit/auditLog.js'
import { withTransaction } from '../../db/executor.js'
import { conflict, ruleBroken } from '../../errors.js'
import { daysBetween, evaluateRepeating, type Evaluation } from '../../domain/timescales/index.js'
import { CLA_VISIT_UNREGISTERED_1W } from '../../domain/timescales/rules/childrenInCare.js'
import type { ServiceBase } from '../serviceBase.js'
import { placementStartOf } from './careFacts.js'
import { careRepository, type UnregisteredRow } from './careRepository.js'
import type { SignOffInput, UnregisteredPlanInput } from './careSchemas.js'

export type UnregisteredChild = {
  childId: string
  childLabel: string
  placementType: string
  providerName: string | null
  placementStart: string
  daysUnregistered: number
  missing: string[]
  lastVisitOn: string | null
  daysSinceVisit: number | null
  visitClock: Evaluation
}

type ListRow = {
  childId: string; childRef: string; firstName: string; lastName: string; restricted: boolean; unlocked: boolean
  placementType: string; providerName: string | null; placementStart: string
  signedOffOn: string | null; ofstedNotifiedOn: string | null; plan: string | null; seen: string | null
}

/**
 * Unregistered placements (Ofsted's 2024 inspection of the council): each needs the director's
 * sign-off, Ofsted told, and a plan to register the placement or move the child, and a weekly
 * visit (a local standard, rule CLA_VISIT_UNREGISTERED_1W). The live list is one SQL query.
 */
export function unregisteredService(base: ServiceBase) {
  const { db, clock, calendar, children } = base

  /** The unregistered record of the child's current placement, or a refusal naming why there is none. */
  async function current(childId: string, r = careRepository(db)): Promise<UnregisteredRow> {
    const period = await r.openPeriod(childId)
    const start = period ? placementStartOf(await r.periodEpisodes(period.id)) : undefined
    const row = start && (await r.unregisteredByEpisode(start.id))
    if (!row) throw ruleBroken('The child’s current placement is not flagged as unregistered')
    return row
  }

  async function update(actor: Actor, childId: string, action: string, version: number, values: Partial<UnregisteredRow>) {
    return withTransaction(db, async (tx) => {
      await children.requireAccessible(actor, childId, tx)
      const r = careRepository(tx)
      const before = await current(childId, r)
      const after = await r.updateUnregistered(before.id, version, values)
      if (!after) throw conflict('Someone else changed this unregistered placement since you opened it. Reload the page to see their changes.')
      await recordWrite(tx, actor, { action, entityType: 'unregistered_placement', entityId: after.id, childId, before, after })
      return after
    })
  }

  return {
    async forChild(actor: Actor, childId: string) {
      await children.requireAccessible(actor, childId)
      return current(childId).catch(() => null)
    },

    recordPlan: (actor: Actor, childId: string, input: UnregisteredPlanInput) =>
      update(actor, childId, 'care.unregisteredPlan', input.version, { plan: input.plan, planDetail: input.planDetail, ofstedNotifiedOn: input.ofstedNotifiedOn ?? null }),

    /** The director of children’s services signs the placement off (their own decision, so their own id). */
    signOff: (actor: Actor, childId: string, input: SignOffInput) =>
      update(actor, childId, 'care.unregisteredSignOff', input.version, { directorSignedOffBy: actor.id, directorSignedOffOn: input.signedOffOn }),

    /** Children in the actor's scope whose current placement is unregistered, longest first. */
    async list(actor: Actor): Promise<UnregisteredChild[]> {
      // Driven from the (few) unregistered episodes that are the latest of an open period: one query.
      const result = await db.execute(sql`
        select children.id as "childId", children.child_ref as "childRef", children.first_name as "firstName", children.last_name as "lastName",
          children.restricted, (${restrictionLifted(actor)}) as unlocked,
          ps.placement_type as "placementType", ps.provider_name as "providerName", ps.starts_on::text as "placementStart",
          u.director_signed_off_on::text as "signedOffOn", u.ofsted_notified_on::text as "ofstedNotifiedOn", u.plan,
          (select string_agg(v.visited_on::text, ',' order by v.visited_on) from visits v
            where v.child_id = p.child_id and v.kind = 'CLA' and v.child_seen and v.visited_on >= ps.starts_on) as seen
        from care_episodes cur
        join care_periods p on p.id = cur.period_id
        join children on children.id = p.child_id
        join lateral (select e.id, e.starts_on, e.placement_type, e.provider_name from care_episodes e
          where e.period_id = p.id and e.change <> 'LEGAL_STATUS' and e.starts_on <= cur.starts_on order by e.starts_on desc limit 1) ps on true
        left join unregistered_placements u on u.episode_id = ps.id
        where cur.unregistered and p.ended_on is null and not p.imported
          and not exists (select 1 from care_episodes later where later.period_id = cur.period_id and later.starts_on > cur.starts_on)
          and ${childInScope(actor)}
        order by ps.starts_on, children.id
        limit 1000`)
      const today = clock.today()
      const weekly = (await base.localStandards.rules()).of(CLA_VISIT_UNREGISTERED_1W)
      return (result.rows as ListRow[]).map((r) => {
        const seen = r.seen ? r.seen.split(',') : []
        const last = seen.at(-1) ?? null
        const missing = [...(r.signedOffOn ? [] : ['Director’s sign-off']), ...(r.ofstedNotifiedOn ? [] : ['Ofsted not told']), ...(r.plan ? [] : ['No plan to register or move'])]
        return {
          childId: r.childId, childLabel: childListLabel(r), placementType: r.placementType, providerName: r.providerName, placementStart: r.placementStart,
          daysUnregistered: daysBetween(r.placementStart, today), missing, lastVisitOn: last, daysSinceVisit: last ? daysBetween(last, today) : null,
          visitClock: evaluateRepeating(weekly, { start: r.placementStart, occurrences: seen.filter((d) => d > r.placementStart) }, calendar, today),
        }
      })
    },
  }
}

export type UnregisteredService = ReturnType<typeof unregisteredService>

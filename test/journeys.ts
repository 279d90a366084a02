import { eq } from 'drizzle-orm'
import { cinEpisodes, referrals } from '../src/db/schema/index.js'
import { toActor } from '../src/features/auth/authService.js'
import type { TestContext } from './harness.js'

/** A referral for the child through the front door, moved back to `referralDate` so clocks have room. */
export async function referChild(ctx: TestContext, childId: string, referralDate: string) {
  const fd = toActor(ctx.fixtures.user.front_door)
  const { frontDoor } = ctx.deps.services
  const contact = await frontDoor.recordContact(fd, { childId, source: '2A', reason: 'School', presentingConcerns: 'Concerns', receivedAt: '', receivedAtInstant: new Date('2026-11-25T08:00:00Z') })
  const { referral } = await frontDoor.decide(fd, contact.id, { version: 1, decision: 'REFERRAL', decisionReason: 'Threshold met', primaryNeed: 'N1' })
  await ctx.database.db.update(referrals).set({ referralDate }).where(eq(referrals.id, referral!.id))
  await ctx.database.db.update(cinEpisodes).set({ startDate: referralDate }).where(eq(cinEpisodes.id, referral!.cinEpisodeId))
  return referral!
}

/** Strategy discussion, substantiated s47 and an ICPC, as the allocated social worker: ready for a CP plan. */
export async function icpcFor(ctx: TestContext, childId: string, d: { strategyOn: string; s47On: string; icpcOn: string }) {
  const sw = toActor(ctx.fixtures.user.social_worker)
  const { childProtection } = ctx.deps.services
  const strategy = await childProtection.recordStrategy(sw, childId, { heldOn: d.strategyOn, agencies: ['POLICE', 'HEALTH'], decision: 'S47' })
  const s47 = await childProtection.startS47(sw, strategy.id, d.s47On)
  await childProtection.recordS47Outcome(sw, s47.id, s47.version, 'SUBSTANTIATED')
  return childProtection.recordConference(sw, childId, { kind: 'ICPC', heldOn: d.icpcOn, chairId: ctx.fixtures.user.iro.id, attendance: 'Family, school', childViews: 'Views', viewsGatheredHow: 'Seen alone', confirmBankHoliday: false })
}

import type { Actor } from '../../access/actor.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { Executor } from '../../db/executor.js'
import { formatDate } from '../../domain/format.js'
import { conflict, ruleBroken } from '../../errors.js'
import { cpRepository } from './cpRepository.js'

export const cinPlanEndReason = 'Child protection plan started'

/**
 * Starting a CP plan ends the child's open CIN plan on the same date, in the caller's transaction
 * and audited: a CIN plan cannot run alongside a CP plan (CIN rules 4001, 4016 and 4017), and the
 * CP plan takes over the child's plan (Working Together 2023 ch.2).
 */
export async function endCinPlanFor(tx: Executor, actor: Actor, childId: string, on: string): Promise<void> {
  const r = cpRepository(tx)
  const cin = await r.openCinPlan(childId)
  if (!cin) return
  if (cin.startDate > on) throw ruleBroken(`The open child in need plan started on ${formatDate(cin.startDate)}, after this conference, so it cannot end when the child protection plan starts. Correct the child in need plan first (CIN rules 4001, 4016 and 4017).`)
  const ended = await r.endCinPlan(cin.id, cin.version, on, cinPlanEndReason)
  if (!ended) throw conflict('Someone else changed the child in need plan meanwhile. Reload the page and try again.')
  await recordWrite(tx, actor, { action: 'plan.update', entityType: 'plan', entityId: cin.id, childId, before: cin, after: ended, detail: { reason: cinPlanEndReason } })
}

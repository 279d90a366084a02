import { and, eq, inArray, isNotNull, min } from 'drizzle-orm'
import type { Executor } from '../../db/executor.js'
import { assessments, cinClosures } from '../../db/schema/index.js'
import { formatDate } from '../../domain/format.js'
import { ruleBroken, validationFailed } from '../../errors.js'

/**
 * CIN census rule 2990, checked at entry rather than at return time: "Activity is recorded against
 * a case marked as ‘Case closed after assessment, no further action’ or 'case closed after
 * assessment, referred to early help'." (rules 8831, 8832 and 4000 say the same of an NFA referral.)
 * Cairn marks an episode so when a manager authorises an assessment whose outcome is no further
 * action or early help, or when the episode closes RC8 or RC9. A contact needing no further action
 * never becomes a referral here, so there is no referral-level NFA to check.
 */
const nfaOutcomes = ['NFA', 'EARLY_HELP']
const nfaClosures = ['RC8', 'RC9']

export const rule2990Text = 'CIN rule 2990: no activity may be recorded on a case closed after assessment with no further action or a referral to early help'

/** The first date the episode was marked no further action (or early help), or null. */
export async function nfaOn(db: Executor, cinEpisodeId: string): Promise<string | null> {
  const [a] = await db.select({ on: min(assessments.authorisedOn) }).from(assessments).where(and(eq(assessments.cinEpisodeId, cinEpisodeId), isNotNull(assessments.authorisedOn), inArray(assessments.outcome, nfaOutcomes)))
  const [c] = await db.select({ on: min(cinClosures.closedOn) }).from(cinClosures).where(and(eq(cinClosures.cinEpisodeId, cinEpisodeId), inArray(cinClosures.reason, nfaClosures)))
  const dates = [a?.on, c?.on].filter((d): d is string => !!d).sort()
  return dates[0] ?? null
}

/**
 * Refuses a record dated after the episode's NFA mark; nothing is saved. With a field, the message
 * sits on that form field; without one (a record whose date comes from elsewhere) it is the form's.
 */
export async function refuseAfterNfa(db: Executor, cinEpisodeId: string, date: string, field?: string): Promise<void> {
  const on = await nfaOn(db, cinEpisodeId)
  if (!on || date <= on) return
  const message = `This case was closed after assessment on ${formatDate(on)} (no further action or early help), so nothing dated after that can be recorded on it. ${rule2990Text}. Record a new contact instead.`
  throw field ? validationFailed({ [field]: message }) : ruleBroken(message)
}

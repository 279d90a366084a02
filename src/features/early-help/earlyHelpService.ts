import type { Actor } from '../../access/actor.js'
import { recordAccess, recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import { formatDate } from '../../domain/format.js'
import { conflict, notFound, validationFailed } from '../../errors.js'
import type { ChildrenService } from '../children/childrenService.js'
import { earlyHelpRepository } from './earlyHelpRepository.js'
import type { CompleteInput, EarlyHelpInput } from './earlyHelpSchemas.js'

/** Early help assessments on a child's record (Working Together 2023 ch.1); Annex A List 2 reads them. */
export function earlyHelpService(db: AppDb, children: ChildrenService) {
  const repo = earlyHelpRepository(db)

  async function load(actor: Actor, childId: string, id: string) {
    await children.requireAccessible(actor, childId)
    const row = await repo.byId(id)
    if (!row || row.childId !== childId) throw notFound('Early help assessment')
    return row
  }

  return {
    /** One assessment; viewing it is an access to the child's record (ARCHITECTURE.md §6.6). */
    async get(actor: Actor, childId: string, id: string) {
      const row = await load(actor, childId, id)
      await recordAccess(db, actor, { action: 'earlyHelp.view', entityType: 'early_help_assessment', entityId: id, childId })
      return row
    },

    /** The child's assessments, and their contacts decided as early help; the view is audited. */
    async forChild(actor: Actor, childId: string) {
      await children.requireAccessible(actor, childId)
      const [assessments, contacts] = await Promise.all([repo.forChild(childId), repo.earlyHelpContacts(childId)])
      await recordAccess(db, actor, { action: 'earlyHelp.view', entityType: 'child', entityId: childId, childId })
      return { assessments, contacts }
    },

    async record(actor: Actor, childId: string, input: EarlyHelpInput) {
      await children.requireAccessible(actor, childId)
      return withTransaction(db, async (tx) => {
        const r = earlyHelpRepository(tx)
        // The contact must be this child's and decided as early help: the link is what Annex A and the chronology trust.
        if (input.contactId && !(await r.earlyHelpContacts(childId)).some((c) => c.id === input.contactId)) throw validationFailed({ contactId: 'Choose one of this child’s contacts decided as early help' })
        const row = await r.insert({
          childId, contactId: input.contactId ?? null, startDate: input.startDate, leadPractitioner: input.leadPractitioner,
          completedOn: input.completedOn ?? null, outcome: input.outcome ?? null, createdBy: actor.id,
        })
        await recordWrite(tx, actor, { action: 'earlyHelp.create', entityType: 'early_help_assessment', entityId: row.id, childId, after: row })
        return row
      })
    },

    /** Completes (or corrects the completion of) an assessment; a stale version is a conflict with nothing overwritten. */
    async complete(actor: Actor, childId: string, input: CompleteInput) {
      const before = await load(actor, childId, input.assessmentId)
      if (input.completedOn < before.startDate) throw validationFailed({ completedOn: `The assessment cannot be completed before it started (${formatDate(before.startDate)})` })
      return withTransaction(db, async (tx) => {
        const after = await earlyHelpRepository(tx).update(before.id, input.version, { completedOn: input.completedOn, outcome: input.outcome })
        if (!after) throw conflict('Someone else changed this early help assessment since you opened it. Reload it to see their changes.', { current: before })
        await recordWrite(tx, actor, { action: 'earlyHelp.complete', entityType: 'early_help_assessment', entityId: before.id, childId, before, after })
        return after
      })
    },
  }
}

export type EarlyHelpService = ReturnType<typeof earlyHelpService>

import type { Actor } from '../../access/actor.js'
import { recordAccess, recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import { conflict, notFound } from '../../errors.js'
import type { ChildrenService } from '../children/childrenService.js'
import { caseNoteRepository } from './caseNoteRepository.js'
import type { CaseNoteEdit, CaseNoteInput } from './caseNoteSchemas.js'

/** Typed case notes on a child's record (Working Together 2023 ch.2: recording, chronologies). */
export function caseNoteService(db: AppDb, children: ChildrenService) {
  const repo = caseNoteRepository(db)

  async function load(actor: Actor, id: string) {
    const note = await repo.byId(id)
    if (!note) throw notFound('Case note')
    await children.requireAccessible(actor, note.childId)
    return note
  }

  return {
    get: load,

    /** The child's notes, newest first; reading them is a view of the child's record (ARCHITECTURE.md §6.6). */
    async list(actor: Actor, childId: string) {
      await children.requireAccessible(actor, childId)
      const rows = await repo.forChild(childId)
      await recordAccess(db, actor, { action: 'caseNotes.view', entityType: 'child', entityId: childId, childId })
      return rows
    },

    async record(actor: Actor, childId: string, input: CaseNoteInput) {
      await children.requireAccessible(actor, childId)
      return withTransaction(db, async (tx) => {
        const row = await caseNoteRepository(tx).insert({ ...input, childId, createdBy: actor.id })
        await recordWrite(tx, actor, { action: 'caseNote.create', entityType: 'case_note', entityId: row.id, childId, after: row })
        return row
      })
    },

    /** Optimistic concurrency: a stale version is a conflict and nothing is overwritten. */
    async update(actor: Actor, id: string, input: CaseNoteEdit) {
      const before = await load(actor, id)
      const { version, ...changes } = input
      return withTransaction(db, async (tx) => {
        const after = await caseNoteRepository(tx).update(id, version, changes)
        if (!after) throw conflict('Someone else changed this case note since you opened it.', { yours: changes, current: before })
        await recordWrite(tx, actor, { action: 'caseNote.update', entityType: 'case_note', entityId: id, childId: before.childId, before, after })
        return after
      })
    },
  }
}

export type CaseNoteService = ReturnType<typeof caseNoteService>

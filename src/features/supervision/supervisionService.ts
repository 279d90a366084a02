import type { Actor } from '../../access/index.js'
import { managesStaff as supervises, maySeeStaff as maySee, staffVisibleTo as visibleTo, supervisedRoles } from '../../access/staffScope.js'
import { recordAccess, recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import type { Clock } from '../../domain/clock.js'
import { addDays } from '../../domain/timescales/index.js'
import { conflict, notFound, validationFailed, type FieldErrors } from '../../errors.js'
import { supervisionDue } from './supervisionDue.js'
import { supervisionRepository, type WorkerRow } from './supervisionRepository.js'
import type { FrequencyInput, SessionInput } from './supervisionSchemas.js'

/**
 * Supervision (issue 6 part 3): sessions with reflective and case discussion, per-worker frequency,
 * and who is overdue. Leicester 2015 found supervision irregular and management oversight not
 * recorded; each child's part of a session is kept against the child so it shows in the chronology.
 */
export function supervisionService(db: AppDb, clock: Clock) {
  const repo = supervisionRepository(db)
  const withDue = (w: WorkerRow) => ({ ...w, due: supervisionDue({ lastHeldOn: w.lastHeldOn, startedOn: w.startedOn, everyDays: w.everyDays }, clock.today()) })

  /** A worker the actor may see; anyone else is a 404, the same as a record that does not exist. */
  async function load(actor: Actor, workerId: string) {
    const worker = await repo.worker(workerId)
    if (!worker || !maySee(actor, worker)) throw notFound('Worker')
    return withDue(worker)
  }

  async function loadToSupervise(actor: Actor, workerId: string) {
    const worker = await load(actor, workerId)
    if (!supervises(actor, worker)) throw notFound('Worker')
    return worker
  }

  /** The facts a session is checked against: the worker's allocated children and active owners. */
  async function refusals(actor: Actor, worker: WorkerRow, input: SessionInput): Promise<FieldErrors> {
    const errors: FieldErrors = {}
    if (input.heldOn > clock.today()) errors.heldOn = 'The date of the supervision must be today or in the past'
    const allocated = new Set((await repo.allocatedChildren(actor, worker.id)).map((c) => c.childId))
    const cases = Object.entries(input.cases)
    for (const [childId] of cases) if (!allocated.has(childId)) errors[`cases.${childId}.discussion`] = `This child is not allocated to ${worker.displayName}: discuss only their allocated children`
    const owners = new Set((await repo.activeUsers([...new Set(cases.flatMap(([, c]) => c.actions.map((a) => a.ownerId)))])).map((u) => u.id))
    for (const [childId, c] of cases) c.actions.forEach((a, i) => { if (!owners.has(a.ownerId)) errors[`cases.${childId}.actions.${i}.ownerId`] = 'Select an owner for the action from the list' })
    return errors
  }

  return {
    /** The workers the actor may see, each with their last session, next due date and RAG. */
    overview: async (actor: Actor) => (await repo.workers(visibleTo(actor))).map(withDue),
    worker: load,
    mayRecordFor: (actor: Actor, worker: WorkerRow) => supervises(actor, worker),

    /** The worker's sessions, newest first, each with its case discussions. */
    async sessions(actor: Actor, workerId: string) {
      await load(actor, workerId)
      const sessions = await repo.sessionsOf(workerId)
      const discussions = await repo.discussionsOf(actor, sessions.map((s) => s.session.id))
      return sessions.map((s) => ({ ...s, discussions: discussions.filter((d) => d.discussion.sessionId === s.session.id) }))
    },

    /** What the session form offers: the worker's allocated children and who can own an action. */
    async formFacts(actor: Actor, workerId: string) {
      const worker = await loadToSupervise(actor, workerId)
      const [childList, team] = await Promise.all([repo.allocatedChildren(actor, workerId), worker.teamId ? repo.teamMembers(worker.teamId) : Promise.resolve([])])
      const owners = [...team, ...(team.some((u) => u.id === actor.id) ? [] : [{ id: actor.id, displayName: actor.displayName }])]
      return { worker, children: childList, owners }
    },

    /** One transaction: the session, each child's discussion and its actions, all audited, or nothing. */
    async record(actor: Actor, workerId: string, input: SessionInput) {
      const worker = await loadToSupervise(actor, workerId)
      const errors = await refusals(actor, worker, input)
      if (Object.keys(errors).length) throw validationFailed(errors)
      return withTransaction(db, async (tx) => {
        const r = supervisionRepository(tx)
        const session = await r.insertSession({ superviseeId: workerId, supervisorId: actor.id, heldOn: input.heldOn, reflectiveDiscussion: input.reflectiveDiscussion })
        await recordWrite(tx, actor, { action: 'supervision.record', entityType: 'supervision_session', entityId: session.id, after: session })
        for (const [childId, c] of Object.entries(input.cases)) {
          const discussion = await r.insertDiscussion({ sessionId: session.id, childId, discussion: c.discussion, decisions: c.decisions })
          const actions = await r.insertActions(c.actions.map((a) => ({ ...a, caseDiscussionId: discussion.id, childId })))
          await recordWrite(tx, actor, { action: 'supervision.caseDiscussion', entityType: 'supervision_case_discussion', entityId: discussion.id, childId, after: discussion, detail: { actions: actions.length } })
        }
        return session
      })
    },

    /** Version-checked; the first save creates the worker's staff profile, started today. */
    async setFrequency(actor: Actor, workerId: string, input: FrequencyInput) {
      await loadToSupervise(actor, workerId)
      return withTransaction(db, async (tx) => {
        const r = supervisionRepository(tx)
        const before = await r.profile(workerId)
        const after = before ? await r.updateFrequency(workerId, input.version, input.supervisionEveryDays) : input.version === 0 ? await r.insertProfile({ userId: workerId, startedOn: clock.today(), supervisionEveryDays: input.supervisionEveryDays }) : undefined
        if (!after) throw conflict('Someone else changed this worker’s supervision frequency since you opened the page.', { current: before })
        await recordWrite(tx, actor, { action: before ? 'staffProfile.update' : 'staffProfile.create', entityType: 'staff_profile', entityId: workerId, before: before ?? null, after })
        return after
      })
    },

    /** The actor's own next supervision, for My work; none for roles who are not supervised here. */
    async dueFor(actor: Actor) {
      if (!(supervisedRoles as readonly string[]).includes(actor.role)) return null
      const me = await repo.worker(actor.id)
      return me ? withDue(me) : null
    },

    /** Allocated children in scope with no case supervision in the last `weeks` weeks; viewing is audited. */
    async unsupervised(actor: Actor, weeks: number) {
      const since = addDays(clock.today(), -7 * weeks)
      const rows = await repo.unsupervised(actor, since)
      await recordAccess(db, actor, { action: 'supervision.unsupervisedList', entityType: 'list', detail: { weeks, count: rows.length } })
      return { since, rows }
    },
  }
}

export type SupervisionService = ReturnType<typeof supervisionService>

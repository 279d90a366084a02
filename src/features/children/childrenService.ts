import { randomInt } from 'node:crypto'
import { childAccess, type Actor } from '../../access/index.js'
import { recordAccess, recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction, type Executor } from '../../db/executor.js'
import type { Clock } from '../../domain/clock.js'
import { newChildRef } from '../../domain/children/childRef.js'
import { AppError, conflict, notFound, ruleBroken, validationFailed } from '../../errors.js'
import { childrenRepository, type ChildRow, type ChildWithAccess } from './childrenRepository.js'
import type { ChildDetails } from './childrenSchemas.js'
import { memoInRequest } from '../../http/requestMemo.js'

/** Break-glass opens a restricted record for this long; a new reason is needed after it. */
const breakGlassMinutes = 60

export class RestrictedRecord extends AppError {
  constructor(readonly child: ChildWithAccess) {
    super(403, 'restricted', 'This record is restricted. You can open it only with a recorded reason.')
  }
}

const auditable = (c: ChildRow) => ({ ...c }) as Record<string, unknown>

export function childrenService(db: AppDb, _clock: Clock) {
  const repo = (ex: Executor = db) => childrenRepository(ex)

  /**
   * Loads a child the actor may fully see: out of scope is a 404, restricted needs break-glass.
   * Outside a transaction it is read once per page view (requestMemo), however many services ask.
   */
  async function requireAccessible(actor: Actor, id: string, ex: Executor = db): Promise<ChildWithAccess> {
    const child = await (ex === db ? memoInRequest(`child:${actor.id}:${actor.role}:${id}`, () => repo(ex).byIdWithAccess(actor, id)) : repo(ex).byIdWithAccess(actor, id))
    const access = child ? childAccess(child) : 'none'
    if (!child || access === 'none') throw notFound('Child')
    if (access === 'restricted') throw new RestrictedRecord(child)
    return child
  }

  async function uniqueRef(ex: Executor): Promise<string> {
    for (;;) {
      const ref = newChildRef(() => randomInt(0, 1_000_000) / 1_000_000)
      if (!(await repo(ex).refExists(ref))) return ref
    }
  }

  return {
    requireAccessible,

    /** Exact and partial matches; when there are none, similar-sounding names are offered instead. */
    async search(actor: Actor, q: string, page: number) {
      const result = await repo().search(actor, q, page)
      const similar = q && result.total === 0 ? await repo().similarNames(actor, q) : []
      if (q) await recordAccess(db, actor, { action: 'child.search', entityType: 'child', detail: { query: q, results: result.total, similar: similar.length } })
      return { ...result, similar }
    },

    /** A view of a child's record is audited (ARCHITECTURE.md §6.6). */
    async view(actor: Actor, id: string) {
      const child = await requireAccessible(actor, id)
      const [addresses, keyPeople, allocations] = await Promise.all([repo().addresses(id), repo().keyPeople(id), repo().allocationHistory(id)])
      await recordAccess(db, actor, { action: 'child.view', entityType: 'child', entityId: id, childId: id })
      return { child, addresses, keyPeople, allocations }
    },

    async forEdit(actor: Actor, id: string) {
      return requireAccessible(actor, id)
    },

    likelyDuplicates: (actor: Actor, details: ChildDetails) => repo().likelyDuplicates(actor, details),

    async create(actor: Actor, details: ChildDetails): Promise<ChildRow> {
      return withTransaction(db, async (tx) => {
        if (details.childRef && (await repo(tx).refExists(details.childRef.toUpperCase())))
          throw validationFailed({ childRef: 'A child with this ID already exists' })
        const child = await repo(tx).insert({
          ...details,
          childRef: details.childRef?.toUpperCase() ?? (await uniqueRef(tx)),
          dateOfBirth: details.dateOfBirth ?? null,
          expectedDateOfBirth: details.expectedDateOfBirth ?? null,
          upn: details.upn ?? null,
          upnUnknownReason: details.upnUnknownReason ?? null,
        })
        await recordWrite(tx, actor, { action: 'child.create', entityType: 'child', entityId: child.id, childId: child.id, after: auditable(child) })
        return child
      })
    },

    /** A stale version is a conflict carrying both versions; nothing is overwritten. */
    async update(actor: Actor, id: string, version: number, details: ChildDetails): Promise<ChildRow> {
      return withTransaction(db, async (tx) => {
        const before = await requireAccessible(actor, id, tx)
        const { childRef: _ignored, ...changes } = details
        const after = await repo(tx).updateIfVersion(id, version, {
          ...changes,
          dateOfBirth: details.dateOfBirth ?? null,
          expectedDateOfBirth: details.expectedDateOfBirth ?? null,
          upn: details.upn ?? null,
          upnUnknownReason: details.upnUnknownReason ?? null,
        })
        if (!after) throw conflict('Someone else saved changes to this child since you opened the form.', { yours: details, current: before })
        const { inScope: _s, unlocked: _u, ...beforeRow } = before
        await recordWrite(tx, actor, { action: 'child.update', entityType: 'child', entityId: id, childId: id, before: beforeRow, after: auditable(after) })
        return after
      })
    },

    async addAddress(actor: Actor, id: string, address: { line1: string; town: string | null; postcode: string; fromDate: string }) {
      return withTransaction(db, async (tx) => {
        await requireAccessible(actor, id, tx)
        const row = await repo(tx).insertAddress({ ...address, childId: id })
        await recordWrite(tx, actor, { action: 'child.address.add', entityType: 'child_address', entityId: row.id, childId: id, after: row })
        return row
      })
    },

    async addKeyPerson(actor: Actor, id: string, person: { kind: string; name: string; relationship: string; organisation: string | null; phone: string | null }) {
      return withTransaction(db, async (tx) => {
        await requireAccessible(actor, id, tx)
        const row = await repo(tx).insertKeyPerson({ ...person, childId: id })
        await recordWrite(tx, actor, { action: 'child.keyPerson.add', entityType: 'key_person', entityId: row.id, childId: id, after: row })
        return row
      })
    },

    /** Break-glass: only for a restricted record already in the actor's scope, with a reason kept forever. */
    async breakGlass(actor: Actor, id: string, reason: string) {
      return withTransaction(db, async (tx) => {
        const child = await repo(tx).byIdWithAccess(actor, id)
        if (!child || !child.inScope) throw notFound('Child')
        if (!child.restricted) throw ruleBroken('This record is not restricted')
        const row = await repo(tx).insertBreakGlass({ childId: id, userId: actor.id, reason }, breakGlassMinutes)
        await recordWrite(tx, actor, { action: 'child.breakGlass', entityType: 'break_glass', entityId: row.id, childId: id, after: row, detail: { reason } })
        return row
      })
    },

    /** Names one more person who may open a restricted record without break-glass. */
    async grantNamedAccess(actor: Actor, id: string, email: string) {
      return withTransaction(db, async (tx) => {
        const child = await requireAccessible(actor, id, tx)
        if (!child.restricted) throw ruleBroken('Restrict the record before naming people who may see it')
        const user = await repo(tx).activeUserByEmail(email)
        if (!user) throw validationFailed({ email: 'Enter the email address of an active Cairn user' })
        const row = await repo(tx).grantRestrictedAccess({ childId: id, userId: user.id, grantedBy: actor.id })
        await recordWrite(tx, actor, { action: 'child.restrictedAccess.grant', entityType: 'restricted_access', entityId: row.id, childId: id, after: row })
        return row
      })
    },

    namedAccess: (id: string) => repo().namedAccess(id),

    /** Restricts a record and names the users who may see it (always including the person restricting it). */
    async restrict(actor: Actor, id: string, version: number, namedUserIds: string[]) {
      return withTransaction(db, async (tx) => {
        const before = await requireAccessible(actor, id, tx)
        const after = await repo(tx).updateIfVersion(id, version, { restricted: true })
        if (!after) throw conflict('Someone else saved changes to this child since you opened the page.', { current: before })
        for (const userId of new Set([actor.id, ...namedUserIds])) await repo(tx).grantRestrictedAccess({ childId: id, userId, grantedBy: actor.id })
        await recordWrite(tx, actor, { action: 'child.restrict', entityType: 'child', entityId: id, childId: id, before: { restricted: false }, after: { restricted: true }, detail: { namedUserIds } })
        return after
      })
    },
  }
}

export type ChildrenService = ReturnType<typeof childrenService>

import type { Actor } from '../../access/actor.js'
import { recordWrite } from '../../audit/auditLog.js'
import type { AppDb } from '../../db/client.js'
import { withTransaction } from '../../db/executor.js'
import { conflict, notFound, ruleBroken, validationFailed } from '../../errors.js'
import type { ChildrenService } from '../children/childrenService.js'
import { adoptionRepository, type AdopterRow } from './adoptionRepository.js'
import type { AdopterEdit, AdopterInput, AdoptionInput, DecisionInput, ReversalInput } from './adoptionSchemas.js'

type Repo = ReturnType<typeof adoptionRepository>
const stale = (before: unknown) => conflict('Someone else changed this record since you opened it. Reload it to see their changes.', { before })

/** The adoption steps in order (Adoption and Children Act 2002 ss18–21, 46): each date is not before the one before it. */
const steps = [
  ['decidedOn', 'the agency decision maker’s decision'],
  ['placementOrderOn', 'the placement order'],
  ['matchedOn', 'the match'],
  ['placedOn', 'the placement with the adopters'],
  ['adoptionOrderOn', 'the adoption order'],
] as const
type Steps = Partial<Record<(typeof steps)[number][0], string | null>>

/** The first step dated before an earlier recorded step, as a field error naming both. */
export function stepOrderErrors(d: Steps): Record<string, string> {
  let last: { date: string; label: string } | null = null
  for (const [field, label] of steps) {
    const date = d[field]
    if (!date) continue
    if (last && date < last.date) return { [field]: `The date of ${label} cannot be before ${last.label}` }
    last = { date, label }
  }
  // A child is placed after a match, and adopted after being placed (Adoption Agencies Regulations 2005 regs 31–33).
  if (d.placedOn && !d.matchedOn) return { matchedOn: 'Record the match before the placement with the adopters' }
  if (d.adoptionOrderOn && !d.placedOn) return { placedOn: 'Record the placement with the adopters before the adoption order' }
  return {}
}

/** The Annex A List 11 stages in order: enquiry, stage 1, stage 2, approval; a withdrawal follows the enquiry. */
export function adopterStageErrors(d: AdopterInput): Record<string, string> {
  const order = [['enquiryOn', 'the enquiry'], ['stageOneStartedOn', 'the start of stage 1'], ['stageTwoStartedOn', 'the start of stage 2'], ['approvedOn', 'approval']] as const
  for (let i = 1; i < order.length; i++) {
    const [field, label] = order[i]!
    const [prevField, prevLabel] = order[i - 1]!
    const date = d[field]
    if (!date) continue
    if (!d[prevField]) return { [prevField]: `Record ${prevLabel} before ${label}` }
    if (date < d[prevField]) return { [field]: `The date of ${label} cannot be before ${prevLabel}` }
  }
  if (d.withdrawnOn && d.withdrawnOn < d.enquiryOn) return { withdrawnOn: 'The adopters cannot withdraw before their enquiry' }
  return {}
}

/** Adoption (Adoption and Children Act 2002; Adoption Agencies Regulations 2005) and the adopters register. */
export function adoptionService(db: AppDb, children: ChildrenService) {
  const repo = adoptionRepository(db)

  async function write<T extends { id: string }>(actor: Actor, action: string, entityType: string, childId: string | null, fn: (r: Repo) => Promise<T | undefined>, before?: unknown) {
    return withTransaction(db, async (tx) => {
      const after = await fn(adoptionRepository(tx))
      if (!after) throw stale(before)
      await recordWrite(tx, actor, { action, entityType, entityId: after.id, childId, before: before as Record<string, unknown> | undefined, after })
      return after
    })
  }

  async function checkAdopter(input: AdopterInput, id?: string) {
    const errors = adopterStageErrors(input)
    if (Object.keys(errors).length) throw validationFailed(errors)
    const same = await repo.adopterByRef(input.reference)
    if (same && same.id !== id) throw validationFailed({ reference: 'Another household already has this reference' })
  }

  return {
    async forChild(actor: Actor, childId: string) {
      await children.requireAccessible(actor, childId)
      const [decisions, adoption, register] = [await repo.decisions(childId), await repo.current(childId), await repo.adopters()]
      const adopter = adoption?.adopterId ? register.find((a) => a.id === adoption.adopterId) ?? null : null
      return { decisions, open: decisions.find((x) => !x.reversedOn) ?? null, adoption: adoption ?? null, adopter, register }
    },

    /** The ADM's decision (reg 19); one live decision at a time, after any earlier reversal. */
    async decide(actor: Actor, childId: string, input: DecisionInput) {
      await children.requireAccessible(actor, childId)
      const decisions = await repo.decisions(childId)
      if (decisions.some((x) => !x.reversedOn)) throw ruleBroken('This child already has a decision that they should be placed for adoption: reverse it before recording another')
      const lastReversal = decisions.map((x) => x.reversedOn!).sort().at(-1)
      if (lastReversal && input.decidedOn < lastReversal) throw validationFailed({ decidedOn: 'A new decision cannot be before the last one was reversed' })
      return write(actor, 'adoptionDecision.create', 'adoption_decision', childId, (r) => r.insertDecision({ childId, decidedOn: input.decidedOn, createdBy: actor.id }))
    },

    /** Reverses the live decision (903 PlacedAdoption REASON_PLACED_CEASED) and ends the adoption in progress. */
    async reverse(actor: Actor, childId: string, input: ReversalInput) {
      await children.requireAccessible(actor, childId)
      const open = (await repo.decisions(childId)).find((x) => !x.reversedOn)
      if (!open) throw ruleBroken('There is no decision to reverse')
      if (input.reversedOn < open.decidedOn) throw validationFailed({ reversedOn: 'A decision cannot be reversed before it was made' })
      const adoption = await repo.current(childId)
      if (adoption?.adoptionOrderOn) throw ruleBroken('An adoption order has been made: the decision can no longer be reversed')
      return write(actor, 'adoptionDecision.reverse', 'adoption_decision', childId, async (r) => {
        const after = await r.reverseDecision(open.id, input.version, input)
        if (after && adoption) await r.endAdoption(adoption.id, input.reversedOn)
        return after
      }, open)
    },

    /** Records the placement order, match, placement, adoption order and AD1 facts, each step in order. */
    async record(actor: Actor, childId: string, input: AdoptionInput) {
      await children.requireAccessible(actor, childId)
      const open = (await repo.decisions(childId)).find((x) => !x.reversedOn)
      if (!open) throw ruleBroken('Record the agency decision maker’s decision that the child should be placed for adoption first (Adoption Agencies Regulations 2005 reg 19)')
      const { version, ...v } = input
      const values = { placementOrderOn: v.placementOrderOn ?? null, matchedOn: v.matchedOn ?? null, placedOn: v.placedOn ?? null, adoptionOrderOn: v.adoptionOrderOn ?? null, adopterId: v.adopterId ?? null, fosterCarers: v.fosterCarers ?? null, adopterCount: v.adopterCount ?? null, adopterSexes: v.adopterSexes ?? null, adopterLegalStatus: v.adopterLegalStatus ?? null }
      const errors = stepOrderErrors({ decidedOn: open.decidedOn, ...values })
      if (Object.keys(errors).length) throw validationFailed(errors)
      if (values.adopterId) {
        const adopter = await repo.adopter(values.adopterId)
        if (!adopter) throw validationFailed({ adopterId: 'Select the adopters from the register' })
        if (!adopter.approvedOn || (values.matchedOn && adopter.approvedOn > values.matchedOn)) throw validationFailed({ adopterId: 'These adopters were not approved by the date of the match (Adoption Agencies Regulations 2005 reg 30)' })
      }
      const before = await repo.current(childId)
      if (!before) return write(actor, 'adoption.create', 'adoption', childId, (r) => r.insertAdoption({ ...values, childId, decidedOn: open.decidedOn, createdBy: actor.id }))
      if (version === undefined) throw stale(before)
      return write(actor, 'adoption.update', 'adoption', childId, (r) => r.updateAdoption(before.id, version, values), before)
    },

    adopters: () => repo.adopters(),
    async adopter(id: string): Promise<AdopterRow> {
      const a = await repo.adopter(id)
      if (!a) throw notFound('Adopters')
      return a
    },
    async addAdopter(actor: Actor, input: AdopterInput) {
      await checkAdopter(input)
      return write(actor, 'adopter.create', 'adopter', null, (r) => r.insertAdopter({ ...input, stageOneStartedOn: input.stageOneStartedOn ?? null, stageTwoStartedOn: input.stageTwoStartedOn ?? null, approvedOn: input.approvedOn ?? null, withdrawnOn: input.withdrawnOn ?? null, createdBy: actor.id }))
    },
    async updateAdopter(actor: Actor, id: string, input: AdopterEdit) {
      const before = await repo.adopter(id)
      if (!before) throw notFound('Adopters')
      const { version, ...v } = input
      await checkAdopter(v, id)
      return write(actor, 'adopter.update', 'adopter', null, (r) => r.updateAdopter(id, version, { ...v, stageOneStartedOn: v.stageOneStartedOn ?? null, stageTwoStartedOn: v.stageTwoStartedOn ?? null, approvedOn: v.approvedOn ?? null, withdrawnOn: v.withdrawnOn ?? null }), before)
    },
  }
}

export type AdoptionService = ReturnType<typeof adoptionService>

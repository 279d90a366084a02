import type { Executor } from '../../db/executor.js'
import { hasDomesticAbuse } from '../../domain/plans/completeness.js'
import { validationFailed, type FieldErrors } from '../../errors.js'
import type { Spec } from '../child-protection/cpPresenters.js'
import { planRepository } from './planRepository.js'
import { asksSafetyPlan } from './planSchemas.js'

/**
 * The domestic-abuse safety plan and what is known of each parent's own history of trauma, on CIN
 * and CP plans alike, where the child's latest assessment found domestic abuse (CIN factors 3A–3C).
 * Ofsted's 2024 inspection of Leicester found responsibility placed on parents to keep children safe
 * without that understanding of the parents' own experiences (completeness.ts).
 */
type SafetyInput = { safetyPlan?: string | undefined; parentsHistory?: string | undefined }
type SafetyStored = { safetyPlan: string | null; parentsHistory: string | null }

/** Whether the child's latest assessment found domestic abuse. */
export const domesticAbuseFound = async (db: Executor, childId: string) => hasDomesticAbuse(await planRepository(db).latestFactors(childId))

/** Where there is domestic abuse, the plan form must give both; nothing is saved otherwise. */
export function requireSafetyPlan(domesticAbuse: boolean, input: SafetyInput) {
  if (!domesticAbuse) return
  const errors: FieldErrors = {}
  if (!input.safetyPlan) errors.safetyPlan = 'Enter the safety plan: the assessment found domestic abuse'
  if (!input.parentsHistory) errors.parentsHistory = 'Enter what is known of each parent’s own history of trauma: the assessment found domestic abuse'
  if (Object.keys(errors).length) throw validationFailed(errors)
}

/** The values to store: a form that did not ask for the safety plan leaves what is stored alone. */
export const safetyValues = (domesticAbuse: boolean, before: SafetyStored, input: SafetyInput) =>
  asksSafetyPlan(domesticAbuse, before) ? { safetyPlan: input.safetyPlan ?? null, parentsHistory: input.parentsHistory ?? null } : {}

const safetySpecs: Spec[] = [
  { kind: 'textarea', name: 'safetyPlan', label: 'Domestic abuse safety plan', hint: 'How the child and the adult at risk will be kept safe, by whom, and what happens if the abuse recurs' },
  { kind: 'textarea', name: 'parentsHistory', label: 'What is known of each parent’s own history of trauma', hint: 'Each parent’s own experience of abuse or trauma, and how it bears on what the plan asks of them' },
]
/** The two form fields, when the form asks for them. */
export const safetyFields = (asks: boolean) => (asks ? safetySpecs : [])

/** The two summary rows, when the plan asks for them. */
export const safetyRows = (asks: boolean, p: SafetyStored): [string, string | null][] =>
  asks ? [['Domestic abuse safety plan', p.safetyPlan], ['What is known of each parent’s own history of trauma', p.parentsHistory]] : []

/**
 * The order of the pre-proceedings steps, checked before anything is saved. The rule numbers are
 * the DfE CIN census 2026-27 validation rules for the PreProceedingsandFGDM module
 * (research/standards.md §1.3), so a record Cairn accepts is one the census accepts.
 */
import type { FieldErrors } from '../../errors.js'

export type PreProceedingsDates = {
  readonly startDate: string
  readonly letterSentOn: string | null
  readonly fgdmOffered: boolean | null
  readonly fgdmFacilitated: boolean | null
  readonly stepDecisionOn: string | null
  readonly outcome: string | null
  readonly courtApplicationOn: string | null
  readonly letterInitiatingProceedingsOn: string | null
  readonly endDate: string | null
}

type Check = readonly [
  field: keyof PreProceedingsDates,
  broken: (p: PreProceedingsDates) => boolean,
  message: string,
]

const before = (a: string | null, b: string | null) => a !== null && b !== null && a < b

const checks: readonly Check[] = [
  [
    'letterSentOn',
    (p) => before(p.letterSentOn, p.startDate),
    'CIN rule 9006: the letter before proceedings cannot be before the start of pre-proceedings',
  ],
  [
    'fgdmOffered',
    (p) => p.letterSentOn !== null && p.fgdmOffered === null,
    'CIN rule 9007: say whether the letter before proceedings offered a family group decision-making meeting',
  ],
  [
    'fgdmOffered',
    (p) => p.letterSentOn === null && p.fgdmOffered !== null,
    'The family group decision-making meeting is offered in the letter before proceedings: enter the date of the letter',
  ],
  [
    'fgdmFacilitated',
    (p) => p.fgdmFacilitated !== null && p.fgdmOffered === null,
    'Say whether a family group decision-making meeting was offered before saying whether one was facilitated',
  ],
  [
    'stepDecisionOn',
    (p) => before(p.stepDecisionOn, p.startDate),
    'CIN rule 9009: the decision to step up or down cannot be before the start of pre-proceedings',
  ],
  [
    'courtApplicationOn',
    (p) => p.courtApplicationOn !== null && p.stepDecisionOn === null,
    'CIN rule 9012: record the decision to step up to proceedings before the court application',
  ],
  [
    'courtApplicationOn',
    (p) => before(p.courtApplicationOn, p.stepDecisionOn),
    'CIN rule 9012: the court application cannot be before the decision to initiate care proceedings',
  ],
  [
    'courtApplicationOn',
    (p) => before(p.courtApplicationOn, p.startDate),
    'The court application cannot be before the start of pre-proceedings',
  ],
  [
    'letterInitiatingProceedingsOn',
    (p) => p.letterInitiatingProceedingsOn !== null && p.courtApplicationOn === null,
    'CIN rule 9013: record the court application before the letter initiating proceedings',
  ],
  [
    'letterInitiatingProceedingsOn',
    (p) => before(p.letterInitiatingProceedingsOn, p.courtApplicationOn),
    'CIN rule 9013: the letter initiating care proceedings cannot be before the court application',
  ],
  // Outcome A is care proceedings issued (CS131 as Cairn reads it): it follows an application.
  [
    'outcome',
    (p) => p.outcome === 'A' && p.courtApplicationOn === null,
    'An outcome of care proceedings needs the date the court application was submitted',
  ],
  [
    'endDate',
    (p) => p.endDate !== null && p.outcome === null,
    'Select the outcome before ending pre-proceedings',
  ],
  [
    'endDate',
    (p) =>
      [
        p.startDate,
        p.letterSentOn,
        p.stepDecisionOn,
        p.courtApplicationOn,
        p.letterInitiatingProceedingsOn,
      ].some((d) => before(p.endDate, d)),
    'Pre-proceedings cannot end before a step already recorded on them',
  ],
]

/** Every broken ordering rule, first message per field, so the form shows them all at once. */
export function preProceedingsErrors(p: PreProceedingsDates): FieldErrors {
  const errors: FieldErrors = {}
  for (const [field, broken, message] of checks) if (broken(p)) errors[field] ??= message
  return errors
}

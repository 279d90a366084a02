import { z } from 'zod'
import { adopterLegalStatuses, adopterSexes, codesOf, reasonsPlacedCeased } from '../../domain/codeLists/index.js'
import { joinDateInput } from '../../http/forms.js'
import { blank, pastDate, text, version } from '../child-protection/cpSchemas.js'

/** The date fields of the adoption forms, joined from the GOV.UK date input's three parts. */
export const adoptionDateFields = ['decidedOn', 'reversedOn', 'placementOrderOn', 'matchedOn', 'placedOn', 'adoptionOrderOn', 'enquiryOn', 'stageOneStartedOn', 'stageTwoStartedOn', 'approvedOn', 'withdrawnOn'] as const

export function withAdoptionDates(body: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = { ...body }
  for (const name of adoptionDateFields) if (`${name}-day` in body || `${name}-year` in body) values[name] = joinDateInput(body, name)
  return values
}

const optionalPast = (today: string, label: string) => z.preprocess(blank, pastDate(today, label).optional())
const optionalCode = <T extends readonly [string, ...string[]]>(codes: T, message: string) => z.preprocess(blank, z.enum(codes, { error: message }).optional())

/** The agency decision maker's decision that the child should be placed for adoption (Adoption Agencies Regulations 2005 reg 19). */
export const decisionSchema = (today: string) => z.object({ decidedOn: pastDate(today, 'the date of the agency decision maker’s decision') })
export type DecisionInput = z.infer<ReturnType<typeof decisionSchema>>

/** 903 PlacedAdoption: DATE_PLACED_CEASED and REASON_PLACED_CEASED (RD1–RD4). */
export const reversalSchema = (today: string) =>
  z.object({ version, reversedOn: pastDate(today, 'the date the decision was reversed'), reversalReason: z.enum(codesOf(reasonsPlacedCeased), { error: 'Select the reason the decision was reversed' }) })
export type ReversalInput = z.infer<ReturnType<typeof reversalSchema>>

/** The steps after the decision and the AD1 facts about the adopters. */
export const adoptionSchema = (today: string) =>
  z
    .object({
      version: z.preprocess(blank, version.optional()),
      placementOrderOn: optionalPast(today, 'the date of the placement order'),
      matchedOn: optionalPast(today, 'the date of the match'),
      placedOn: optionalPast(today, 'the date the child was placed with the adopters'),
      adoptionOrderOn: optionalPast(today, 'the date of the adoption order'),
      adopterId: z.preprocess(blank, z.uuid({ error: 'Select the adopters from the register' }).optional()),
      fosterCarers: optionalCode(['0', '1'], 'Select whether the child was adopted by their foster carers'),
      adopterCount: optionalCode(['1', '2'], 'Select the number of adopters'),
      adopterSexes: optionalCode(codesOf(adopterSexes), 'Select the adopters’ sexes'),
      adopterLegalStatus: optionalCode(codesOf(adopterLegalStatuses), 'Select the adopters’ legal status'),
    })
    // 903 AD1: a single adopter is M1 or F1 and single (L0); a couple is MM, FF or MF and not L0.
    .superRefine((d, ctx) => {
      const single = d.adopterCount === '1'
      if (d.adopterCount && d.adopterSexes && single !== ['M1', 'F1'].includes(d.adopterSexes)) ctx.addIssue({ code: 'custom', path: ['adopterSexes'], message: single ? 'A single adopter is a single male or a single female' : 'Two adopters are a couple' })
      if (d.adopterCount && d.adopterLegalStatus && single !== (d.adopterLegalStatus === 'L0')) ctx.addIssue({ code: 'custom', path: ['adopterLegalStatus'], message: single ? 'A single adopter’s legal status is single (L0)' : 'A couple’s legal status cannot be single (L0)' })
    })
export type AdoptionInput = z.infer<ReturnType<typeof adoptionSchema>>

const adopterFields = (today: string) => ({
  reference: text('the adopters’ reference', 50),
  household: text('a description of the household', 500),
  enquiryOn: pastDate(today, 'the date of the enquiry'),
  stageOneStartedOn: optionalPast(today, 'the date stage 1 started'),
  stageTwoStartedOn: optionalPast(today, 'the date stage 2 started'),
  approvedOn: optionalPast(today, 'the date of approval'),
  withdrawnOn: optionalPast(today, 'the date the adopters withdrew'),
})
export const adopterSchema = (today: string) => z.object(adopterFields(today))
export const adopterEditSchema = (today: string) => z.object({ ...adopterFields(today), version })
export type AdopterInput = z.infer<ReturnType<typeof adopterSchema>>
export type AdopterEdit = z.infer<ReturnType<typeof adopterEditSchema>>

import { z } from 'zod'
import { codesOf, type CodeEntry } from '../../domain/codeLists/index.js'
import { categoriesOfNeed, legalStatuses, previousPermanenceOrders, reasonsEpisodeCeased, reasonsPlaceChange } from '../../domain/codeLists/ssda903.js'
import { joinDateInput } from '../../http/forms.js'

const blank = (v: unknown) => (v === '' || v === null ? undefined : v)
const optionalText = (label: string, max: number) =>
  z.preprocess(blank, z.string().trim().max(max, `Keep ${label} to ${max} characters or fewer`).optional())
const text = (label: string, max = 5000) =>
  z.string({ error: `Enter ${label}` }).trim().min(1, `Enter ${label}`).max(max, `Keep ${label} to ${max} characters or fewer`)
/** Casework records what happened: a date in the future is refused (and an impossible one). */
const pastDate = (today: string, label: string) =>
  z.iso.date({ error: `Enter ${label} as a real date` }).refine((d) => d <= today, `${label[0]!.toUpperCase()}${label.slice(1)} must be today or in the past`)
const optionalPastDate = (today: string, label: string) => z.preprocess(blank, pastDate(today, label).optional())
const ticked = z.preprocess((v) => v === 'yes' || v === true || (Array.isArray(v) && v.includes('yes')), z.boolean())
const yesNo = (label: string) =>
  z.preprocess((v) => (v === 'yes' ? true : v === 'no' ? false : v === true || v === false ? v : undefined), z.boolean({ error: `Select whether ${label}` }))
const version = z.coerce.number({ error: 'The form is missing its version: reload the page' }).int().positive().max(2_147_483_647, 'The form’s version is not valid: reload the page')
const code = (list: readonly CodeEntry[], message: string) => z.enum(codesOf(list) as [string, ...string[]], { error: message })
const postcode = (label: string) =>
  z.preprocess(blank, z.string().trim().toUpperCase().regex(/^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/, `Enter ${label} as a full UK postcode, like LE1 5AB`).optional())

/** The date fields of the care forms, joined from the GOV.UK date input's three parts. */
export const careDateFields = ['startsOn', 'endedOn', 'visitedOn', 'startedOn', 'ceasedOn', 'ofstedNotifiedOn', 'signedOffOn', 'datePerm', 'motherChildDob'] as const

export function withCareDates(body: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = { ...body }
  for (const name of careDateFields) if (`${name}-day` in body || `${name}-year` in body) values[name] = joinDateInput(body, name)
  return values
}

/** A placement as the 903 records it (PLACE, PLACE_PROVIDER, URN, postcode); year rules are checked by the service. */
const placementFields = {
  placementType: z.string({ error: 'Select the placement type' }).trim().min(1, 'Select the placement type').max(4),
  placementProvider: z.preprocess(blank, z.string().trim().max(4).optional()),
  providerName: optionalText('the provider’s name', 200),
  urn: z.preprocess(blank, z.string().trim().regex(/^(SC|EY)?[0-9]{6,7}$|^XXXXXXX$/i, 'Enter the Ofsted URN as on the register, like SC123456 (or XXXXXXX if it has none)').optional()),
  placementPostcode: postcode('the placement postcode'),
  homePostcode: postcode('the home postcode'),
  longTerm: ticked,
  childAgreedSixMonthly: ticked,
  unregistered: ticked,
}

export const startCareSchema = (today: string) =>
  z.object({
    startsOn: pastDate(today, 'the date care started'),
    legalStatus: code(legalStatuses, 'Select the legal status'),
    categoryOfNeed: code(categoriesOfNeed, 'Select the category of need (N1 to N8)'),
    ...placementFields,
    // Asked when care starts, for the SSDA903 return: PrevPerm (rule 630) and, for a girl, MOTHER (rules 393, 607).
    prevPerm: code(previousPermanenceOrders, 'Select whether the child had a permanence order before (PREV_PERM)'),
    laPerm: optionalText('the local authority that made the order', 3),
    datePerm: optionalPastDate(today, 'the date of the earlier order'),
    isMother: z.preprocess(blank, z.enum(['yes', 'no'], { error: 'Say whether the child is a mother' }).optional()),
    motherChildDob: optionalPastDate(today, 'the date of birth of her child'),
  })
  .refine((v) => v.isMother !== 'yes' || v.motherChildDob, { path: ['motherChildDob'], message: 'Enter the date of birth of her child (903 rule 611)' })
  .refine((v) => v.isMother === 'yes' || !v.motherChildDob, { path: ['motherChildDob'], message: 'Leave the child’s date of birth blank unless she is a mother (903 rule 612)' })
export type StartCareInput = z.infer<ReturnType<typeof startCareSchema>>

export const legalStatusSchema = (today: string) =>
  z.object({ version, startsOn: pastDate(today, 'the date of the change'), legalStatus: code(legalStatuses, 'Select the new legal status') })
export type LegalStatusInput = z.infer<ReturnType<typeof legalStatusSchema>>

export const movePlacementSchema = (today: string) =>
  z.object({
    version,
    startsOn: pastDate(today, 'the date the new placement started'),
    ...placementFields,
    reasonPlaceChange: z.preprocess(blank, code(reasonsPlaceChange, 'Select why the previous placement ended').optional()),
    sameCarers: yesNo('the child stayed with the same carers'),
    legalStatus: z.preprocess(blank, code(legalStatuses, 'Select the new legal status').optional()),
  })
export type MovePlacementInput = z.infer<ReturnType<typeof movePlacementSchema>>

/** X1 is the 903's own continuation code; a period of care never ends with it. */
export const endReasons = reasonsEpisodeCeased.filter((r) => r.code !== 'X1')
export const endCareSchema = (today: string) =>
  z.object({ version, endedOn: pastDate(today, 'the date care ended'), reasonCeased: code(endReasons, 'Select why care ended (REC)') })
export type EndCareInput = z.infer<ReturnType<typeof endCareSchema>>

export const claVisitSchema = (today: string) =>
  z
    .object({
      visitedOn: pastDate(today, 'the date of the visit'),
      childSeen: yesNo('the child was seen'),
      seenAlone: yesNo('the child was seen alone'),
      notes: text('what was found on the visit'),
    })
    .refine((v) => v.childSeen || !v.seenAlone, { path: ['seenAlone'], message: 'A child who was not seen cannot have been seen alone' })
export type ClaVisitInput = z.infer<ReturnType<typeof claVisitSchema>>

export const uascSchema = (today: string) =>
  z.object({
    version: z.preprocess(blank, version.optional()),
    startedOn: optionalPastDate(today, 'the date UASC status started'),
    ceasedOn: optionalPastDate(today, 'the date UASC status ceased'),
  }).refine((v) => !v.startedOn || !v.ceasedOn || v.ceasedOn >= v.startedOn, { path: ['ceasedOn'], message: 'UASC status cannot cease before it started' })
export type UascInput = z.infer<ReturnType<typeof uascSchema>>

export const unregisteredPlanSchema = (today: string) =>
  z.object({
    version,
    plan: z.enum(['REGISTER', 'MOVE'], { error: 'Select whether the plan is to register the placement or move the child' }),
    planDetail: text('the plan, with dates', 2000),
    ofstedNotifiedOn: optionalPastDate(today, 'the date Ofsted was told'),
  })
export type UnregisteredPlanInput = z.infer<ReturnType<typeof unregisteredPlanSchema>>

export const signOffSchema = (today: string) => z.object({ version, signedOffOn: pastDate(today, 'the date of the director’s sign-off') })
export type SignOffInput = z.infer<ReturnType<typeof signOffSchema>>

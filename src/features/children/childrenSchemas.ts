import { z } from 'zod'
import { codesOf, disabilities, ethnicities, keyPersonKinds, sexes, upnUnknownReasons } from '../../domain/codeLists/index.js'
import { childRefPattern } from '../../domain/children/childRef.js'
import { isValidUpn } from '../../domain/children/upn.js'

const text = (label: string, max: number) =>
  z.string().trim().min(1, `Enter ${label}`).max(max, `${label[0]?.toUpperCase()}${label.slice(1)} must be ${max} characters or fewer`)
const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label} must be ${max} characters or fewer`).optional().transform((v) => v || null)
const isoDate = (label: string) => z.iso.date({ error: `${label} must be a real date` })
const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v)

/** A child's details, shared by the create and edit forms and the API (ARCHITECTURE.md §6.3). */
export const childDetailsSchema = (today: string) =>
  z
    .object({
      childRef: z.preprocess(emptyToUndefined, z.string().trim().regex(childRefPattern, 'Child ID must be 10 letters or numbers').optional()),
      firstName: text('the first name', 100),
      lastName: text('the last name', 100),
      otherNames: optionalText('Other names', 200),
      dateOfBirth: z.preprocess(emptyToUndefined, isoDate('Date of birth').optional()),
      expectedDateOfBirth: z.preprocess(emptyToUndefined, isoDate('Expected date of birth').optional()),
      sex: z.enum(codesOf(sexes), { error: 'Select the child’s sex' }),
      ethnicity: z.enum(codesOf(ethnicities), { error: 'Select an ethnicity from the list' }),
      disability: z.enum(codesOf(disabilities), { error: 'Select a disability from the list' }).default('NONE'),
      upn: z.preprocess(
        (v) => (typeof v === 'string' ? v.trim().toUpperCase() || undefined : v),
        z.string().refine(isValidUpn, 'Enter a valid UPN: 13 characters with a correct check letter').optional(),
      ),
      upnUnknownReason: z.preprocess(emptyToUndefined, z.enum(codesOf(upnUnknownReasons), { error: 'Select a reason the UPN is unknown' }).optional()),
      religion: optionalText('Religion', 100),
      firstLanguage: optionalText('First language', 100),
    })
    .superRefine((c, ctx) => {
      if (!c.dateOfBirth && !c.expectedDateOfBirth)
        ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'Enter the date of birth, or the expected date of birth for an unborn child' })
      if (c.dateOfBirth && c.dateOfBirth > today) ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'Date of birth must be today or in the past' })
      if (c.dateOfBirth && c.dateOfBirth < '1990-01-01') ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'Date of birth must be after 1 January 1990' })
      if (!c.upn && !c.upnUnknownReason) ctx.addIssue({ code: 'custom', path: ['upn'], message: 'Enter the UPN, or select why it is unknown' })
      if (c.upn && c.upnUnknownReason) ctx.addIssue({ code: 'custom', path: ['upnUnknownReason'], message: 'Leave the reason blank when the UPN is known' })
    })

export type ChildDetails = z.infer<ReturnType<typeof childDetailsSchema>>

export const versionSchema = z.coerce.number({ error: 'The form is missing its version: reload the page' }).int().positive()

export const addressSchema = (today: string) =>
  z.object({
    line1: text('the first line of the address', 200),
    town: optionalText('Town', 100),
    postcode: z.string().trim().toUpperCase().regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, 'Enter a real postcode, like LE1 6ZG'),
    fromDate: isoDate('The date the child moved in').refine((d) => d <= today, 'The date the child moved in must be today or in the past'),
  })

export const keyPersonSchema = z.object({
  kind: z.enum(codesOf(keyPersonKinds), { error: 'Select who this person is' }),
  name: text('the person’s name', 200),
  relationship: text('the relationship to the child', 100),
  organisation: optionalText('Organisation', 200),
  phone: z.string().trim().max(30, 'Phone number must be 30 characters or fewer').regex(/^[0-9 +()-]*$/, 'Enter a phone number using numbers, spaces and + ( ) - only').optional().transform((v) => v || null),
})

export const breakGlassSchema = z.object({
  reason: z.string().trim().min(10, 'Give a reason of at least 10 characters').max(500, 'Reason must be 500 characters or fewer'),
})

export const searchSchema = z.object({
  q: z.string().trim().max(100, 'Search for 100 characters or fewer').default(''),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
})

export const childIdSchema = z.object({ id: z.uuid() })

export const namedAccessSchema = z.object({
  email: z.string().trim().min(1, 'Enter the email address of the person to name').max(254, 'Email address must be 254 characters or fewer'),
})

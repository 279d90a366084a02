import { z } from 'zod'
import { roleCodes } from '../../access/roles.js'
import { codesOf } from '../../domain/codeLists/index.js'

/** The services a team belongs to, in the order a child moves through them. */
export const teamServices = [
  { code: 'front_door', description: 'Front door / MASH' },
  { code: 'assessment', description: 'Assessment' },
  { code: 'child_in_need', description: 'Child in need' },
  { code: 'child_protection', description: 'Child protection' },
  { code: 'children_in_care', description: 'Children in care' },
  { code: 'care_leavers', description: 'Care leavers' },
  { code: 'disabled_children', description: 'Disabled children' },
] as const

const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v)

const name = (label: string, max: number) =>
  z.string({ error: `Enter ${label}` }).trim().min(1, `Enter ${label}`).max(max, `${label[0]?.toUpperCase()}${label.slice(1)} must be ${max} characters or fewer`)

const role = z.enum(roleCodes, { error: 'Select a role' })
const teamId = z.preprocess(emptyToNull, z.uuid({ error: 'Select a team from the list' }).nullable())

// NCSC password guidance: length beats complexity rules, so the only rule is a minimum length.
// 12 is the floor the brief sets; 128 bounds the work argon2 is asked to do.
const password = z
  .string({ error: 'Enter an initial password' })
  .min(12, 'The initial password must be at least 12 characters')
  .max(128, 'The initial password must be 128 characters or fewer')

export const newUserSchema = z.object({
  displayName: name('the person’s name', 200),
  email: z
    .string({ error: 'Enter an email address' })
    .trim()
    .toLowerCase()
    .min(1, 'Enter an email address')
    .pipe(z.email({ error: 'Enter an email address in the correct format, like name@example.gov.uk' }).max(254)),
  role,
  teamId,
  password,
})
export type NewUser = z.infer<typeof newUserSchema>

// Checkboxes post nothing when unticked, so a missing value means "no".
const checkbox = z.preprocess((v) => v === 'yes' || v === 'true' || v === true, z.boolean())

export const editUserSchema = z.object({
  role,
  teamId,
  active: checkbox,
  unlock: checkbox,
})
export type UserChanges = z.infer<typeof editUserSchema>

export const versionSchema = z.coerce.number({ error: 'The form is missing its version: reload the page' }).int().positive()

export const newTeamSchema = z.object({
  name: name('the team name', 100),
  service: z.enum(codesOf(teamServices), { error: 'Select the service the team belongs to' }),
  caseloadThreshold: z.preprocess(
    (v) => (v === '' || v === undefined || v === null ? undefined : Number(v)),
    z
      .number({ error: (issue) => (issue.input === undefined ? 'Enter the caseload threshold' : 'Enter the caseload threshold as a number') })
      .int('Enter the caseload threshold as a whole number')
      .min(1, 'The caseload threshold must be between 1 and 40')
      .max(40, 'The caseload threshold must be between 1 and 40'),
  ),
})
export type NewTeam = z.infer<typeof newTeamSchema>

export const userIdSchema = z.object({ id: z.uuid() })

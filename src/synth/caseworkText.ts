/**
 * Fixed content for the synthetic casework (casework.ts): the conference chairs and the words that
 * fill assessments and closures. Closure reasons are the CIN census codes RC1–RC9 (N00103).
 */
import type { Rng } from './random.js'
import type { UserRow } from './rows.js'
import type { SynthSize } from './sizes.js'
import type { Workforce } from './workforce.js'

/** Independent reviewing officers to chair conferences: about one for 50 children on plans. */
export function addIros(workforce: Workforce, size: SynthSize, rng: Rng, passwordHash: string): UserRow[] {
  const count = size.name === 'leicester' ? 7 : 1
  const first = ['Sarah', 'Mohammed', 'Anita', 'Gary', 'Joanne', 'Sunil', 'Claire', 'Femi']
  const last = ['Kaur', 'Bennett', 'Patel', 'Walsh', 'Adeyemi', 'Chauhan', 'Green', 'Lewis']
  const added: UserRow[] = []
  for (let n = 1; n <= count; n++)
    added.push({
      id: rng.uuid(),
      email: `iro${n}@demo.cairn.test`,
      displayName: `${rng.pick(first)} ${rng.pick(last)}`,
      role: 'iro',
      teamId: null,
      passwordHash,
      isDemo: true,
    })
  workforce.users.push(...added)
  return added
}

export const factorCodes = [
  '1B',
  '2B',
  '3A',
  '3B',
  '4B',
  '4A',
  '5B',
  '6B',
  '7A',
  '10A',
  '11A',
  '13A',
  '14A',
  '16A',
  '17A',
  '18B',
  '19B',
  '20',
  '22A',
]
export const lateReasons = [
  'Parents did not engage with the first three appointments.',
  'Waiting for information from the police and the GP.',
  'Worker absence; the case was reallocated part way through.',
  'Complex family with several children; further checks were needed.',
]
export const nextSteps: Record<string, string> = {
  NFA: 'No further action: needs can be met by universal services.',
  EARLY_HELP: 'Step down to the early help family support service.',
  CIN_PLAN: 'Child in need plan; CIN meeting within 10 working days.',
  STRATEGY: 'Strategy discussion held; section 47 enquiry.',
}
export const closureNotes: Record<string, string> = {
  RC1: 'Adoption order made.',
  RC2: 'Child died; case closed.',
  RC3: 'Child arrangements order made; no further role for children’s services.',
  RC4: 'Special guardianship order made.',
  RC5: 'Family moved; case transferred to the new local authority.',
  RC6: 'Transferred to adult social care.',
  RC7: 'Plan outcomes achieved; child no longer in need.',
  RC8: 'Closed after assessment: no further action.',
  RC9: 'Closed after assessment: referred to early help.',
}
export const plannedClosures: readonly (readonly [string, number])[] = [
  ['RC7', 80],
  ['RC5', 8],
  ['RC3', 4],
  ['RC4', 3],
  ['RC6', 3],
  ['RC1', 1],
  ['RC2', 0.2],
]

/**
 * Free-text and culturally linked attributes for synthetic records. Religion and first language
 * are recorded because inspectors asked for both (ARCHITECTURE.md §8); the mixes lean on
 * Leicester's population (research/domain.md §4.3: EAL about 50% of pupils).
 */
import type { Heritage } from './names.js'
import type { Weighted } from './random.js'

/** Why a contact came in: short reason, the presenting concerns, and the CIN primary need it implies. */
const concernList: readonly (readonly [string, string, string])[] = [
  [
    'Domestic abuse',
    'Police attended a domestic incident at the family home; the children were present and frightened.',
    'N1',
  ],
  [
    'Neglect',
    'School reports the child often arrives hungry, in unwashed clothes, and has missed medical appointments.',
    'N1',
  ],
  [
    'Physical injury',
    'Bruising seen on the child’s arm and cheek; the explanation given does not fit the injury.',
    'N1',
  ],
  [
    'Emotional harm',
    'Child describes being shouted at and threatened at home; presents as withdrawn at school.',
    'N1',
  ],
  [
    'Sexual harm concern',
    'Child made a disclosure to a teacher that raises concerns about sexual harm.',
    'N1',
  ],
  [
    'Parental substance misuse',
    'Parent seen under the influence while caring for a young child; home conditions poor.',
    'N5',
  ],
  [
    'Parental mental health',
    'Parent in mental health crisis; no other adult in the home to care for the children.',
    'N3',
  ],
  [
    'Child missing from home',
    'Child reported missing overnight for the third time this month; whereabouts unknown.',
    'N6',
  ],
  [
    'Exploitation concern',
    'Young person found in another town with older males; concerns about criminal exploitation.',
    'N1',
  ],
  [
    'Family breakdown',
    'Parent says they can no longer manage the young person’s behaviour and asks for them to leave.',
    'N4',
  ],
  [
    'Housing and hardship',
    'Family facing eviction with no money for food or heating; children’s needs not being met.',
    'N7',
  ],
  [
    'Child’s disability',
    'Parents of a disabled child are struggling to meet care needs and request support.',
    'N2',
  ],
  [
    'School attendance',
    'Persistent absence and the family has not engaged with the school’s attempts to help.',
    'N5',
  ],
  [
    'Unaccompanied child',
    'Young person arrived alone and without a parent or carer; asylum claim being made.',
    'N8',
  ],
  ['Self-harm', 'Young person attended A&E after self-harming; parents struggling to keep them safe.', 'N4'],
]

const concernWeights = [22, 16, 8, 8, 4, 8, 7, 5, 4, 6, 3, 3, 3, 1, 2]
export const concerns: Weighted<readonly [string, string, string]> = concernList.map(
  (c, i) => [c, concernWeights[i] ?? 1] as const,
)

export const decisionReasons: Record<string, string> = {
  NFA: 'Threshold for a social care response not met; no further action and the referrer informed.',
  INFO_ADVICE: 'Information and advice given to the referrer and family; universal services to continue.',
  EARLY_HELP: 'Family consented to an early help assessment; passed to the Early Help service.',
  REFERRAL: 'Threshold met for a child and family assessment under Children Act 1989 s17.',
  STRATEGY: 'Reasonable cause to suspect significant harm; strategy discussion to be convened (s47).',
}

/** Heritage group used for names, religion and language, from the child's ethnicity code. */
export const heritageOf: Record<string, Weighted<Heritage>> = {
  WBRI: [['british', 1]],
  WIRI: [['british', 1]],
  WIRT: [['british', 1]],
  WOTH: [
    ['eastEuropean', 7],
    ['british', 3],
  ],
  WROM: [['eastEuropean', 1]],
  MWBC: [
    ['caribbean', 1],
    ['british', 1],
  ],
  MWBA: [
    ['african', 1],
    ['british', 1],
  ],
  MWAS: [
    ['indian', 1],
    ['british', 1],
  ],
  MOTH: [['british', 1]],
  AIND: [
    ['indian', 8],
    ['southAsianMuslim', 2],
  ],
  APKN: [['southAsianMuslim', 1]],
  ABAN: [['southAsianMuslim', 1]],
  AOTH: [
    ['southAsianMuslim', 1],
    ['indian', 1],
  ],
  BCRB: [['caribbean', 1]],
  BAFR: [['african', 1]],
  BOTH: [
    ['african', 1],
    ['caribbean', 1],
  ],
  CHNE: [['chinese', 1]],
  OOTH: [['middleEastern', 1]],
  REFU: [['british', 1]],
  NOBT: [['british', 1]],
}

export const religionOf: Record<Heritage, Weighted<string>> = {
  british: [
    ['No religion', 50],
    ['Christian', 38],
    ['Not stated', 12],
  ],
  indian: [
    ['Hindu', 60],
    ['Sikh', 25],
    ['Christian', 3],
    ['No religion', 5],
    ['Not stated', 7],
  ],
  southAsianMuslim: [
    ['Muslim', 95],
    ['Not stated', 5],
  ],
  african: [
    ['Muslim', 50],
    ['Christian', 45],
    ['Not stated', 5],
  ],
  caribbean: [
    ['Christian', 55],
    ['No religion', 35],
    ['Not stated', 10],
  ],
  eastEuropean: [
    ['Christian', 75],
    ['No religion', 20],
    ['Not stated', 5],
  ],
  chinese: [
    ['No religion', 60],
    ['Buddhist', 20],
    ['Christian', 15],
    ['Not stated', 5],
  ],
  middleEastern: [
    ['Muslim', 85],
    ['Christian', 5],
    ['No religion', 10],
  ],
}

export const languageOf: Record<Heritage, Weighted<string>> = {
  british: [['English', 1]],
  indian: [
    ['Gujarati', 45],
    ['Punjabi', 20],
    ['English', 35],
  ],
  southAsianMuslim: [
    ['English', 45],
    ['Urdu', 20],
    ['Gujarati', 15],
    ['Bengali', 15],
    ['Punjabi', 5],
  ],
  african: [
    ['Somali', 45],
    ['English', 35],
    ['Arabic', 5],
    ['Tigrinya', 5],
    ['Yoruba', 5],
    ['Shona', 5],
  ],
  caribbean: [['English', 1]],
  eastEuropean: [
    ['Polish', 45],
    ['Romanian', 30],
    ['Lithuanian', 10],
    ['Slovak', 10],
    ['English', 5],
  ],
  chinese: [
    ['Cantonese', 40],
    ['Mandarin', 40],
    ['English', 20],
  ],
  middleEastern: [
    ['Arabic', 50],
    ['Kurdish', 35],
    ['Farsi', 15],
  ],
}

export const allocationReasons = {
  first: 'Allocated after referral',
  cin: 'Transferred to the children in need team after assessment',
  child_protection: 'Transferred to the child protection team',
  looked_after: 'Transferred to the children looked after team',
  care_leavers: 'Transferred to the care leavers team',
  disabled_children: 'Transferred to the disabled children team',
  churn: [
    'Change of worker: worker left the authority',
    'Change of worker: caseload balancing',
    'Change of worker: worker on long-term leave',
    'Change of worker: agency contract ended',
  ],
} as const

export const oversightNote = 'Decision reviewed and agreed by the MASH team manager.'

/**
 * Sizes and rates of the synthetic councils (ARCHITECTURE.md §8). Flows are scaled from DfE national
 * statistics in research/domain.md §4: England had 519 referrals per 10,000 children in 2024/25, so a
 * Leicester-sized council of about 82,000 children makes about 4,260 referrals a year (§4.4), served
 * by about 230 social work FTE (28 per 10,000, §4.4).
 */
import type { Weighted } from './random.js'

/** Sizes the generator builds row by row. */
export type GeneratedSizeName = 'demo' | 'leicester' | 'county'
/** Every size `npm run seed` accepts: `england` is built by replicating `county` (replicate.ts). */
export type SizeName = GeneratedSizeName | 'england'

export type TeamPlan = {
  readonly service:
    | 'front_door'
    | 'assessment'
    | 'cin'
    | 'child_protection'
    | 'looked_after'
    | 'care_leavers'
    | 'disabled_children'
  readonly name: string
  /** How many teams of this kind; names get " 1", " 2"… unless there is only one and `single` is set. */
  readonly count: number
  /** Bulk workers per team, not counting its team manager. */
  readonly workers: number
  readonly single?: boolean
}

export type SynthSize = {
  readonly name: GeneratedSizeName
  /** Years of history ending yesterday. */
  readonly years: number
  readonly referralsPerYear: number
  readonly childrenTarget: number
  readonly teams: readonly TeamPlan[]
  /** The open front-door queue: every contact from the last `recentWorkingDays` working days is
   *  undecided, and `olderShare` of those back to `olderWorkingDays` (overdue) are too. */
  readonly queue: {
    readonly recentWorkingDays: number
    readonly olderWorkingDays: number
    readonly olderShare: number
  }
}

const demoTeams: TeamPlan[] = [
  { service: 'front_door', name: 'Front Door MASH', count: 1, workers: 4, single: true },
  { service: 'assessment', name: 'Assessment Team', count: 2, workers: 3 },
  { service: 'cin', name: 'Children in Need Team', count: 2, workers: 5 },
  { service: 'child_protection', name: 'Child Protection Team', count: 1, workers: 4 },
  { service: 'looked_after', name: 'Children Looked After Team', count: 1, workers: 4 },
  { service: 'care_leavers', name: 'Care Leavers Team', count: 1, workers: 3 },
  // No disabled children team in the demo: those cases go to the CIN teams (allocate.ts).
]

/** A large shire county: the leicester teams scaled by 2.5 (about 575 workers, 150,000 children). */
const scaled = (teams: readonly TeamPlan[], factor: number): TeamPlan[] =>
  teams.map((t) => (t.single ? t : { ...t, count: Math.round(t.count * factor) }))

const leicesterTeams: TeamPlan[] = [
  { service: 'front_door', name: 'Front Door MASH', count: 1, workers: 14, single: true },
  { service: 'assessment', name: 'Assessment Team', count: 5, workers: 8 },
  { service: 'cin', name: 'Children in Need Team', count: 8, workers: 8 },
  { service: 'child_protection', name: 'Child Protection Team', count: 4, workers: 8 },
  { service: 'looked_after', name: 'Children Looked After Team', count: 4, workers: 7 },
  { service: 'care_leavers', name: 'Care Leavers Team', count: 2, workers: 6 },
  { service: 'disabled_children', name: 'Disabled Children Team', count: 1, workers: 7, single: true },
]

export const sizes: Record<GeneratedSizeName, SynthSize> = {
  // About 2,000 children, about 40 workers in 8 teams, 2 years of history (brief for the demo council).
  demo: {
    name: 'demo',
    years: 2,
    referralsPerYear: 520,
    childrenTarget: 2000,
    teams: demoTeams,
    queue: { recentWorkingDays: 3, olderWorkingDays: 12, olderShare: 0.4 },
  },
  // domain.md §4.4: ~4,260 referrals a year and ~230 social work FTE for a Leicester-sized council;
  // ARCHITECTURE.md §8: about 60,000 children over 10 years. 25 teams: 221 workers and managers plus
  // the 11 demo logins (232 users).
  leicester: {
    name: 'leicester',
    years: 10,
    referralsPerYear: 4300,
    childrenTarget: 60000,
    teams: leicesterTeams,
    queue: { recentWorkingDays: 1, olderWorkingDays: 6, olderShare: 0.2 },
  },
  // A large county council (issue 7: the scorecard's growth from leicester to county to england):
  // 2.5 × leicester, about 150,000 children over 10 years.
  county: {
    name: 'county',
    years: 10,
    referralsPerYear: 10750,
    childrenTarget: 150000,
    teams: scaled(leicesterTeams, 2.5),
    queue: { recentWorkingDays: 1, olderWorkingDays: 6, olderShare: 0.2 },
  },
}

/**
 * `england`: about 1,000,000 children, for reporting benchmarks only (issue 7 part 7). Generating
 * it row by row would take about 20 minutes and several GB of memory, so it is `county` generated
 * once and copied inside PostgreSQL (replicate.ts) until the children number about a million.
 */
export const replicatedSizes = { england: { base: 'county', times: 7 } } as const satisfies Record<Exclude<SizeName, GeneratedSizeName>, { base: GeneratedSizeName; times: number }>

export const sizeNames = [...(Object.keys(sizes) as GeneratedSizeName[]), ...(Object.keys(replicatedSizes) as SizeName[])]
export const isGeneratedSize = (name: SizeName): name is GeneratedSizeName => name in sizes

export const rates = {
  /** Contacts are not published nationally; domain.md §4.4 assumes 3–4 × referrals. We use 2.7 so
   *  that about 37% of contacts become referrals, the share most front doors report. */
  contactsPerReferral: 2.7,
  /** Re-referral within 12 months: 22.6% in England 2024/25, 24.7% in the East Midlands (domain.md §4.1, §4.2). */
  reReferral: 0.215,
  /** Children referred again after more than 12 months, among referrals that are not re-referrals. */
  returningAfterAYear: 0.08,
  /** Share of the referral decisions that go straight to a strategy discussion (about 5% of contacts). */
  strategyShareOfReferrals: 0.13,
  /** Decisions beyond the 1 working day of Working Together 2023 ch.2 (a planted weakness). */
  lateDecision: 0.08,
  /** Decisions on contacts that do not become referrals, weighted to NFA ~17%, I&A ~25%, EH ~20% of all. */
  otherDecisions: [
    ['NFA', 17],
    ['INFO_ADVICE', 25],
    ['EARLY_HELP', 20],
  ] as Weighted<'NFA' | 'INFO_ADVICE' | 'EARLY_HELP'>,
  /** recorded_at − received_at in minutes: mostly minutes to hours, with a tail of days, because
   *  Ofsted found Leicester's front door recording contacts late (domain.md §0.1). */
  recordingDelayMinutes: [
    [[2, 60], 55],
    [[60, 240], 25],
    [[240, 1440], 12],
    [[1440, 4320], 6],
    [[4320, 14400], 2],
  ] as Weighted<readonly [number, number]>,
  /** Oversight recorded by a manager on decided contacts older than a week (the rest is a gap). */
  oversight: 0.85,
  /** Open referrals older than the allocation window that still have no worker (domain.md §0.4:
   *  291 children without a social worker in Leicester, December 2014). */
  unallocatedOlder: 0.012,
  /** Episodes with frequent worker changes (3+ a year), the churn Ofsted criticised. */
  highChurn: 0.08,
}

/**
 * Sources of referral, approximate national shares from the DfE "Children in need" release (police
 * about 29%, schools about 20%, health about 14%, LA services about 12%, individuals about 8%).
 */
export const sourceWeights: Weighted<string> = [
  ['6', 29],
  ['2A', 18],
  ['2B', 2],
  ['3A', 3],
  ['3B', 3],
  ['3C', 1],
  ['3D', 2],
  ['3E', 2],
  ['3F', 3],
  ['4', 2],
  ['5A', 5],
  ['5B', 3],
  ['5C', 2],
  ['5D', 2],
  ['1A', 4],
  ['1B', 1.5],
  ['1C', 1.5],
  ['1D', 1],
  ['7', 3],
  ['8', 6],
  ['9', 1],
  ['10', 5],
]

/** Primary need at referral: abuse or neglect dominates (DfE CIN census, N1 about half). */
export const needWeights: Weighted<string> = [
  ['N1', 50],
  ['N2', 9],
  ['N3', 3],
  ['N4', 8],
  ['N5', 17],
  ['N6', 2],
  ['N7', 0.5],
  ['N8', 5],
  ['N9', 4],
  ['N0', 1.5],
]

/** CIN episode length in days when it closes (many close after assessment: domain.md §4.1, 30.8% NFA). */
export const episodeDays: Weighted<readonly [number, number]> = [
  [[20, 90], 42],
  [[90, 270], 28],
  [[270, 550], 20],
  [[550, 1200], 10],
]

/** Ethnicity of children, weighted to Leicester's mix (59–70% global majority: domain.md §4.3). */
export const ethnicityWeights: Weighted<string> = [
  ['WBRI', 32],
  ['WIRI', 0.5],
  ['WIRT', 0.3],
  ['WOTH', 6],
  ['WROM', 0.7],
  ['MWBC', 3],
  ['MWBA', 1],
  ['MWAS', 2],
  ['MOTH', 2],
  ['AIND', 22],
  ['APKN', 4],
  ['ABAN', 2],
  ['AOTH', 5],
  ['BCRB', 1.5],
  ['BAFR', 8],
  ['BOTH', 1],
  ['CHNE', 0.5],
  ['OOTH', 3],
  ['REFU', 0.5],
  ['NOBT', 1.5],
]

/** Most children have no recorded disability; autism and learning disability are the commonest. */
export const disabilityWeights: Weighted<string> = [
  ['NONE', 88],
  ['AUT', 3.5],
  ['LD', 2.5],
  ['COMM', 1.5],
  ['BEH', 1.5],
  ['MOB', 0.8],
  ['HEAR', 0.4],
  ['VIS', 0.3],
  ['PC', 0.3],
  ['HAND', 0.2],
  ['INC', 0.2],
  ['CON', 0.1],
  ['DDA', 0.7],
]

/** Age at first contact in years; about 2% are unborn (pre-birth referrals). */
export const ageBands: Weighted<readonly [number, number]> = [
  [[-1, -1], 2],
  [[0, 4], 28],
  [[5, 9], 26],
  [[10, 15], 34],
  [[16, 17], 10],
]

/** Closure reasons of the CIN census (RC1–RC9); RC8 = closed after assessment with no further action. */
export const closureReasonFor = (days: number): Weighted<string> =>
  days < 90
    ? [
        ['RC8', 60],
        ['RC9', 30],
        ['RC7', 10],
      ]
    : [
        ['RC7', 70],
        ['RC9', 10],
        ['RC5', 8],
        ['RC3', 4],
        ['RC4', 3],
        ['RC6', 3],
        ['RC1', 1],
        ['RC2', 0.2],
      ]

/**
 * Episode length in days after a referral that went straight to a strategy discussion: long enough
 * for the s47 enquiry, the ICPC (2–6 weeks) and a CP plan of the national lengths (domain.md §4.1,
 * CIN 2025 D7: 15.9% of plans end within 3 months, 11.0% at 3–6, 43.5% at 6–12, 25.2% at 1–2 years,
 * 4.4% later), often followed by a CIN plan after step-down.
 */
export const strategyEpisodeDays: Weighted<readonly [number, number]> = [
  [[60, 150], 14],
  [[150, 260], 11],
  [[260, 450], 40],
  [[450, 850], 28],
  [[850, 1200], 7],
]

/** Row shapes the generator produces: exactly what drizzle inserts, so the loader needs no mapping. */
import type { QualityRecordRows } from './qualityRows.js'
import type {
  allocations,
  assessments,
  calendarDays,
  careProceedings,
  caseloadWeights,
  oversightRecords,
  staffProfiles,
  supervisionActions,
  supervisionCaseDiscussions,
  supervisionSessions,
  teamEstablishments,
  trainingRecords,
  caseNotes,
  childAddresses,
  children,
  cinClosures,
  cinEpisodes,
  contacts,
  coreGroupMeetings,
  courtHearings,
  cpConferences,
  cpPlans,
  keyPeople,
  planActions,
  planReviews,
  plans,
  preProceedings,
  preProceedingsMeetings,
  protectiveOrders,
  referrals,
  s47Enquiries,
  stepDowns,
  strategyDiscussions,
  teams,
  users,
  visits,
  carePeriods,
  careEpisodes,
  unregisteredPlacements,
  uascStatuses,
  iroAllocations,
  claReviews,
  permanencePlans,
  educationPlanReviews,
  healthRecords,
  claAnnualOutcomes,
  missingEpisodes,
  earlyHelpAssessments,
  returnInterviews,
  exploitationScreenings,
  careLeavers,
  paAllocations,
  paContacts,
  careLeaverOutcomes,
  custodySpells,
  privateFosteringArrangements,
  privateFosteringVisits,
  adopters,
  adoptionDecisions,
  adoptions,
  previousPermanence,
  careParenthood,
} from '../db/schema/index.js'

export type TeamRow = typeof teams.$inferInsert & { id: string }
export type UserRow = typeof users.$inferInsert & { id: string }
export type ChildRow = typeof children.$inferInsert & { id: string }
export type AddressRow = typeof childAddresses.$inferInsert & { id: string }
export type KeyPersonRow = typeof keyPeople.$inferInsert & { id: string }
export type ContactRow = typeof contacts.$inferInsert & { id: string; receivedAt: Date; recordedAt: Date }
export type EpisodeRow = typeof cinEpisodes.$inferInsert & { id: string }
export type ReferralRow = typeof referrals.$inferInsert & { id: string }
export type AllocationRow = typeof allocations.$inferInsert & { id: string }
export type CalendarRow = typeof calendarDays.$inferInsert
// Casework rows list every optional column (null when empty): bulkInsert takes its columns from the
// first row of a table, so a key missing there would be dropped for every row.
type Full<T> = { [K in keyof T]-?: Exclude<T[K], undefined> }
type Generated = 'version'
export type AssessmentRow = Full<Omit<typeof assessments.$inferInsert, Generated>>
export type StrategyRow = Full<Omit<typeof strategyDiscussions.$inferInsert, Generated>>
export type S47Row = Full<Omit<typeof s47Enquiries.$inferInsert, Generated>>
export type ConferenceRow = Full<
  Omit<typeof cpConferences.$inferInsert, Generated | 'bankHolidayConfirmed' | 'imported'>
>
export type CpPlanRow = Full<Omit<typeof cpPlans.$inferInsert, Generated>>
export type ClosureRow = Full<typeof cinClosures.$inferInsert>
export type PlanRow = Full<Omit<typeof plans.$inferInsert, Generated>>
export type PlanActionRow = Full<Omit<typeof planActions.$inferInsert, Generated>>
export type PlanReviewRow = Full<typeof planReviews.$inferInsert>
export type VisitRow = Full<typeof visits.$inferInsert>
export type StepDownRow = Full<Omit<typeof stepDowns.$inferInsert, Generated>>
export type PreProceedingsRow = Full<Omit<typeof preProceedings.$inferInsert, Generated>>
export type PreProceedingsMeetingRow = Full<typeof preProceedingsMeetings.$inferInsert>
export type CareProceedingsRow = Full<Omit<typeof careProceedings.$inferInsert, Generated>>
export type HearingRow = Full<typeof courtHearings.$inferInsert>
export type CoreGroupMeetingRow = Full<typeof coreGroupMeetings.$inferInsert>
export type ProtectiveOrderRow = Full<Omit<typeof protectiveOrders.$inferInsert, Generated>>
export type CaseNoteRow = Full<Omit<typeof caseNotes.$inferInsert, Generated>>
export type StaffProfileRow = Full<Omit<typeof staffProfiles.$inferInsert, Generated>>
export type TeamEstablishmentRow = Full<Omit<typeof teamEstablishments.$inferInsert, Generated>>
export type CaseloadWeightRow = Full<Omit<typeof caseloadWeights.$inferInsert, Generated>>
export type SupervisionSessionRow = Full<Omit<typeof supervisionSessions.$inferInsert, Generated>>
export type SupervisionDiscussionRow = Full<typeof supervisionCaseDiscussions.$inferInsert>
export type SupervisionActionRow = Full<Omit<typeof supervisionActions.$inferInsert, Generated>>
export type TrainingRow = Full<Omit<typeof trainingRecords.$inferInsert, Generated>>
export type OversightRow = Full<typeof oversightRecords.$inferInsert>
// Issue 5: children in care, missing, care leavers, private fostering, adoption.
export type CarePeriodRow = Full<typeof carePeriods.$inferInsert>
export type CareEpisodeRow = Full<typeof careEpisodes.$inferInsert>
export type UnregisteredRow = Full<typeof unregisteredPlacements.$inferInsert>
export type UascRow = Full<typeof uascStatuses.$inferInsert>
export type IroAllocationRow = Full<typeof iroAllocations.$inferInsert>
export type ClaReviewRow = Full<typeof claReviews.$inferInsert>
export type PermanencePlanRow = Full<typeof permanencePlans.$inferInsert>
export type PepRow = Full<typeof educationPlanReviews.$inferInsert>
export type HealthRecordRow = Full<typeof healthRecords.$inferInsert>
export type AnnualOutcomeRow = Full<typeof claAnnualOutcomes.$inferInsert>
export type MissingEpisodeRow = Full<typeof missingEpisodes.$inferInsert>
export type EarlyHelpRow = Full<typeof earlyHelpAssessments.$inferInsert>
export type ReturnInterviewRow = Full<typeof returnInterviews.$inferInsert>
export type ScreeningRow = Full<typeof exploitationScreenings.$inferInsert>
export type CareLeaverRow = Full<typeof careLeavers.$inferInsert>
export type PaAllocationRow = Full<typeof paAllocations.$inferInsert>
export type PaContactRow = Full<typeof paContacts.$inferInsert>
export type CareLeaverOutcomeRow = Full<typeof careLeaverOutcomes.$inferInsert>
export type CustodySpellRow = Full<typeof custodySpells.$inferInsert>
export type PfArrangementRow = Full<typeof privateFosteringArrangements.$inferInsert>
export type PfVisitRow = Full<typeof privateFosteringVisits.$inferInsert>
export type AdopterRow = Full<typeof adopters.$inferInsert>
export type AdoptionDecisionRow = Full<typeof adoptionDecisions.$inferInsert>
export type AdoptionRow = Full<typeof adoptions.$inferInsert>
export type PrevPermRow = Full<typeof previousPermanence.$inferInsert>
export type ParenthoodRow = Full<typeof careParenthood.$inferInsert>

/** Everything one synthetic council holds, in foreign-key order. */
export type SynthRows = QualityRecordRows & {
  teams: TeamRow[]
  users: UserRow[]
  children: ChildRow[]
  childAddresses: AddressRow[]
  keyPeople: KeyPersonRow[]
  contacts: ContactRow[]
  earlyHelpAssessments: EarlyHelpRow[]
  cinEpisodes: EpisodeRow[]
  referrals: ReferralRow[]
  allocations: AllocationRow[]
  assessments: AssessmentRow[]
  strategyDiscussions: StrategyRow[]
  s47Enquiries: S47Row[]
  cpConferences: ConferenceRow[]
  cpPlans: CpPlanRow[]
  plans: PlanRow[]
  planActions: PlanActionRow[]
  planReviews: PlanReviewRow[]
  visits: VisitRow[]
  stepDowns: StepDownRow[]
  cinClosures: ClosureRow[]
  preProceedings: PreProceedingsRow[]
  preProceedingsMeetings: PreProceedingsMeetingRow[]
  careProceedings: CareProceedingsRow[]
  courtHearings: HearingRow[]
  coreGroupMeetings: CoreGroupMeetingRow[]
  protectiveOrders: ProtectiveOrderRow[]
  caseNotes: CaseNoteRow[]
  staffProfiles: StaffProfileRow[]
  teamEstablishments: TeamEstablishmentRow[]
  caseloadWeights: CaseloadWeightRow[]
  supervisionSessions: SupervisionSessionRow[]
  supervisionCaseDiscussions: SupervisionDiscussionRow[]
  supervisionActions: SupervisionActionRow[]
  trainingRecords: TrainingRow[]
  oversightRecords: OversightRow[]
  carePeriods: CarePeriodRow[]
  careEpisodes: CareEpisodeRow[]
  unregisteredPlacements: UnregisteredRow[]
  uascStatuses: UascRow[]
  iroAllocations: IroAllocationRow[]
  claReviews: ClaReviewRow[]
  permanencePlans: PermanencePlanRow[]
  educationPlanReviews: PepRow[]
  healthRecords: HealthRecordRow[]
  claAnnualOutcomes: AnnualOutcomeRow[]
  missingEpisodes: MissingEpisodeRow[]
  returnInterviews: ReturnInterviewRow[]
  exploitationScreenings: ScreeningRow[]
  careLeavers: CareLeaverRow[]
  paAllocations: PaAllocationRow[]
  paContacts: PaContactRow[]
  careLeaverOutcomes: CareLeaverOutcomeRow[]
  custodySpells: CustodySpellRow[]
  privateFosteringArrangements: PfArrangementRow[]
  privateFosteringVisits: PfVisitRow[]
  adopters: AdopterRow[]
  adoptionDecisions: AdoptionDecisionRow[]
  adoptions: AdoptionRow[]
  previousPermanence: PrevPermRow[]
  careParenthood: ParenthoodRow[]
  calendarDays: CalendarRow[]
}

export type TableName = keyof SynthRows
export const tableOrder: TableName[] = [
  'calendarDays',
  'teams',
  'users',
  'children',
  'childAddresses',
  'keyPeople',
  'contacts',
  'earlyHelpAssessments',
  'cinEpisodes',
  'referrals',
  'allocations',
  'assessments',
  'strategyDiscussions',
  's47Enquiries',
  'cpConferences',
  'cpPlans',
  'plans',
  'planActions',
  'planReviews',
  'visits',
  'stepDowns',
  'cinClosures',
  'preProceedings',
  'preProceedingsMeetings',
  'careProceedings',
  'courtHearings',
  'coreGroupMeetings',
  'protectiveOrders',
  'caseNotes',
  'staffProfiles',
  'teamEstablishments',
  'caseloadWeights',
  'supervisionSessions',
  'supervisionCaseDiscussions',
  'supervisionActions',
  'trainingRecords',
  'oversightRecords',
  'carePeriods',
  'careEpisodes',
  'unregisteredPlacements',
  'uascStatuses',
  'iroAllocations',
  'claReviews',
  'permanencePlans',
  'educationPlanReviews',
  'healthRecords',
  'claAnnualOutcomes',
  'missingEpisodes',
  'returnInterviews',
  'exploitationScreenings',
  'careLeavers',
  'paAllocations',
  'paContacts',
  'careLeaverOutcomes',
  'custodySpells',
  'privateFosteringArrangements',
  'privateFosteringVisits',
  'adopters',
  'adoptionDecisions',
  'adoptions',
  'previousPermanence',
  'careParenthood',
  // Issue 6: case audits and the improvement plan (qualityRecords.ts), after the users and children they name.
  'auditTemplates',
  'auditProgrammes',
  'caseAudits',
  'caseAuditActions',
  'improvementRecommendations',
  'improvementActions',
]

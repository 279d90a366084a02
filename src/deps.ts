import type { Config } from './config.js'
import type { Database } from './db/client.js'
import type { Clock } from './domain/clock.js'
import { createWorkingDayCalendar } from './domain/timescales/index.js'
import { authService } from './features/auth/authService.js'
import { childrenService } from './features/children/childrenService.js'
import { frontDoorService } from './features/front-door/frontDoorService.js'
import { workService } from './features/work/workService.js'
import { assessmentService } from './features/child-protection/assessmentService.js'
import { childProtectionService } from './features/child-protection/childProtectionService.js'
import { cpPlanService } from './features/child-protection/cpPlanService.js'
import { planService } from './features/plans/planService.js'
import { stepDownService } from './features/plans/stepDownService.js'
import { adminService } from './features/admin/adminService.js'
import { cachedBankHolidays } from './bankHolidayCache.js'
import { auditService } from './features/audit/auditService.js'
import { cinCensusService } from './features/returns/cinCensusService.js'
import { coreGroupService } from './features/child-protection/coreGroupService.js'
import { closureService } from './features/child-protection/closureService.js'
import { protectiveOrderService } from './features/protective-orders/protectiveOrderService.js'
import { caseNoteService } from './features/case-notes/caseNoteService.js'
import { earlyHelpService } from './features/early-help/earlyHelpService.js'
import { chronologyService } from './features/chronology/chronologyService.js'
import { preProceedingsService } from './features/court/preProceedingsService.js'
import { careProceedingsService } from './features/court/careProceedingsService.js'
import { localStandardsService } from './features/local-standards/localStandardsService.js'
import { disabledChildrenService } from './features/disabled-children/disabledChildrenService.js'
import { improvementService } from './features/improvement-plan/improvementService.js'
import { performanceService } from './features/performance/performanceService.js'
import { supervisionService } from './features/supervision/supervisionService.js'
import { oversightService } from './features/oversight/oversightService.js'
import { trainingService } from './features/training/trainingService.js'
import { caseAuditService } from './features/case-audits/caseAuditService.js'
import { allocationService } from './features/allocation/allocationService.js'
import { caseloadService } from './features/allocation/caseloadService.js'
import { workforceService } from './features/workforce/workforceService.js'
import { childrenInCareServices } from './features/care/childrenInCareServices.js'
import { careReviewServices } from './features/care-reviews/careReviewServices.js'
import { missingServices } from './features/missing/missingServices.js'
import { privateFosteringServices } from './features/private-fostering/privateFosteringServices.js'
import { careLeaverServices } from './features/care-leavers/careLeaverServices.js'
import { adoptionServices } from './features/adoption/adoptionServices.js'
import { ssda903Services } from './features/returns/ssda903Services.js'
import { kpiTrendServices } from './features/kpi-trends/kpiTrendServices.js'
import { kpiSettingsServices } from './features/kpi-settings/kpiSettingsServices.js'
import { annexAServices } from './features/annex-a/annexAServices.js'
import { forecastServices } from './features/forecasting/forecastServices.js'
import { cscFeedServices } from './features/csc-api-feed/cscFeedServices.js'
import { practiceExceptionServices } from './features/practice-exceptions/practiceExceptionServices.js'

export type DemoLogin = { role: string; roleName: string; email: string; password: string }

/** The composition root (ARCHITECTURE.md §6.1): everything is built once here and passed down. */
export function createDeps(input: { config: Config; database: Database; clock: Clock; demoLogins?: DemoLogin[] }) {
  const { config, database, clock } = input
  const db = database.db
  const calendar = createWorkingDayCalendar({ from: 2010, to: 2040, bankHolidays: cachedBankHolidays(2010, 2040) })
  const children = childrenService(db, clock)
  const frontDoor = frontDoorService(db, clock, calendar, children)
  const cpPlans = cpPlanService(db, clock, calendar, children)
  // The council's local standards: every clock reads the rule set in force through this.
  const localStandards = localStandardsService(db, clock)
  const supervision = supervisionService(db, clock)
  const work = workService(db, clock, calendar, localStandards, supervision)
  const performance = performanceService(db, clock, calendar, config.CHILD_POPULATION ?? null)
  const base = { config, db, clock, calendar, children, localStandards }
  return {
    config,
    database,
    clock,
    calendar,
    councilName: 'Demo Borough Council (synthetic data)',
    demoLogins: input.demoLogins ?? [],
    demoLoginsShown: config.NODE_ENV !== 'production' && (input.demoLogins?.length ?? 0) > 0,
    services: {
      auth: authService(db, clock),
      children,
      frontDoor,
      assessments: assessmentService(db, clock, calendar, children),
      childProtection: childProtectionService(db, clock, calendar, children),
      cpPlans,
      closures: closureService(db, clock, children),
      coreGroups: coreGroupService(db, clock, calendar, cpPlans, localStandards.rules),
      protectiveOrders: protectiveOrderService(db, clock, calendar, children),
      caseNotes: caseNoteService(db, children),
      earlyHelp: earlyHelpService(db, children),
      chronology: chronologyService(db, children),
      plans: planService(db, clock, calendar, children, localStandards),
      stepDowns: stepDownService(db, clock, children),
      preProceedings: preProceedingsService(db, clock, calendar, children),
      careProceedings: careProceedingsService(db, clock, calendar, children),
      work,
      allocation: allocationService(db, clock, calendar, children),
      caseloads: caseloadService(db, clock),
      workforce: workforceService(db, clock, config.LA_CODE),
      localStandards,
      supervision,
      // The tracker reads each team's work list through the same work service as Team work.
      oversight: oversightService(db, clock, children, work),
      training: trainingService(db, clock),
      caseAudits: caseAuditService(db, clock, children),
      disabledChildren: disabledChildrenService(db, clock, calendar, localStandards),
      performance,
      improvement: improvementService(db, clock, performance),
      admin: adminService(db, clock),
      audit: auditService(db),
      cinCensus: cinCensusService(db, clock, config.LA_CODE),
      // Issue 5: each area composes its own services from the same base.
      ...childrenInCareServices(base),
      ...careReviewServices(base),
      ...missingServices(base),
      ...privateFosteringServices(base),
      ...careLeaverServices(base),
      ...adoptionServices(base),
      ...ssda903Services(base),
      // Issue 7: performance management, each area from the same base.
      ...kpiTrendServices(base),
      ...kpiSettingsServices(base),
      ...annexAServices(base),
      ...forecastServices(base),
      ...cscFeedServices(base),
      ...practiceExceptionServices(base),
    },
  }
}

export type Deps = ReturnType<typeof createDeps>
export type Services = Deps['services']

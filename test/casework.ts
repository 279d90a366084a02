import { addDays } from '../src/domain/timescales/dates.js'
import { toActor } from '../src/features/auth/authService.js'
import type { TestContext } from './harness.js'

/** One of each casework record on the in-scope child, so `:id` routes reach a real record. */
export async function caseworkIds(ctx: TestContext) {
  const sw = toActor(ctx.fixtures.user.social_worker)
  const { frontDoor, assessments, childProtection, cpPlans, plans, stepDowns } = ctx.deps.services
  const childId = ctx.fixtures.child.own.id
  // Dates follow the context's clock: the every-page test runs on the real clock, so fixed dates would
  // put the assessment before the referral (dated today) once the real date moves on.
  const today = ctx.clock.today()
  const at = (days: number, time: string) => new Date(`${addDays(today, days)}T${time}Z`)
  const contact = await frontDoor.recordContact(toActor(ctx.fixtures.user.front_door), { childId, source: '2A', reason: 'School', presentingConcerns: 'Injury', receivedAt: '', receivedAtInstant: new Date(ctx.clock.now().getTime() - 60_000) })
  await frontDoor.decide(toActor(ctx.fixtures.user.front_door), contact.id, { version: 1, decision: 'STRATEGY', decisionReason: 'Significant harm', primaryNeed: 'N1' })
  const assessment = await assessments.create(sw, childId, { startDate: today, factors: ['21'], outcome: 'NFA' })
  // A CIN plan with one SMART action, ended before the CP plan starts (a child has one or the other).
  const cinPlan = await plans.startCinPlan(sw, childId, { startDate: today, wishesAndFeelings: 'Wants to stay at home' })
  const planAction = await plans.addAction(sw, cinPlan.id, { action: 'Attend parenting course', ownerName: 'Mother', outcome: 'Course certificate', dueOn: addDays(today, 23) })
  await plans.updatePlan(sw, cinPlan.id, { version: cinPlan.version, endDate: today, endReason: 'Child protection enquiries' })
  // Asked for while no plan is open; it waits for a manager while the rest is recorded.
  const closureRequest = await ctx.deps.services.closures.request(sw, childId, { closedOn: today, reason: 'RC7', note: 'Needs met' })
  const strategy = await childProtection.recordStrategy(sw, childId, { heldOn: today, agencies: ['POLICE'], decision: 'S47' })
  const s47 = await childProtection.startS47(sw, strategy.id, today)
  await childProtection.recordS47Outcome(sw, s47.id, 1, 'SUBSTANTIATED')
  const conference = await childProtection.recordConference(sw, childId, { kind: 'ICPC', heldOn: today, chairId: ctx.fixtures.user.iro.id, attendance: 'Family', childViews: 'Views', viewsGatheredHow: 'Visit', confirmBankHoliday: false })
  const plan = await cpPlans.startPlan(sw, conference.id, 'NEG')
  const stepDown = await stepDowns.request(sw, plan.id, 'Risk reduced; family engaging')
  const caseNote = await ctx.deps.services.caseNotes.record(sw, childId, { kind: 'HOME_VISIT', occurredAt: at(-1, '14:00:00'), childSeen: true, seenAlone: true, summary: 'Seen alone at home', significant: true })
  const protectiveOrder = await ctx.deps.services.protectiveOrders.record(sw, childId, { kind: 'POLICE_PROTECTION', startedAt: at(-5, '22:00:00'), endedAt: at(-4, '10:00:00'), reason: 'Found alone at night' })
  const preProceedings = await ctx.deps.services.preProceedings.start(sw, childId, { startDate: today, legalPlanningDecision: 'Enter pre-proceedings' })
  const careProceedings = await ctx.deps.services.careProceedings.start(sw, childId, { issuedOn: today, court: 'Family Court', solicitor: 'Council legal services' })
  const sm = toActor(ctx.fixtures.user.service_manager)
  const recommendation = await ctx.deps.services.improvement.addRecommendation(sm, { reference: 'R1', text: 'Assessments on time', source: 'Ofsted ILACS 2026' })
  const improvementAction = await ctx.deps.services.improvement.addAction(sm, recommendation.id, { action: 'Weekly timeliness review', ownerId: sm.id, dueOn: addDays(today, 126), rag: 'AMBER', kpiIds: ['ASSESS_45WD'] })
  // A case audit of the child, completed by the team manager with one action (issue 6 part 5).
  const qa = toActor(ctx.fixtures.user.qa_officer)
  const audits = ctx.deps.services.caseAudits
  const auditTemplate = await audits.createTemplate(qa, { name: 'Practice audit', questions: [{ id: 'q1', text: 'Is the child’s voice evident?', scale: 'YES_NO' }] })
  const auditProgramme = await audits.createProgramme(qa, { name: 'November sample', kind: 'RANDOM', templateId: auditTemplate.id, month: today.slice(0, 7), seed: 1, criteria: { population: 'OPEN', teamId: ctx.fixtures.teams.teamA.id, sizeKind: 'NUMBER', sizeValue: 5 } })
  const caseAudit = (await audits.worklist(qa))[0]!.audit.id
  await audits.complete(toActor(ctx.fixtures.user.team_manager), caseAudit, { version: 1, answers: { q1: 'YES' }, grade: 'GOOD', findings: 'Child seen alone', themes: [], actions: { 0: { action: 'Update the chronology', ownerId: sw.id, dueOn: addDays(today, 23) } } })
  const caseAuditAction = (await audits.audit(qa, caseAudit)).actions[0]!.action.id
  // An approved household on the adopters register (issue 5 part 8).
  const adopter = await ctx.deps.services.adoption.addAdopter(sw, { reference: 'ADOPT-CW1', household: 'A couple', enquiryOn: '2026-01-05', stageOneStartedOn: '2026-02-02', stageTwoStartedOn: '2026-05-04', approvedOn: '2026-09-07' })
  return { adopter: adopter.id, auditTemplate: auditTemplate.id, auditProgramme: auditProgramme.programme.id, caseAudit, caseAuditAction, preProceedings: preProceedings.id, careProceedings: careProceedings.id, assessment: assessment.id, strategy: strategy.id, s47: s47.id, conference: conference.id, plan: plan.id, cinPlan: cinPlan.id, planAction: planAction.id, stepDown: stepDown.id, closureRequest: closureRequest.id, caseNote: caseNote.id, protectiveOrder: protectiveOrder.id, recommendation: recommendation.id, improvementAction: improvementAction.id }
}

/** Which id a casework route's `:id` takes, by its path. */
export const caseworkPrefix: Record<string, 'adopter' | 'preProceedings' | 'careProceedings' | 'assessment' | 'strategy' | 's47' | 'conference' | 'plan' | 'cinPlan' | 'planAction' | 'stepDown' | 'closureRequest' | 'caseNote' | 'protectiveOrder' | 'recommendation' | 'improvementAction' | 'auditTemplate' | 'auditProgramme' | 'caseAudit' | 'caseAuditAction'> = {
  '/pre-proceedings/': 'preProceedings', '/care-proceedings/': 'careProceedings', '/assessments/': 'assessment', '/strategy-discussions/': 'strategy', '/s47-enquiries/': 's47', '/conferences/': 'conference', '/cp-plans/': 'plan', '/plans/': 'cinPlan', '/plan-actions/': 'planAction', '/step-downs/': 'stepDown', '/closure-requests/': 'closureRequest', '/case-notes/': 'caseNote', '/protective-orders/': 'protectiveOrder', '/improvement-plan/recommendations/': 'recommendation', '/improvement-plan/actions/': 'improvementAction',
  // The more specific case-audit paths first: the first matching prefix wins.
  '/adoption/adopters/': 'adopter',
  '/case-audits/templates/': 'auditTemplate', '/case-audits/programmes/': 'auditProgramme', '/case-audits/': 'caseAudit', '/case-audit-actions/': 'caseAuditAction',
}

export function caseworkKey(url: string) {
  return Object.entries(caseworkPrefix).find(([prefix]) => url.startsWith(prefix))?.[1]
}
